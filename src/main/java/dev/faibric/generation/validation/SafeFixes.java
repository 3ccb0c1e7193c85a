package dev.faibric.generation.validation;

import dev.faibric.project.ImportPaths;
import dev.faibric.project.SourceFile;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The slips models make whose fix is certain, made without a model call and each said in
 * a note: components written under {@code src/} beside an {@code App.tsx} that imports
 * them without it; a root component that declares {@code App} and never exports it;
 * React's hooks (and {@code memo}, {@code forwardRef}, ...) or the {@code React}
 * namespace used without their import; an import of a stylesheet the answer does not
 * have. (A stylesheet's Tailwind directives are left as they are: the page reads such a
 * stylesheet with Tailwind's browser build.) Anything less certain (a package that is not
 * available, a file cut off) is left to validation and the repair call.
 */
final class SafeFixes {

    /** React's exports a model calls or renders by name. */
    private static final List<String> REACT_NAMES = List.of("useState", "useEffect", "useLayoutEffect", "useMemo",
            "useCallback", "useRef", "useReducer", "useContext", "useId", "useTransition", "useDeferredValue",
            "useImperativeHandle", "useSyncExternalStore", "useOptimistic", "useActionState", "createContext",
            "forwardRef", "memo", "lazy", "startTransition", "Suspense", "Fragment");

    private static final Pattern RELATIVE_IMPORT = Pattern
        .compile("(?:\\bfrom\\s*|\\bimport\\s*\\(?\\s*)[\"'](\\.{1,2}/[^\"']+)[\"']");

    private static final Pattern STYLESHEET_IMPORT = Pattern
        .compile("(?m)^[ \\t]*import\\s*[\"'](\\.{1,2}/[^\"']+\\.css)[\"'];?[ \\t]*\\r?\\n?");

    private static final Pattern DECLARES_APP = Pattern
        .compile("(?m)^(?:async\\s+)?(?:function\\s*\\*?|const|let|var|class)\\s+App\\b");

    private static final Pattern EXPORTS_APP = Pattern.compile(
            "\\bexport\\s+default\\b|\\bexport\\s+(?:async\\s+)?(?:function|const|let|var|class)\\s+App\\b|\\bexport\\s*\\{[^}]*\\bApp\\b");

    /** {@code React.} where it is a value: a member in lower case, JSX, a class base. */
    private static final Pattern REACT_VALUE = Pattern.compile("(?<![\\w$.])React\\.(?:[a-z]\\w*|Children|Component"
            + "|PureComponent|Fragment|StrictMode|Suspense)\\b|</?React\\.\\w|\\bextends\\s+React\\.");

    private static final Pattern COMMENT = Pattern.compile("/\\*.*?\\*/|(?<![:\"'])//[^\\n]*", Pattern.DOTALL);

    private SafeFixes() {
    }

    static List<SourceFile> apply(List<SourceFile> files, List<String> notes) {
        List<SourceFile> result = componentsOutOfSrc(files, notes);
        Set<String> paths = new HashSet<>(result.stream().map(SourceFile::path).toList());
        List<SourceFile> fixed = new ArrayList<>();
        for (SourceFile file : result) {
            String content = file.content();
            if (file.isModule() && !file.isServer()) {
                content = withoutMissingStylesheets(file.path(), content, paths, notes);
                content = withReactImports(file.path(), content, notes);
                if (file.isEntry()) {
                    content = exportingApp(file.path(), content, notes);
                }
            }
            fixed.add(content.equals(file.content()) ? file : new SourceFile(file.path(), content));
        }
        return fixed;
    }

    /**
     * Files under {@code src/} beside files outside it, moved out of it when that makes
     * imports resolve that did not (and breaks none), the imports of {@code ./src/...}
     * pointed at where the files are now.
     */
    private static List<SourceFile> componentsOutOfSrc(List<SourceFile> files, List<String> notes) {
        List<String> moved = files.stream().map(SourceFile::path).filter(p -> p.startsWith("src/")).toList();
        if (moved.isEmpty() || moved.size() == files.size()) {
            return files;
        }
        Set<String> before = new HashSet<>(files.stream().map(SourceFile::path).toList());
        if (moved.stream().anyMatch(p -> before.contains(p.substring(4)))) {
            return files;
        }
        List<SourceFile> after = new ArrayList<>();
        for (SourceFile file : files) {
            String path = file.path().startsWith("src/") ? file.path().substring(4) : file.path();
            String content = file.path().startsWith("src/") ? file.content()
                    : file.content().replaceAll("([\"'])\\./src/", "$1./");
            after.add(new SourceFile(path, content));
        }
        if (unresolved(after) >= unresolved(files)) {
            return files;
        }
        notes.add("moved " + String.join(", ", moved) + " out of src/, where " + SourceFile.ENTRY
                + " did not look for them");
        return after;
    }

    private static int unresolved(List<SourceFile> files) {
        Set<String> paths = new HashSet<>(files.stream().map(SourceFile::path).toList());
        int count = 0;
        for (SourceFile file : files) {
            if (!file.isModule()) {
                continue;
            }
            Matcher m = RELATIVE_IMPORT.matcher(file.content());
            while (m.find()) {
                String target = ImportPaths.resolve(file.path(), m.group(1));
                if (target == null || ImportPaths.candidates(target).stream().noneMatch(paths::contains)) {
                    count++;
                }
            }
        }
        return count;
    }

    private static String withoutMissingStylesheets(String path, String content, Set<String> paths,
            List<String> notes) {
        return STYLESHEET_IMPORT.matcher(content).replaceAll(m -> {
            String target = ImportPaths.resolve(path, m.group(1));
            if (target != null && paths.contains(target)) {
                return Matcher.quoteReplacement(m.group());
            }
            notes.add(path + ": left out `import '" + m.group(1) + "'`: the answer has no such stylesheet");
            return "";
        });
    }

    private static String withReactImports(String path, String content, List<String> notes) {
        String code = COMMENT.matcher(content).replaceAll(" ");
        Set<String> missing = new LinkedHashSet<>();
        for (String name : REACT_NAMES) {
            boolean used = Pattern.compile("(?<![\\w$.])" + name + "\\s*(?:<[^>()]*>\\s*)?\\(|<" + name + "[\\s>]")
                .matcher(code)
                .find();
            if (used && !bound(code, name)) {
                missing.add(name);
            }
        }
        boolean namespace = REACT_VALUE.matcher(code).find() && !bound(code, "React");
        if (missing.isEmpty() && !namespace) {
            return content;
        }
        List<String> added = new ArrayList<>();
        StringBuilder imports = new StringBuilder();
        if (namespace) {
            imports.append("import React from 'react';\n");
            added.add("React");
        }
        if (!missing.isEmpty()) {
            imports.append("import { ").append(String.join(", ", missing)).append(" } from 'react';\n");
            added.addAll(missing);
        }
        notes.add(path + ": imported " + String.join(", ", added) + " from 'react', which it used without importing");
        return imports + content;
    }

    /** Whether the code imports or declares {@code name}. */
    private static boolean bound(String code, String name) {
        String n = Pattern.quote(name);
        return Pattern.compile("(?s)\\bimport\\b[^;'\"]*?\\b" + n + "\\b[^;'\"]*?\\bfrom\\b").matcher(code).find()
                || Pattern.compile("\\b(?:function\\s*\\*?|const|let|var|class)\\s+" + n + "\\b").matcher(code).find()
                || Pattern.compile("\\b(?:const|let|var)\\s*[\\[{][^=]*\\b" + n + "\\b[^=]*[\\]}]\\s*=")
                    .matcher(code)
                    .find();
    }

    private static String exportingApp(String path, String content, List<String> notes) {
        if (EXPORTS_APP.matcher(content).find() || !DECLARES_APP.matcher(content).find()) {
            return content;
        }
        notes.add(path + ": added `export default App`, which it declared and never exported");
        return content.stripTrailing() + "\n\nexport default App;\n";
    }

}
