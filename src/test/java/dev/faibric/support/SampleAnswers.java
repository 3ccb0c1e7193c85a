package dev.faibric.support;

/**
 * Answers a real model could give, in the output format of docs/ARCHITECTURE.md: a
 * five-file tip calculator.
 */
public final class SampleAnswers {

    private SampleAnswers() {
    }

    public static final String APP = """
            import { useState } from 'react';
            import Header from './components/Header';
            import BillForm from './components/BillForm';
            import Summary from './components/Summary';
            import Footer from './components/Footer';

            export default function App() {
              const [bill, setBill] = useState(100);
              const [tip, setTip] = useState(20);
              const [people, setPeople] = useState(4);
              return (
                <main style={{ fontFamily: 'system-ui', maxWidth: 480, margin: '0 auto', padding: 24 }}>
                  <Header />
                  <BillForm bill={bill} tip={tip} people={people} onBill={setBill} onTip={setTip} onPeople={setPeople} />
                  <Summary bill={bill} tip={tip} people={people} />
                  <Footer />
                </main>
              );
            }
            """;

    public static final String HEADER = """
            export default function Header() {
              return (
                <header style={{ padding: '16px 0', borderBottom: '1px solid #e2e8f0' }}>
                  <h1 data-testid="app-title" style={{ margin: 0, color: '#0f766e' }}>Tip Calculator</h1>
                  <p style={{ margin: '4px 0 0', color: '#64748b' }}>Split the bill, fairly.</p>
                </header>
              );
            }
            """;

    public static final String FORM = """
            type Props = { bill: number; tip: number; people: number;
              onBill: (v: number) => void; onTip: (v: number) => void; onPeople: (v: number) => void };

            export default function BillForm({ bill, tip, people, onBill, onTip, onPeople }: Props) {
              const field = { display: 'grid', gap: 4, marginTop: 12 } as const;
              return (
                <form style={{ marginTop: 16 }} onSubmit={(e) => e.preventDefault()}>
                  <label style={field}>Bill
                    <input data-testid="bill-input" type="number" min={0} value={bill} onChange={(e) => onBill(Number(e.target.value))} />
                  </label>
                  <label style={field}>Tip %
                    <input type="number" min={0} max={100} value={tip} onChange={(e) => onTip(Number(e.target.value))} />
                  </label>
                  <label style={field}>People
                    <input data-testid="people-input" type="number" min={1} value={people} onChange={(e) => onPeople(Math.max(1, Number(e.target.value)))} />
                  </label>
                </form>
              );
            }
            """;

    public static final String SUMMARY = """
            type Props = { bill: number; tip: number; people: number };

            export default function Summary({ bill, tip, people }: Props) {
              const tipEach = (bill * tip) / 100 / people;
              const totalEach = bill / people + tipEach;
              return (
                <section style={{ marginTop: 24, padding: 16, borderRadius: 12, background: '#0f766e', color: 'white' }}>
                  <p>Tip per person: <strong data-testid="tip-per-person">{tipEach.toFixed(2)}</strong></p>
                  <p>Total per person: <strong data-testid="total-per-person">{totalEach.toFixed(2)}</strong></p>
                </section>
              );
            }
            """;

    public static final String FOOTER = """
            export default function Footer() {
              return <footer style={{ marginTop: 32, color: '#94a3b8', fontSize: 13 }}>Made for dinners with friends.</footer>;
            }
            """;

    /** The whole answer, with prose before and after, as models write it. */
    public static String fiveFileApp() {
        return "Here is your tip calculator.\n\n<faibric-app type=\"tool\" title=\"Tip Calculator\" requires_backend=\"false\">\n"
                + "<description>Split a bill and the tip between friends.</description>\n" + file("App.tsx", APP)
                + file("components/Header.tsx", HEADER) + file("components/BillForm.tsx", FORM)
                + file("components/Summary.tsx", SUMMARY) + file("components/Footer.tsx", FOOTER)
                + "<styles>{\"colors\": {\"primary\": \"#0f766e\", \"background\": \"#ffffff\", \"text\": \"#0f172a\"}}</styles>\n"
                + "<features>[\"Split the bill\", \"Custom tip\"]</features>\n</faibric-app>\nEnjoy!";
    }

    /**
     * The same answer cut off in the middle of the last file, as a model that ran out of
     * tokens leaves it.
     */
    public static String truncatedApp() {
        String whole = fiveFileApp();
        return whole.substring(0, whole.indexOf("Made for dinners"));
    }

    /** A change as a model answers it: one search/replace edit and a summary. */
    public static String blueHeaderEdit() {
        return """
                I'll change the title colour.
                <edit path="components/Header.tsx">
                <<<<<<< SEARCH
                      <h1 data-testid="app-title" style={{ margin: 0, color: '#0f766e' }}>Tip Calculator</h1>
                =======
                      <h1 data-testid="app-title" style={{ margin: 0, color: '#1d4ed8' }}>Tip Calculator</h1>
                >>>>>>> REPLACE
                </edit>
                <summary>Made the header blue.</summary>
                """;
    }

    public static String file(String path, String content) {
        return "<file path=\"" + path + "\">\n" + content + "</file>\n";
    }

}
