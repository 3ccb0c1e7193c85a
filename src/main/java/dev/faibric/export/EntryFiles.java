package dev.faibric.export;

import dev.faibric.deploy.BrowserFiles;
import dev.faibric.project.SourceFile;
import java.util.List;

/**
 * The page and the module that start an exported app as Faibric's page starts it: the
 * root component ({@code App.tsx}) rendered into {@code #root} with React's
 * {@code createRoot}, and an error it could not render past shown on the page as well as
 * in the console.
 */
final class EntryFiles {

    private EntryFiles() {
    }

    /**
     * The entry module's name in {@code src/}: {@code main.tsx}, unless the app has a
     * module of that name at its root.
     */
    static String entryName(List<SourceFile> files) {
        boolean taken = files.stream().anyMatch(f -> f.path().matches("main\\.(tsx|ts|jsx|js)"));
        return taken ? "faibric-main.tsx" : "main.tsx";
    }

    static String indexHtml(ExportedVersion app) {
        return """
                %s</head>
                <body>
                <div id="root"></div>
                <script type="module" src="/src/%s"></script>
                </body>
                </html>
                """.formatted(BrowserFiles.pageStart(app.title()), entryName(app.files()));
    }

    /**
     * The stylesheet that brings Tailwind into an app that uses it and has no stylesheet
     * of its own importing it (Faibric's page adds Tailwind itself).
     */
    static final String TAILWIND = "faibric-tailwind.css";

    /** Whether the entry imports {@link #TAILWIND}. */
    static boolean addsTailwind(ExportedVersion app) {
        return app.usesTailwind()
                && app.files().stream().noneMatch(f -> f.isStylesheet() && BrowserFiles.importsTailwind(f.content()));
    }

    static String main(ExportedVersion app) {
        String importApp = (app.rootExport().equals("default") ? "import App from './App';"
                : "import { App } from './App';") + (addsTailwind(app) ? "\nimport './" + TAILWIND + "';" : "");
        return """
                // Starts the app as Faibric's page does: the root component (App) rendered into #root,
                // and an error it could not render past shown on the page as well as in the console.
                import { createElement } from 'react';
                import { createRoot } from 'react-dom/client';
                %s

                function show(error: unknown) {
                  const box = document.createElement('pre');
                  box.setAttribute('role', 'alert');
                  box.style.cssText = '%s';
                  box.textContent = 'This app failed to start: ' + (error instanceof Error ? error.message : String(error));
                  document.body.prepend(box);
                }

                createRoot(document.getElementById('root')!, {
                  onUncaughtError: (error) => {
                    console.error(error);
                    show(error);
                  },
                }).render(createElement(App));
                """
            .formatted(importApp, BrowserFiles.ERROR_BOX_STYLE);
    }

}
