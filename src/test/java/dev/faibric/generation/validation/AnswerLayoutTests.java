package dev.faibric.generation.validation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.faibric.project.SourceFile;
import java.util.List;
import org.junit.jupiter.api.Test;

class AnswerLayoutTests {

    static SourceFile file(String path, String content) {
        return new SourceFile(path, content);
    }

    @Test
    void aViteProjectIsTakenAsTheAppAtItsSourceFolder() {
        AnswerLayout.Normalised layout = AnswerLayout.normalise(List.of(file("package.json", "{\"name\": \"tips\"}"),
                file("index.html", "<div id=root></div>"), file("vite.config.ts", "export default {};\n"),
                file("src/main.tsx",
                        """
                                import React from 'react';
                                import ReactDOM from 'react-dom/client';
                                import App from './App';
                                import './index.css';
                                ReactDOM.createRoot(document.getElementById('root')!).render(<React.StrictMode><App /></React.StrictMode>);
                                """),
                file("src/index.css", "body { margin: 0; }\n"),
                file("src/App.tsx", "import './App.css';\nexport default function App() { return <h1>Tips</h1>; }\n"),
                file("src/App.css", "h1 { color: navy; }\n"),
                file("src/components/Button.tsx", "export default function Button() { return <button />; }\n")));

        assertThat(layout.files()).extracting(SourceFile::path)
            .containsExactly("index.css", "App.tsx", "App.css", "components/Button.tsx");
        assertThat(layout.files().get(1).content()).startsWith("import './index.css';\nimport './App.css';\n");
        assertThat(layout.notes()).hasSize(3)
            .anySatisfy(n -> assertThat(n).contains("package.json, index.html, vite.config.ts"))
            .anySatisfy(n -> assertThat(n).isEqualTo("took src/ as the app's root"))
            .anySatisfy(n -> assertThat(n).contains("left out main.tsx: it only mounted App"));
    }

    @Test
    void anAppAtItsRootIsLeftAsItIs() {
        List<SourceFile> files = List.of(file("App.tsx", "export default function App() { return null; }\n"),
                file("components/A.tsx", "export default 1;\n"));

        AnswerLayout.Normalised layout = AnswerLayout.normalise(files);

        assertThat(layout.files()).isEqualTo(files);
        assertThat(layout.notes()).isEmpty();
    }

    @Test
    void aMainFileThatDoesMoreThanMountIsKept() {
        List<SourceFile> files = List.of(file("App.jsx", "export default function App() { return null; }\n"),
                file("main.jsx", """
                        import { createRoot } from 'react-dom/client';
                        import App from './App';
                        import { registerWorker } from './worker';
                        registerWorker();
                        createRoot(document.getElementById('root')).render(<App />);
                        """), file("worker.js", "export function registerWorker() {}\n"));

        assertThat(AnswerLayout.normalise(files).files()).isEqualTo(files);
    }

}
