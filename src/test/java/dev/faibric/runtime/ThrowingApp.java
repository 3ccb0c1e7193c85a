package dev.faibric.runtime;

import static dev.faibric.support.SampleAnswers.file;

import dev.faibric.support.Api;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A model's answer for an app that passes every check and starts, then throws 1.5 s after
 * it rendered (later than the start check watches), and the errors the tests send about
 * it.
 */
final class ThrowingApp {

    static final String MESSAGE = "TypeError: Cannot read properties of undefined (reading 'sum')";

    private ThrowingApp() {
    }

    static String answer() {
        return "Here is your tip jar.\n\n<faibric-app type=\"tool\" title=\"Tip Jar\" requires_backend=\"false\">\n"
                + "<description>Counts the tips.</description>\n" + file("App.tsx", """
                        import { useEffect, useState } from 'react';
                        import { readTotal } from './components/Total';

                        export default function App() {
                          const [total, setTotal] = useState(0);
                          useEffect(() => {
                            const id = setTimeout(() => setTotal(readTotal()), 1500);
                            return () => clearTimeout(id);
                          }, []);
                          return (
                            <main style={{ fontFamily: 'system-ui', padding: 24 }}>
                              <h1 data-testid="app-title">Tip Jar</h1>
                              <p data-testid="total">{total}</p>
                            </main>
                          );
                        }
                        """) + file("components/Total.tsx", """
                        const saved: { totals?: { sum: number } } = {};

                        export function readTotal(): number {
                          return saved.totals!.sum;
                        }
                        """) + "</faibric-app>\nEnjoy!";
    }

    /** A change that renames the app and fixes nothing. */
    static String retitled(String from, String to) {
        return """
                I'll fix that.
                <edit path="App.tsx">
                <<<<<<< SEARCH
                      <h1 data-testid="app-title">%s</h1>
                =======
                      <h1 data-testid="app-title">%s</h1>
                >>>>>>> REPLACE
                </edit>
                <summary>Renamed the app to %s.</summary>
                """.formatted(from, to, to);
    }

    /**
     * {@code POST /api/projects/{id}/fix} body for an error with this message, thrown
     * where the browser says this app throws (modules are imported without extensions).
     */
    static String fixBody(String message) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("message", message);
        error.put("stack", message + "\n    at readTotal (components/Total:3:23)\n    at App.js:7:41");
        error.put("file", "components/Total");
        error.put("line", 3);
        error.put("column", 23);
        return Api.JSON.writeValueAsString(Map.of("error", error));
    }

}
