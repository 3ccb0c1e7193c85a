package dev.faibric.servercode;

import static org.assertj.core.api.Assertions.assertThat;

import dev.faibric.project.SourceFile;
import dev.faibric.tsx.TsxCompiler;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What server code may be, in words a model repairs from, and what its image holds. */
class ServerCodeTests {

    private final ServerCode code = new ServerCode(new TsxCompiler());

    private static final SourceFile PAGE = new SourceFile("App.tsx",
            "export default function App() { return null; }\n");

    private static List<SourceFile> app(SourceFile... server) {
        List<SourceFile> files = new ArrayList<>(List.of(PAGE));
        files.addAll(List.of(server));
        return files;
    }

    private static SourceFile entry(String body) {
        return new SourceFile("server/index.ts", body);
    }

    @Test
    void nodeBuiltInsTheDataClientAndItsOwnModulesAreAllowed() {
        assertThat(code.problems(app(entry("""
                import { createHash } from 'node:crypto';
                import { URL } from 'url';
                import { collection } from 'faibric/data';
                import { greet } from './lib/greet';
                export default async function handle(request: Request): Promise<Response> {
                  return new Response(greet(createHash('sha256').update(new URL(request.url).pathname).digest('hex')));
                }
                """), new SourceFile("server/lib/greet.ts", "export const greet = (s: string) => 'hi ' + s;\n"))))
            .isEmpty();
        assertThat(ServerCode.present(app())).isFalse();
    }

    @Test
    void processesOtherCodeRawSocketsAndPackagesAreRefused() {
        for (String module : List.of("node:child_process", "worker_threads", "node:vm", "node:net", "tls")) {
            assertThat(code.problems(app(entry("import x from '" + module
                    + "';\nexport default async function handle() { return new Response(String(x)); }\n"))))
                .singleElement()
                .asString()
                .contains("'" + module + "' is not allowed");
        }
        assertThat(code.problems(app(entry(
                "import express from 'express';\nexport default async function h() { return new Response(''); }\n"))))
            .singleElement()
            .asString()
            .contains("'express' is not available on the server")
            .contains("packages are not installed");
    }

    @Test
    void theShapeOfServerCodeIsChecked() {
        assertThat(code.problems(app(new SourceFile("server/util.ts", "export const x = 1;\n")))).singleElement()
            .asString()
            .contains("no server/index.ts");
        assertThat(code.problems(app(entry("export const handle = 1;\n")))).singleElement()
            .asString()
            .contains("has no default export");
        assertThat(code.problems(app(entry("import '../App';\nexport default async () => new Response('');\n"))))
            .singleElement()
            .asString()
            .contains("leaves server/");
        assertThat(code.problems(app(entry("export default async () => new Response('');\n"),
                new SourceFile("server/View.tsx", "export const V = () => <p />;\n"))))
            .singleElement()
            .asString()
            .contains("no JSX");
        List<SourceFile> pageImportsServer = List.of(
                new SourceFile("App.tsx", "import { secret } from './server/keys';\nexport default () => secret;\n"),
                new SourceFile("server/keys.ts", "export const secret = 'k';\n"),
                entry("export default async () => new Response('');\n"));
        assertThat(code.problems(pageImportsServer)).anyMatch(p -> p.contains("pages cannot import server code"));
    }

    @Test
    void theBundleHoldsNodeReadyModulesTheRuntimeAndTheDataClientButNoPages() throws Exception {
        Map<String, byte[]> bundle = code.bundle(app(entry("""
                import { greet } from './lib/greet';
                export default async function handle(request: Request): Promise<Response> {
                  return new Response(greet('you'));
                }
                """),
                new SourceFile("server/lib/greet.ts", "export const greet = (s: string): string => 'hi ' + s;\n")));

        assertThat(bundle).containsOnlyKeys("server/index.js", "server/lib/greet.js", "package.json",
                "faibric-server.mjs", "node_modules/faibric/package.json", "node_modules/faibric/data.mjs");
        String index = new String(bundle.get("server/index.js"), StandardCharsets.UTF_8);
        assertThat(index).contains("from './lib/greet.js'").doesNotContain(": Request");
        assertThat(new String(bundle.get("server/lib/greet.js"), StandardCharsets.UTF_8)).doesNotContain(": string");
        assertThat(new String(bundle.get("package.json"), StandardCharsets.UTF_8)).contains("\"type\": \"module\"");
    }

}
