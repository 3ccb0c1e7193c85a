package dev.faibric.generation.validation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.faibric.project.SourceFile;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SafeFixesTests {

    final List<String> notes = new ArrayList<>();

    List<SourceFile> fix(SourceFile... files) {
        return SafeFixes.apply(List.of(files), notes);
    }

    static SourceFile file(String path, String content) {
        return new SourceFile(path, content);
    }

    static String content(List<SourceFile> files, String path) {
        return files.stream().filter(f -> f.path().equals(path)).findFirst().orElseThrow().content();
    }

    @Test
    void hooksUsedWithoutTheirImportAreImportedFromReact() {
        List<SourceFile> fixed = fix(file("App.tsx", """
                import Header from './Header';
                export default function App() {
                  const [items, setItems] = useState<string[]>([]);
                  const total = useMemo(() => items.length, [items]);
                  return <Header count={total} />;
                }
                """), file("Header.tsx", "export default function Header() { return <h1>Hi</h1>; }\n"));

        assertThat(content(fixed, "App.tsx")).startsWith("import { useState, useMemo } from 'react';\nimport Header");
        assertThat(content(fixed, "Header.tsx")).doesNotContain("import");
        assertThat(notes)
            .containsExactly("App.tsx: imported useState, useMemo from 'react', which it used without importing");
    }

    @Test
    void aHookMissingFromAnExistingReactImportIsAddedAndImportedOnesAreLeftAlone() {
        List<SourceFile> fixed = fix(file("App.tsx", """
                import { useState } from 'react';
                export default function App() {
                  const ref = useRef(null);
                  const [n] = useState(0);
                  useEffect(() => {}, []);
                  return <p ref={ref}>{n}</p>;
                }
                """));

        assertThat(content(fixed, "App.tsx"))
            .startsWith("import { useEffect, useRef } from 'react';\nimport { useState } from 'react';");
    }

    @Test
    void theReactNamespaceUsedAsAValueIsImportedButNotForTypesAlone() {
        List<SourceFile> fixed = fix(file("App.tsx", """
                export default function App() {
                  const [n, setN] = React.useState(0);
                  return <button onClick={() => setN(n + 1)}>{n}</button>;
                }
                """), file("Field.tsx",
                """
                        export default function Field({ onChange }: { onChange: (e: React.ChangeEvent<HTMLInputElement>) => void }) {
                          return <input onChange={onChange} />;
                        }
                        """));

        assertThat(content(fixed, "App.tsx")).startsWith("import React from 'react';\n");
        assertThat(content(fixed, "Field.tsx")).doesNotContain("import");
    }

    @Test
    void namesDeclaredInTheFileOrImportedElsewhereOrOnlyInCommentsAreNotImported() {
        String code = """
                import * as React from 'react';
                import { memo as remember } from 'react';
                // useState(0) would be simpler
                function memo(x: number) { return x; }
                const [lazy, setLazy] = React.useState(false);
                export default function App() { return <p>{memo(1)} {String(lazy)} {api.useEffect()}</p>; }
                """;

        assertThat(content(fix(file("App.tsx", code)), "App.tsx")).isEqualTo(code);
        assertThat(notes).isEmpty();
    }

    @Test
    void aRootThatDeclaresAppAndNeverExportsItExportsItByDefault() {
        List<SourceFile> fixed = fix(file("App.tsx", "function App() {\n  return <h1>Quotes</h1>;\n}\n"),
                file("components/Other.tsx", "function App() { return null; }\n"));

        assertThat(content(fixed, "App.tsx")).endsWith("}\n\nexport default App;\n");
        assertThat(content(fixed, "components/Other.tsx")).doesNotContain("export");
        assertThat(notes).containsExactly("App.tsx: added `export default App`, which it declared and never exported");
    }

    @Test
    void aRootThatExportsAppAlreadyIsLeftAsItIs() {
        for (String code : List.of("export function App() { return null; }\n",
                "const App = () => null;\nexport { App };\n", "function App() { return null; }\nexport default App;\n",
                "export default function Main() { return null; }\n")) {
            assertThat(content(fix(file("App.tsx", code)), "App.tsx")).isEqualTo(code);
        }
        assertThat(notes).isEmpty();
    }

    @Test
    void anImportOfAStylesheetTheAnswerDoesNotHaveIsLeftOutAndOneItHasIsKept() {
        List<SourceFile> fixed = fix(file("App.tsx", """
                import './index.css';
                import './App.css';
                import Card from './components/Card';
                export default function App() { return <Card />; }
                """), file("App.css", "h1 { color: red; }\n"), file("components/Card.tsx", """
                import '../styles/card.css';
                export default function Card() { return <div />; }
                """));

        assertThat(content(fixed, "App.tsx")).startsWith("import './App.css';\nimport Card");
        assertThat(content(fixed, "components/Card.tsx")).startsWith("export default function Card");
        assertThat(notes).containsExactly("App.tsx: left out `import './index.css'`: the answer has no such stylesheet",
                "components/Card.tsx: left out `import '../styles/card.css'`: the answer has no such stylesheet");
    }

    @Test
    void componentsWrittenUnderSrcBesideTheRootAreMovedOutOfIt() {
        List<SourceFile> fixed = fix(file("App.tsx", """
                import List from './components/List';
                import { total } from './src/lib/sum';
                export default function App() { return <List n={total} />; }
                """), file("src/components/List.tsx", """
                import { total } from '../lib/sum';
                export default function List() { return <p>{total}</p>; }
                """), file("src/lib/sum.ts", "export const total = 3;\n"));

        assertThat(fixed).extracting(SourceFile::path).containsExactly("App.tsx", "components/List.tsx", "lib/sum.ts");
        assertThat(content(fixed, "App.tsx")).contains("from './lib/sum'");
        assertThat(notes).containsExactly(
                "moved src/components/List.tsx, src/lib/sum.ts out of src/, where App.tsx did not look for them");
    }

    @Test
    void filesUnderSrcStayWhereTheyAreWhenTheImportsFindThemThere() {
        List<SourceFile> files = List.of(
                file("App.tsx", "import X from './src/X';\nexport default function App() { return <X />; }\n"),
                file("src/X.tsx", "export default function X() { return null; }\n"),
                file("X.tsx", "export default function X() { return null; }\n"));

        assertThat(SafeFixes.apply(files, notes)).isEqualTo(files);
        assertThat(notes).isEmpty();
    }

    @Test
    void serverCodeAndCleanAppsAreNotTouched() {
        List<SourceFile> files = List.of(file("App.tsx", """
                import { useState } from 'react';
                export default function App() { const [n] = useState(1); return <p>{n}</p>; }
                """), file("server/index.ts", "function App() {}\nuseState();\n"));

        assertThat(SafeFixes.apply(files, notes)).isEqualTo(files);
        assertThat(notes).isEmpty();
    }

}
