package dev.faibric.generation.validation;

import dev.faibric.project.SourceFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The file layouts models write, taken as the app they mean: a Vite or Create React App
 * project (files under {@code src/}, or under any one common folder, with a
 * {@code package.json}, {@code index.html} and configuration beside them) becomes the app
 * at that folder, and a {@code main.tsx} or {@code index.tsx} that only mounts
 * {@code App} is left out, its stylesheet imports moved into the root component. What was
 * done is said in notes, for the chat.
 */
public final class AnswerLayout {

    /**
     * Project files a bundler needs and Faibric does not: the platform is the bundler.
     */
    private static final Pattern SCAFFOLDING = Pattern
        .compile("(?:package(?:-lock)?\\.json|[jt]sconfig(?:\\.[\\w-]+)?\\.json"
                + "|vite\\.config\\.[cm]?[jt]s|index\\.html|README(?:\\.md)?|\\.gitignore|\\.eslintrc(?:\\.\\w+)?"
                + "|eslint\\.config\\.[cm]?[jt]s|postcss\\.config\\.[cm]?[jt]s|tailwind\\.config\\.[cm]?[jt]s"
                + "|vite-env\\.d\\.ts|react-app-env\\.d\\.ts)");

    private static final Set<String> MOUNT_FILES = Set.of("main.tsx", "main.jsx", "main.ts", "main.js", "index.tsx",
            "index.jsx", "index.ts", "index.js");

    private static final Pattern MOUNTS = Pattern
        .compile("\\bcreateRoot\\s*\\(|ReactDOM\\.render\\s*\\(|\\bhydrateRoot\\s*\\(");

    private static final Pattern IMPORTS_APP = Pattern.compile("from\\s*[\"']\\./App(?:\\.[jt]sx?)?[\"']");

    private static final Pattern STYLESHEET_IMPORT = Pattern
        .compile("(?m)^\\s*import\\s*[\"'](\\./[^\"']+\\.css)[\"'];?\\s*$");

    private static final Pattern OTHER_CODE = Pattern
        .compile("(?m)^\\s*import\\s.*from\\s*[\"'](?!react|react-dom|\\./App)([^\"']+)[\"']");

    private AnswerLayout() {
    }

    /** The app's files as the app's root sees them, and what was changed to get there. */
    public record Normalised(List<SourceFile> files, List<String> notes) {
    }

    public static Normalised normalise(List<SourceFile> files) {
        List<String> notes = new ArrayList<>();
        List<SourceFile> app = new ArrayList<>();
        List<String> dropped = new ArrayList<>();
        for (SourceFile file : files) {
            String name = file.path().substring(file.path().lastIndexOf('/') + 1);
            if (SCAFFOLDING.matcher(name).matches()) {
                dropped.add(file.path());
            }
            else {
                app.add(file);
            }
        }
        if (!dropped.isEmpty()) {
            notes.add("left out " + String.join(", ", dropped) + ": Faibric builds and serves the app itself");
        }
        String root;
        while (!(root = commonRoot(app)).isEmpty()) {
            List<SourceFile> stripped = new ArrayList<>();
            for (SourceFile file : app) {
                stripped.add(new SourceFile(file.path().substring(root.length()), file.content()));
            }
            app = stripped;
            notes.add("took " + root + " as the app's root");
        }
        return new Normalised(SafeFixes.apply(withoutMountFile(app, notes), notes), notes);
    }

    /** The one folder every file is in, with its slash; empty when there is none. */
    private static String commonRoot(List<SourceFile> files) {
        String root = null;
        for (SourceFile file : files) {
            int slash = file.path().indexOf('/');
            if (slash < 0) {
                return "";
            }
            String first = file.path().substring(0, slash + 1);
            if (root != null && !root.equals(first)) {
                return "";
            }
            root = first;
        }
        return root == null ? "" : root;
    }

    private static List<SourceFile> withoutMountFile(List<SourceFile> files, List<String> notes) {
        SourceFile entry = files.stream().filter(SourceFile::isEntry).findFirst().orElse(null);
        if (entry == null) {
            return files;
        }
        List<SourceFile> result = new ArrayList<>();
        List<String> stylesheets = new ArrayList<>();
        for (SourceFile file : files) {
            if (isMountOnly(file)) {
                Matcher css = STYLESHEET_IMPORT.matcher(file.content());
                while (css.find()) {
                    stylesheets.add(css.group(1));
                }
                notes.add("left out " + file.path() + ": it only mounted App, which Faibric does itself"
                        + (stylesheets.isEmpty() ? "" : "; its stylesheets are imported by " + entry.path()));
            }
            else {
                result.add(file);
            }
        }
        if (stylesheets.isEmpty()) {
            return result;
        }
        StringBuilder imports = new StringBuilder();
        stylesheets.stream()
            .filter(css -> !entry.content().contains("'" + css + "'") && !entry.content().contains("\"" + css + "\""))
            .forEach(css -> imports.append("import '").append(css).append("';\n"));
        result.replaceAll(f -> f == entry ? new SourceFile(f.path(), imports + f.content()) : f);
        return result;
    }

    /**
     * A root-level main or index file that imports App and mounts it, and does nothing
     * else.
     */
    private static boolean isMountOnly(SourceFile file) {
        String text = file.content();
        return MOUNT_FILES.contains(file.path()) && MOUNTS.matcher(text).find() && IMPORTS_APP.matcher(text).find()
                && !OTHER_CODE.matcher(text).find();
    }

}
