package dev.faibric.generation.validation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.faibric.hosting.AppRuntime;
import dev.faibric.hosting.TestRuntimes;
import dev.faibric.project.SourceFile;
import dev.faibric.servercode.ServerCode;
import dev.faibric.tsx.TsxCompiler;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class CodeValidatorTests {

    static final AppRuntime RUNTIME = TestRuntimes.of(Map.of("react", "react.js", "react/jsx-runtime",
            "react-jsx-runtime.js", "react-dom", "react-dom.js", "react-dom/client", "react-dom-client.js"));

    private final CodeValidator validator = new CodeValidator(new TsxCompiler(), RUNTIME, JsonMapper.builder().build(),
            new ServerCode(new TsxCompiler()));

    static SourceFile file(String path, String content) {
        return new SourceFile(path, content);
    }

    @Test
    void aWellFormedAppHasNoProblems() {
        assertThat(validator.problems(List.of(file("App.tsx", """
                import { useState } from 'react';
                import Header from './components/Header';
                import type { Props } from './types';
                export default function App() {
                  const [n, setN] = useState<number>(0);
                  return <main><Header title="Hi" /><button onClick={() => setN(n + 1)}>{n}</button></main>;
                }
                """), file("components/Header.tsx", """
                import { format } from '../lib/format';
                export default function Header({ title }: { title: string }) { return <h1>{format(title)}</h1>; }
                """), file("lib/format.ts", "export const format = (s: string): string => s.toUpperCase();\n"),
                file("types.ts", "export interface Props { title: string }\n"))))
            .isEmpty();
    }

    @Test
    void appsMayImportTheDataClientTheBuildVendors() {
        CodeValidator vendored = new CodeValidator(new TsxCompiler(), TestRuntimes.vendored(),
                JsonMapper.builder().build(), new ServerCode(new TsxCompiler()));
        assertThat(vendored.problems(List.of(file("App.tsx",
                """
                        import { collection, auth, useCollection, useUser, DataError } from 'faibric/data';
                        const posts = collection('posts');
                        export default function App() {
                          const { items } = useCollection('posts');
                          const { user } = useUser();
                          return <button onClick={() => posts.create({ title: user?.name }).catch((e: DataError) => alert(e.message))}>
                            {items.length} {String(auth)}</button>;
                        }
                        """))))
            .isEmpty();
    }

    @Test
    void syntaxErrorsAreReportedWithTheFileName() {
        List<String> problems = validator
            .problems(List.of(file("App.tsx", "export default function App() { return <div>; }\n")));
        assertThat(problems).hasSize(1);
        assertThat(problems.getFirst()).startsWith("App.tsx: ");
    }

    @Test
    void importsMustBeVendoredLibrariesOrFilesOfTheApp() {
        List<String> problems = validator.problems(List.of(file("App.tsx", """
                import axios from 'axios';
                import './styles.css';
                import Missing from './components/Missing';
                import Up from '../outside';
                export default function App() { return null; }
                """)));
        assertThat(problems).containsExactly(
                "App.tsx: import 'axios' is not available; apps may import only " + String.join(", ", RUNTIME.modules())
                        + " and their own files (components, .css stylesheets, .json data)",
                "App.tsx: import './styles.css' does not match any file of the app",
                "App.tsx: import './components/Missing' does not match any file of the app",
                "App.tsx: import '../outside' points outside the app");
    }

    @Test
    void appTsxMustExistAndDefaultExport() {
        assertThat(validator.problems(List.of(file("Main.tsx", "export default 1;\n"))))
            .containsExactly("the app has no App.tsx (it must default-export the root component)");
        assertThat(validator.problems(List.of(file("App.tsx", "export function Main() { return null; }\n"))))
            .containsExactly("App.tsx: has no default export (expected `export default function App()`)");
        assertThat(validator.problems(List.of(file("App.tsx", "export function App() { return null; }\n"))))
            .as("a named App, the only root, is unambiguous")
            .isEmpty();
        assertThat(validator
            .problems(List.of(file("App.tsx", "function App() { return null; }\nexport { App as default };\n"))))
            .isEmpty();
    }

    @Test
    void unsafePathsAreRefusedBeforeAnythingIsCompiled() {
        assertThat(validator.problems(List.of(file("App.tsx", "export default 1;\n"), file("../etc/passwd.ts", "x"),
                file("/abs.ts", "x"), file("run.sh", "x"))))
            .containsExactly(
                    "file path '../etc/passwd.ts' must be relative, without '..', using letters, digits, '_', '-' and '.'",
                    "file path '/abs.ts' must be relative, without '..', using letters, digits, '_', '-' and '.'",
                    "file 'run.sh' has an extension outside " + SourceFile.EXTENSIONS);
    }

}
