package dev.faibric.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The files every export takes from the jar: those under {@code export/} (the npm
 * manifest and lockfile, the Dockerfile), the source of the {@code faibric/data} client
 * as the build copies it from web/runtime, and the server runtime that Faibric's own
 * containers run ({@code server-runtime/}).
 */
final class ExportResources {

    private static final String FOLDER = "export/";

    private static final String CLIENT = FOLDER + "client/";

    private ExportResources() {
    }

    /** A file under {@code export/}. */
    static String text(String name) {
        return read(FOLDER + name);
    }

    /** A file of the server runtime, as Faibric's containers run it. */
    static String serverRuntime(String name) {
        return read("server-runtime/" + name);
    }

    /**
     * The {@code faibric/data} client's modules by their path under the client's folder:
     * {@code faibric-data.ts} (its entry) and {@code data/*.ts}.
     */
    static Map<String, String> client() {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("faibric-data.ts", read(CLIENT + "faibric-data.ts"));
        try {
            Resource[] modules = new PathMatchingResourcePatternResolver(ExportResources.class.getClassLoader())
                .getResources("classpath*:" + CLIENT + "data/*.ts");
            Arrays.stream(modules)
                .sorted(Comparator.comparing(r -> String.valueOf(r.getFilename())))
                .forEach(module -> files.put("data/" + module.getFilename(), read(module)));
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (files.size() == 1) {
            throw new IllegalStateException("the faibric/data client's modules are missing from the build");
        }
        return files;
    }

    private static String read(String path) {
        try (InputStream in = ExportResources.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException(path + " is missing from the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Resource resource) {
        try (InputStream in = resource.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
