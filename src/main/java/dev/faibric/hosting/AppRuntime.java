package dev.faibric.hosting;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.GZIPOutputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;
import org.springframework.util.DigestUtils;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The libraries generated apps may import, vendored into the jar at build time
 * (web/scripts/ build-runtime.mjs writes them to {@code app-runtime/}) and served under
 * {@code _runtime/} beside every app: React, the toolkit models reach for (lucide-react,
 * recharts, clsx, date-fns), {@code faibric/data}, and Tailwind's browser build. No CDN:
 * previews work offline and never break when a CDN changes.
 */
@Component
public class AppRuntime {

    static final String PREFIX = "_runtime/";

    private static final String LOCATION = "app-runtime/";

    /** The platform's own scripts for app pages, served beside the runtime. */
    private static final String PAGE_SCRIPTS = "app-page/";

    private static final Logger log = LoggerFactory.getLogger(AppRuntime.class);

    private final Map<String, String> imports;

    /** The file of Tailwind's browser build, if the build vendored it. */
    private final Optional<String> tailwind;

    /** The version of each toolkit package, by package name. */
    private final Map<String, String> versions;

    /** Bounded by the files in the jar: only names that exist are kept. */
    private final Map<String, RuntimeFile> files = new ConcurrentHashMap<>();

    @Autowired
    AppRuntime(JsonMapper json) {
        this(readManifest(json));
    }

    /** A runtime with the given specifier → file map, and no Tailwind. */
    AppRuntime(Map<String, String> imports) {
        this(new Manifest(imports, Optional.empty(), Map.of()));
    }

    private AppRuntime(Manifest manifest) {
        this.imports = Map.copyOf(manifest.imports());
        this.tailwind = manifest.tailwind();
        this.versions = Map.copyOf(manifest.versions());
    }

    private record Manifest(Map<String, String> imports, Optional<String> tailwind, Map<String, String> versions) {
    }

    /**
     * The URL, relative to an app's root, of the classic script that styles an app page
     * with Tailwind CSS, if the build vendored it.
     */
    public Optional<String> tailwindScript() {
        return tailwind.map(file -> "./" + PREFIX + file);
    }

    /**
     * The version of each vendored toolkit package by its npm name (e.g.
     * {@code recharts}), what an exported app pins.
     */
    public Map<String, String> versions() {
        return versions;
    }

    /**
     * Bare module specifiers an app may import, e.g. {@code react} and
     * {@code react-dom/client}.
     */
    public Set<String> modules() {
        return imports.keySet();
    }

    /** The import map of an app page, with URLs relative to the app's root. */
    public Map<String, String> importMap() {
        Map<String, String> map = new LinkedHashMap<>();
        imports.forEach((specifier, file) -> map.put(specifier, "./" + PREFIX + file));
        return map;
    }

    /**
     * The text of a vendored file (a module or one of the chunks the modules import), for
     * whatever runs apps outside a browser.
     */
    public Optional<String> text(String name) {
        return file(name).map(file -> {
            try (InputStream in = file.resource().getInputStream()) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /**
     * A vendored file, with a validator computed from its content the first time it is
     * asked for; the jar never changes while the service runs.
     */
    Optional<RuntimeFile> file(String name) {
        if (!name.matches("[A-Za-z0-9_.-]+\\.(js|json)")) {
            return Optional.empty();
        }
        RuntimeFile known = files.get(name);
        if (known != null) {
            return Optional.of(known);
        }
        ClassPathResource resource = new ClassPathResource(LOCATION + name);
        if (!resource.exists()) {
            resource = new ClassPathResource(PAGE_SCRIPTS + name);
        }
        if (!resource.exists()) {
            return Optional.empty();
        }
        ClassPathResource found = resource;
        return Optional.of(files.computeIfAbsent(name, n -> RuntimeFile.of(found)));
    }

    /**
     * A vendored file, and its content gzipped once (the large modules shrink to a
     * quarter), for browsers that accept it.
     */
    record RuntimeFile(Resource resource, long length, String etag, byte[] gzipped) {

        static RuntimeFile of(Resource resource) {
            try (InputStream in = resource.getInputStream()) {
                byte[] content = in.readAllBytes();
                ByteArrayOutputStream gzipped = new ByteArrayOutputStream(content.length / 3);
                try (GZIPOutputStream gzip = new GZIPOutputStream(gzipped)) {
                    gzip.write(content);
                }
                return new RuntimeFile(resource, content.length, "\"" + DigestUtils.md5DigestAsHex(content) + "\"",
                        gzipped.toByteArray());
            }
            catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /**
         * The validator of the gzipped representation, which differs from the plain
         * one's.
         */
        String gzipEtag() {
            return etag.substring(0, etag.length() - 1) + "-gzip\"";
        }

    }

    private static Manifest readManifest(JsonMapper json) {
        ClassPathResource manifest = new ClassPathResource(LOCATION + "manifest.json");
        Map<String, String> imports = new LinkedHashMap<>();
        if (!manifest.exists()) {
            log.warn(
                    "No vendored app runtime on the classpath (built without the frontend?): deployed apps cannot load React");
            return new Manifest(imports, Optional.empty(), Map.of());
        }
        try (InputStream in = manifest.getInputStream()) {
            JsonNode root = json.readTree(in);
            root.path("imports").properties().forEach(e -> imports.put(e.getKey(), e.getValue().asString()));
            Map<String, String> versions = new LinkedHashMap<>();
            root.path("versions").properties().forEach(e -> versions.put(e.getKey(), e.getValue().asString()));
            JsonNode tailwind = root.path("scripts").path("tailwind");
            log.info("App runtime: React {} with modules {}", root.path("react").asString(), imports.keySet());
            return new Manifest(imports, tailwind.isString() ? Optional.of(tailwind.asString()) : Optional.empty(),
                    versions);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
