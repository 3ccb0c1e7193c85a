package dev.faibric.tsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TsxCompilerTests {

    private final TsxCompiler compiler = new TsxCompiler();

    @Test
    void tsxBecomesABrowserModuleUsingTheAutomaticJsxRuntime() throws Exception {
        CompiledModule module = compiler.compile("App.tsx", """
                import { useState } from 'react';
                type Props = { start: number };
                export default function App({ start }: Props) {
                  const [n, setN] = useState<number>(start);
                  return <button onClick={() => setN(n + 1)}>{n}</button>;
                }
                """);
        assertThat(module.javascript()).contains("from \"react/jsx-runtime\"")
            .contains("export default function App(")
            .doesNotContain("Props")
            .doesNotContain("<button");
        assertThat(module.imports()).containsExactly("react");
        assertThat(module.hasDefaultExport()).isTrue();
    }

    @Test
    void jsxInAJsFileCompilesAsCreateReactAppWroteIt() throws Exception {
        CompiledModule module = compiler.compile("App.js", """
                import './App.css';
                function App() {
                  return <div className="App"><h1>Hello</h1></div>;
                }
                export default App;
                """);
        assertThat(module.javascript()).contains("react/jsx-runtime").doesNotContain("<h1>");
        assertThat(module.imports()).contains("./App.css");
        assertThat(module.hasDefaultExport()).isTrue();
    }

    @Test
    void typeOnlyImportsAreNotDependencies() throws Exception {
        CompiledModule module = compiler.compile("a.ts",
                "import type { X } from './x';\nexport const y: X | null = null;\n");
        assertThat(module.imports()).isEmpty();
        assertThat(module.hasDefaultExport()).isFalse();
    }

    @Test
    void reExportsCountAsImports() throws Exception {
        CompiledModule module = compiler.compile("index.ts", "export * from './a';\nexport { default } from './b';\n");
        assertThat(module.imports()).containsExactly("./a", "./b");
        assertThat(module.hasDefaultExport()).isTrue();
    }

    @Test
    void syntaxErrorsNameTheFile() {
        assertThatThrownBy(() -> compiler.compile("components/Broken.tsx", "export default () => <div>;"))
            .isInstanceOf(CompileException.class)
            .hasMessageStartingWith("components/Broken.tsx: ")
            .hasMessageNotContaining("file:///app/");
    }

    @Test
    void theSameSourceIsCompiledOnce() throws Exception {
        String source = "export default 1;\n";
        assertThat(compiler.compile("x.ts", source)).isSameAs(compiler.compile("x.ts", source));
    }

    @Test
    void aFailedCompileIsNotRemembered() throws Exception {
        String broken = "export default () => <div>;";
        assertThatThrownBy(() -> compiler.compile("a.tsx", broken)).isInstanceOf(CompileException.class);
        assertThatThrownBy(() -> compiler.compile("a.tsx", broken)).isInstanceOf(CompileException.class);
        assertThat(compiler.compile("a.tsx", "export default () => <div />;").hasDefaultExport()).isTrue();
    }

    @Test
    void theSameSourceAtAnotherPathIsItsOwnModule() throws Exception {
        String source = "export default 1;\n";
        CompiledModule first = compiler.compile("a.ts", source);
        CompiledModule second = compiler.compile("b.ts", source);
        assertThat(first).isNotSameAs(second);
        assertThat(second.path()).isEqualTo("b.ts");
    }

}
