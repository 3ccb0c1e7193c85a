package dev.faibric.tsx;

import com.caoccao.javet.swc4j.Swc4j;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstIdent;
import com.caoccao.javet.swc4j.ast.expr.lit.Swc4jAstStr;
import com.caoccao.javet.swc4j.ast.interfaces.ISwc4jAst;
import com.caoccao.javet.swc4j.ast.interfaces.ISwc4jAstDecl;
import com.caoccao.javet.swc4j.ast.interfaces.ISwc4jAstImportSpecifier;
import com.caoccao.javet.swc4j.ast.interfaces.ISwc4jAstModuleExportName;
import com.caoccao.javet.swc4j.ast.interfaces.ISwc4jAstModuleItem;
import com.caoccao.javet.swc4j.ast.module.Swc4jAstExportAll;
import com.caoccao.javet.swc4j.ast.module.Swc4jAstExportDecl;
import com.caoccao.javet.swc4j.ast.module.Swc4jAstExportDefaultDecl;
import com.caoccao.javet.swc4j.ast.module.Swc4jAstExportDefaultExpr;
import com.caoccao.javet.swc4j.ast.module.Swc4jAstExportNamedSpecifier;
import com.caoccao.javet.swc4j.ast.module.Swc4jAstImportDecl;
import com.caoccao.javet.swc4j.ast.module.Swc4jAstImportDefaultSpecifier;
import com.caoccao.javet.swc4j.ast.module.Swc4jAstImportNamedSpecifier;
import com.caoccao.javet.swc4j.ast.module.Swc4jAstNamedExport;
import com.caoccao.javet.swc4j.ast.pat.Swc4jAstBindingIdent;
import com.caoccao.javet.swc4j.ast.program.Swc4jAstModule;
import com.caoccao.javet.swc4j.ast.stmt.Swc4jAstClassDecl;
import com.caoccao.javet.swc4j.ast.stmt.Swc4jAstFnDecl;
import com.caoccao.javet.swc4j.ast.stmt.Swc4jAstVarDecl;
import com.caoccao.javet.swc4j.ast.stmt.Swc4jAstVarDeclarator;
import com.caoccao.javet.swc4j.enums.Swc4jMediaType;
import com.caoccao.javet.swc4j.enums.Swc4jModuleKind;
import com.caoccao.javet.swc4j.enums.Swc4jParseMode;
import com.caoccao.javet.swc4j.enums.Swc4jSourceMapOption;
import com.caoccao.javet.swc4j.exceptions.Swc4jCoreException;
import com.caoccao.javet.swc4j.options.Swc4jJsxRuntimeOption;
import com.caoccao.javet.swc4j.options.Swc4jTranspileOptions;
import com.caoccao.javet.swc4j.outputs.Swc4jTranspileOutput;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Transpiles TypeScript and TSX to ES modules that browsers run as they are (React's
 * automatic JSX runtime, imports left for the import map), and reads each module's
 * imports and default export from the syntax tree. Results are cached by content, because
 * validation and deployment compile the same files one after the other.
 */
@Component
public class TsxCompiler {

    private static final int CACHE_ENTRIES = 512;

    private final Swc4j swc = new Swc4j();

    /**
     * Looked up and filled in two steps rather than computed inside the cache: a compile
     * takes milliseconds and would hold up other keys of the same map bin, while
     * compiling the same source twice at once is merely wasted work. A failed compile
     * throws before the put, so failures are never cached.
     */
    private final Cache<String, CompiledModule> cache = Caffeine.newBuilder().maximumSize(CACHE_ENTRIES).build();

    public CompiledModule compile(String path, String source) throws CompileException {
        String key = path + '\0' + sha256(source);
        CompiledModule cached = cache.getIfPresent(key);
        if (cached != null) {
            return cached;
        }
        CompiledModule compiled = transpile(path, source);
        cache.put(key, compiled);
        return compiled;
    }

    private CompiledModule transpile(String path, String source) throws CompileException {
        Swc4jTranspileOptions options = new Swc4jTranspileOptions().setSpecifier(specifier(path))
            .setMediaType(mediaType(path))
            .setParseMode(Swc4jParseMode.Module)
            .setModuleKind(Swc4jModuleKind.Esm)
            .setJsx(Swc4jJsxRuntimeOption.Automatic())
            .setSourceMap(Swc4jSourceMapOption.None)
            .setCaptureAst(true);
        Swc4jTranspileOutput output;
        try {
            output = swc.transpile(source, options);
        }
        catch (Swc4jCoreException e) {
            throw new CompileException(path, clean(e.getMessage()));
        }
        catch (RuntimeException e) {
            throw new CompileException(path, "could not be compiled: " + e.getMessage());
        }
        if (!(output.getProgram() instanceof Swc4jAstModule module)) {
            throw new CompileException(path, "is not an ES module");
        }
        List<String> imports = new ArrayList<>();
        Map<String, Set<String>> names = new LinkedHashMap<>();
        Set<String> exports = new LinkedHashSet<>();
        for (ISwc4jAstModuleItem item : module.getBody()) {
            switch (item) {
                case Swc4jAstImportDecl importDecl when !importDecl.isTypeOnly() -> {
                    String src = importDecl.getSrc().getValue();
                    imports.add(src);
                    Set<String> taken = names.computeIfAbsent(src, k -> new LinkedHashSet<>());
                    for (ISwc4jAstImportSpecifier specifier : importDecl.getSpecifiers()) {
                        switch (specifier) {
                            case Swc4jAstImportDefaultSpecifier ignored -> taken.add("default");
                            case Swc4jAstImportNamedSpecifier named when !named.isTypeOnly() ->
                                taken.add(named.getImported().map(TsxCompiler::name).orElse(named.getLocal().getSym()));
                            default -> {
                            }
                        }
                    }
                }
                case Swc4jAstExportAll exportAll -> imports.add(exportAll.getSrc().getValue());
                case Swc4jAstExportDefaultDecl ignored -> exports.add("default");
                case Swc4jAstExportDefaultExpr ignored -> exports.add("default");
                case Swc4jAstExportDecl declaration -> exports.addAll(declared(declaration.getDecl()));
                case Swc4jAstNamedExport named -> {
                    named.getSrc().ifPresent(src -> imports.add(src.getValue()));
                    for (ISwc4jAst specifier : named.getSpecifiers()) {
                        if (specifier instanceof Swc4jAstExportNamedSpecifier s) {
                            exports.add(name(s.getExported().orElse(s.getOrig())));
                        }
                    }
                }
                default -> {
                }
            }
        }
        return new CompiledModule(path, output.getCode(), List.copyOf(imports), Map.copyOf(names), Set.copyOf(exports));
    }

    /** The names an {@code export function|class|const ...} declares. */
    private static List<String> declared(ISwc4jAstDecl declaration) {
        return switch (declaration) {
            case Swc4jAstFnDecl function -> List.of(function.getIdent().getSym());
            case Swc4jAstClassDecl type -> List.of(type.getIdent().getSym());
            case Swc4jAstVarDecl variables -> variables.getDecls()
                .stream()
                .map(Swc4jAstVarDeclarator::getName)
                .filter(Swc4jAstBindingIdent.class::isInstance)
                .map(binding -> ((Swc4jAstBindingIdent) binding).getId().getSym())
                .toList();
            default -> List.of();
        };
    }

    private static String name(ISwc4jAstModuleExportName name) {
        return switch (name) {
            case Swc4jAstIdent ident -> ident.getSym();
            case Swc4jAstStr str -> str.getValue();
            default -> "";
        };
    }

    private static Swc4jMediaType mediaType(String path) {
        if (path.endsWith(".tsx")) {
            return Swc4jMediaType.Tsx;
        }
        if (path.endsWith(".ts")) {
            return Swc4jMediaType.TypeScript;
        }
        // JSX in .js files is what Create React App taught: plain JavaScript parses the
        // same either way.
        return Swc4jMediaType.Jsx;
    }

    private static URL specifier(String path) {
        try {
            return URI.create("file:///app/" + path.replaceAll("[^A-Za-z0-9_./-]", "_")).toURL();
        }
        catch (MalformedURLException | IllegalArgumentException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * swc's messages name our internal specifier; the model and the user know the file by
     * its path.
     */
    private static String clean(String message) {
        return message == null ? "syntax error" : message.replace("file:///app/", "").strip();
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

}
