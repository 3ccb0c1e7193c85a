package dev.faibric.export;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.databind.json.JsonMapper;

/**
 * An exported project's {@code vite.config.ts} and {@code tsconfig.json}: React's
 * automatic JSX runtime (as Faibric compiles apps), imports resolved in the order the app
 * host tries them, CSS modules with camelCase names, the app's public variables read as
 * {@code import.meta.env} and {@code process.env}, {@code faibric/data} as the client in
 * {@code faibric/}, and the app's data API and server code reached through the dev
 * server, so pages, API and the sign-in cookie share one origin as on Faibric.
 */
final class ViteConfig {

    static final String CLIENT = "faibric/data.ts";

    private ViteConfig() {
    }

    static String viteConfig(ExportedVersion app, JsonMapper json) {
        boolean proxied = app.dataBacked() || app.hasServer();
        StringBuilder out = new StringBuilder();
        if (app.dataBacked()) {
            out.append("import { fileURLToPath } from 'node:url';\n");
        }
        out.append("import { defineConfig, loadEnv")
            .append(app.hasJsModules() ? ", transformWithEsbuild, type Plugin" : "")
            .append(proxied ? ", type ProxyOptions" : "")
            .append(" } from 'vite';\n");
        if (app.usesTailwind()) {
            // Tailwind's own Vite plugin, of the version whose browser build styles the
            // app on Faibric.
            out.append("import tailwindcss from '@tailwindcss/vite';\n");
        }
        out.append('\n');
        out.append("""
                // What the app reads as import.meta.env.* and process.env.*, as on Faibric: variables with
                // these prefixes (from the environment or a .env file) and the mode.
                const PREFIXES = ['VITE_', 'REACT_APP_', 'PUBLIC_'];
                """);
        if (!app.variables().isEmpty()) {
            out.append("""

                    // The app's public variables on Faibric (every visitor can read them). Set one in the
                    // environment to use another value.
                    const publicVariables: Record<string, string> = %s;
                    for (const [name, value] of Object.entries(publicVariables)) process.env[name] ??= value;
                    """.formatted(json.writeValueAsString(new TreeMap<>(app.variables()))));
        }
        if (proxied) {
            out.append(proxies(app));
        }
        if (app.hasJsModules()) {
            out.append("""

                    /** The app's .js modules compiled as JSX before anything else reads them. */
                    function jsxInJs(): Plugin {
                      return {
                        name: 'jsx-in-js',
                        enforce: 'pre',
                        transform(code, id) {
                          if (id.includes('/node_modules/') || !/\\.js$/.test(id.split('?')[0])) return null;
                          return transformWithEsbuild(code, id, { loader: 'jsx', jsx: 'automatic' });
                        },
                      };
                    }
                    """);
        }
        out.append(
                """

                        export default defineConfig(({ mode }) => {
                          const env = loadEnv(mode, process.cwd(), PREFIXES);
                          return {
                            base: './',
                            envPrefix: PREFIXES,
                            define: {
                              'process.env': JSON.stringify({ ...env, NODE_ENV: mode === 'production' ? 'production' : 'development' }),
                            },
                            // No @vitejs/plugin-react: esbuild's automatic JSX runtime is how Faibric compiles apps too.
                        """);
        out.append("    esbuild: { jsx: 'automatic' },\n");
        if (app.importsRecharts()) {
            out.append("    // recharts and React make one chunk of about 700 kB, above Vite's 500 kB warning.\n"
                    + "    build: { chunkSizeWarningLimit: 1024 },\n");
        }
        if (app.usesTailwind() && !app.hasJsModules()) {
            out.append("    plugins: [tailwindcss()],\n");
        }
        if (app.hasJsModules()) {
            out.append("""
                        // Apps may write JSX in .js files, as Create React App allows (and Faibric compiles).
                        plugins: [jsxInJs()%s],
                        optimizeDeps: { esbuildOptions: { loader: { '.js': 'jsx' } } },
                    """.formatted(app.usesTailwind() ? ", tailwindcss()" : ""));
        }
        out.append("    resolve: {\n");
        if (app.dataBacked()) {
            out.append(
                    """
                                  // faibric/data: the data client hosted apps get, on the app's own origin (/_api/...).
                                  alias: [{ find: /^faibric\\/data$/, replacement: fileURLToPath(new URL('./faibric/data.ts', import.meta.url)) }],
                            """);
        }
        out.append("""
                      // Extension-less imports mean what they mean on Faibric: .tsx, .ts, .jsx, .js, then index files.
                      extensions: ['.tsx', '.ts', '.jsx', '.js', '.mjs', '.mts', '.json'],
                    },
                    css: { modules: { localsConvention: 'camelCase' } },
                """);
        if (proxied) {
            out.append("    server: { proxy },\n    preview: { proxy },\n");
        }
        out.append("  };\n});\n");
        return out.toString();
    }

    private static String proxies(ExportedVersion app) {
        List<String> routes = new ArrayList<>();
        if (app.dataBacked()) {
            routes.add("  // The app's data API and sign-in.\n  '/_api': toApp(appUrl),\n");
        }
        if (app.hasServer()) {
            routes
                .add("""
                          // The app's server code: on Faibric, or where FAIBRIC_SERVER_URL says (npm run start:server).
                          '/api': process.env.FAIBRIC_SERVER_URL ? { target: process.env.FAIBRIC_SERVER_URL } : toApp(appUrl),
                        """);
        }
        return """

                // The app as Faibric serves it; FAIBRIC_APP_URL points the dev server at another deployment.
                const appUrl = new URL(process.env.FAIBRIC_APP_URL ?? %s);

                /**
                 * Forwards requests to the deployed app as if they came from its own pages: the data API
                 * accepts changes only from the app's origin, and finds the app by its host name. Browsers
                 * resolve *.localhost by themselves, Node may not: such a host is reached on 127.0.0.1.
                 */
                function toApp(url: URL): ProxyOptions {
                  const local = url.hostname === 'localhost' || url.hostname.endsWith('.localhost');
                  const port = url.port || (url.protocol === 'https:' ? '443' : '80');
                  return {
                    target: local ? `${url.protocol}//127.0.0.1:${port}` : url.origin,
                    changeOrigin: true,
                    configure(proxy) {
                      proxy.on('proxyReq', (request) => {
                        request.setHeader('host', url.host);
                        if (request.getHeader('origin')) request.setHeader('origin', url.origin);
                      });
                    },
                  };
                }

                const proxy: Record<string, string | ProxyOptions> = {
                %s};
                """.formatted(quoted(app.appUrl()), String.join("", routes));
    }

    /** The project's {@code tsconfig.json}, for {@code npm run typecheck} and editors. */
    static String tsconfig(ExportedVersion app, JsonMapper json) {
        Map<String, Object> options = new LinkedHashMap<>();
        options.put("target", "ES2022");
        options.put("lib", List.of("ES2022", "DOM", "DOM.Iterable"));
        options.put("module", "ESNext");
        options.put("moduleResolution", "bundler");
        options.put("jsx", "react-jsx");
        options.put("strict", true);
        options.put("allowJs", true);
        options.put("allowImportingTsExtensions", true);
        options.put("resolveJsonModule", true);
        options.put("isolatedModules", true);
        options.put("skipLibCheck", true);
        options.put("noEmit", true);
        options.put("types", List.of("vite/client", "node"));
        List<String> include = new ArrayList<>(List.of("src"));
        if (app.dataBacked() || app.hasServer()) {
            options.put("paths", Map.of("faibric/data", List.of("./" + CLIENT)));
            include.add("faibric");
        }
        if (app.hasServer()) {
            include.add("server");
        }
        include.add("vite.config.ts");
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("compilerOptions", options);
        config.put("include", include);
        return NpmFiles.pretty(json.valueToTree(config), json);
    }

    private static String quoted(String text) {
        return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }

}
