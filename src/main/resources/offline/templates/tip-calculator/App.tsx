import { useState } from 'react';
import { config } from './config';
import { theme, usePageSetup } from './theme';
import { computeSplit, validateBill, validatePeople, validateTip } from './calc';
import BillForm from './components/BillForm';
import TipSelector from './components/TipSelector';
import Summary from './components/Summary';

export default function App() {
  usePageSetup();
  const [bill, setBill] = useState<string>('');
  const [people, setPeople] = useState<string>('1');
  const [tipPercent, setTipPercent] = useState<string>('15');
  const [currency, setCurrency] = useState<string>('USD');
  const [roundUp, setRoundUp] = useState<boolean>(false);

  const errors = { bill: validateBill(bill), people: validatePeople(people), tip: validateTip(tipPercent) };
  const split = errors.bill || errors.people || errors.tip
    ? null
    : computeSplit(Number(bill.replace(',', '.')), Number(tipPercent.replace(',', '.')), Number(people), roundUp, currency);

  const reset = () => {
    setBill('');
    setPeople('1');
    setTipPercent('15');
    setRoundUp(false);
  };

  return (
    <div style={{ minHeight: '100vh', background: theme.background, color: theme.text, fontFamily: theme.body, padding: 'clamp(16px, 4vw, 48px)', boxSizing: 'border-box' }}>
      <div style={{ maxWidth: 980, margin: '0 auto' }}>
        <header style={{ marginBottom: 'clamp(20px, 4vw, 36px)' }}>
          <h1 data-testid="app-title" style={{ fontFamily: theme.heading, fontSize: 'clamp(28px, 5vw, 44px)', margin: 0, lineHeight: 1.1, color: theme.text }}>
            {config.title}
          </h1>
          <p style={{ margin: '8px 0 0', color: theme.muted, fontSize: 'clamp(15px, 2vw, 18px)' }}>{config.tagline}</p>
        </header>
        <main style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 340px), 1fr))', gap: 'clamp(16px, 3vw, 28px)', alignItems: 'start' }}>
          <section aria-label="Bill details" style={{ background: theme.surface, borderRadius: theme.radius + 6, padding: 'clamp(18px, 3vw, 28px)', boxShadow: theme.shadow, border: `1px solid ${theme.border}`, display: 'grid', gridTemplateColumns: 'minmax(0, 1fr)', gap: 22 }}>
            <BillForm
              bill={bill}
              people={people}
              currency={currency}
              billError={errors.bill}
              peopleError={errors.people}
              onBillChange={setBill}
              onPeopleChange={setPeople}
              onCurrencyChange={setCurrency}
            />
            <TipSelector tipPercent={tipPercent} error={errors.tip} onChange={setTipPercent} />
            <label style={{ display: 'flex', gap: 12, alignItems: 'flex-start', cursor: 'pointer' }}>
              <input
                type="checkbox"
                checked={roundUp}
                onChange={(e) => setRoundUp(e.target.checked)}
                data-testid="round-up"
                style={{ width: 20, height: 20, marginTop: 2, accentColor: theme.primary, flexShrink: 0 }}
              />
              <span>
                <span style={{ fontWeight: 600 }}>Round up each share</span>
                <span style={{ display: 'block', color: theme.muted, fontSize: 14, marginTop: 2 }}>Everyone pays a whole amount; the extra goes to the tip.</span>
              </span>
            </label>
          </section>
          <Summary
            split={split}
            hint={bill.trim() === '' ? 'Fill in the bill to see everyone’s share.' : 'Fix the highlighted field to see the split.'}
            currency={currency}
            people={Number(people)}
            tipPercent={tipPercent}
            onReset={reset}
          />
        </main>
      </div>
    </div>
  );
}
