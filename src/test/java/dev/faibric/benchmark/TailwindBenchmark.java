package dev.faibric.benchmark;

import com.sun.net.httpserver.HttpServer;
import dev.faibric.support.Browser;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.core.io.ClassPathResource;

/**
 * What Tailwind's browser build costs an app page's first render: the same React app
 * styled with Tailwind classes (the page loads the vendored build, as Faibric's app page
 * does) and with inline styles, loaded in headless Chromium from a local server with an
 * empty cache each time; the figure is the time from navigation to the first frame in
 * which the styled button has its background. Prints medians; asserts nothing about time.
 * Run with {@code ./mvnw -DskipFrontend test -Pbenchmark -Dtest=TailwindBenchmark} after
 * a build with the frontend.
 */
@Tag("benchmark")
class TailwindBenchmark {

    private static final int LOADS = 15;

    @RegisterExtension
    static final Browser browser = new Browser();

    private static final String IMPORT_MAP = """
            <script type="importmap">{"imports": {"react": "./_runtime/react.js",
              "react/jsx-runtime": "./_runtime/react-jsx-runtime.js", "react-dom/client": "./_runtime/react-dom-client.js"}}</script>
            """;

    private static String page(boolean tailwind) {
        String button = tailwind
                ? "jsx('button', { id: 'b', className: 'rounded-lg bg-blue-600 px-4 py-2 text-sm font-medium text-white', children: 'Go' })"
                : "jsx('button', { id: 'b', style: { borderRadius: 8, background: '#155dfc', padding: '8px 16px', fontSize: 14, fontWeight: 500, color: 'white', border: 0 }, children: 'Go' })";
        return "<!doctype html><html><head><meta charset=\"utf-8\">"
                + (tailwind ? "<script src=\"./_runtime/tailwindcss-browser.js\"></script>" : "") + IMPORT_MAP
                + """
                        </head><body><div id="root"></div><script type="module">
                        import { jsx } from 'react/jsx-runtime';
                        import { createRoot } from 'react-dom/client';
                        createRoot(document.getElementById('root')).render(%s);
                        const painted = () => {
                          const b = document.getElementById('b');
                          if (b && getComputedStyle(b).backgroundColor !== 'rgba(0, 0, 0, 0)') window.__styled = performance.now();
                          else requestAnimationFrame(painted);
                        };
                        requestAnimationFrame(painted);
                        </script></body></html>
                        """
                    .formatted(button);
    }

    @Test
    void firstStyledRenderWithAndWithoutTailwind() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            byte[] body;
            String type = "text/javascript";
            if (path.startsWith("/_runtime/")) {
                try (InputStream in = new ClassPathResource("app-runtime/" + path.substring(10)).getInputStream()) {
                    body = in.readAllBytes();
                }
            }
            else {
                body = page(path.contains("tailwind")).getBytes(StandardCharsets.UTF_8);
                type = "text/html";
            }
            exchange.getResponseHeaders().set("Content-Type", type);
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        try {
            String base = "http://127.0.0.1:" + server.getAddress().getPort() + "/";
            System.out.printf(Locale.ROOT, "%nFirst styled render in Chromium (%d loads each, median, %d cores)%n",
                    LOADS, Runtime.getRuntime().availableProcessors());
            for (String variant : new String[] { "inline", "tailwind" }) {
                double[] millis = new double[LOADS];
                measure(base + variant); // warm-up
                for (int i = 0; i < LOADS; i++) {
                    millis[i] = measure(base + variant);
                }
                Arrays.sort(millis);
                System.out.printf(Locale.ROOT, "  %-9s median %6.1f ms   min %6.1f ms   max %6.1f ms%n", variant,
                        millis[LOADS / 2], millis[0], millis[LOADS - 1]);
            }
        }
        finally {
            server.stop(0);
        }
    }

    private static double measure(String url) {
        browser.driver().get(url);
        Object styled = Browser.waiting(browser.driver(), Duration.ofSeconds(10))
            .until(driver -> browser.driver().executeScript("return window.__styled ?? null;"));
        return ((Number) styled).doubleValue();
    }

}
