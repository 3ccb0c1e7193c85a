package dev.faibric.platformimage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.Yaml;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the application reads, for checking what the deployment files set: the environment
 * variables application.yml names, those README.md's configuration table documents, and
 * the properties of Spring Boot and its libraries (their configuration metadata).
 */
final class Settings {

    static final Path ROOT = Path.of("").toAbsolutePath();

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)[:}]");

    private static final Pattern DOCUMENTED = Pattern.compile("`([A-Z][A-Z0-9_]*)[`=]");

    private final Set<String> named = new HashSet<>();

    private final Set<String> properties = new HashSet<>();

    private final Map<String, Object> applicationYaml;

    Settings() {
        String yaml = read(ROOT.resolve("src/main/resources/application.yml"));
        this.applicationYaml = new Yaml().load(yaml);
        collect(PLACEHOLDER.matcher(yaml));
        String readme = read(ROOT.resolve("README.md"));
        int table = readme.indexOf("## Configuration");
        int end = readme.indexOf("\n## ", table + 1);
        for (String line : readme.substring(table, end).split("\n")) {
            if (line.startsWith("| `")) {
                collect(DOCUMENTED.matcher(line.substring(0, line.indexOf(" |", 2))));
            }
        }
        try {
            Enumeration<URL> metadata = getClass().getClassLoader()
                .getResources("META-INF/spring-configuration-metadata.json");
            JsonMapper json = JsonMapper.builder().build();
            while (metadata.hasMoreElements()) {
                try (InputStream in = metadata.nextElement().openStream()) {
                    for (JsonNode property : json.readTree(in).path("properties")) {
                        this.properties.add(property.path("name").asString());
                    }
                }
            }
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private void collect(Matcher matcher) {
        while (matcher.find()) {
            this.named.add(matcher.group(1));
        }
    }

    /**
     * Whether the application reads this environment variable: application.yml or the
     * README names it, or it is a Spring Boot property's environment form (dots and
     * dashes as underscores, or dashes dropped).
     */
    boolean reads(String variable) {
        if (this.named.contains(variable)) {
            return true;
        }
        for (String property : this.properties) {
            String upper = property.toUpperCase(Locale.ROOT).replace('.', '_');
            if (upper.replace('-', '_').equals(variable) || upper.replace("-", "").equals(variable)) {
                return true;
            }
        }
        return false;
    }

    Set<String> named() {
        return this.named;
    }

    /** A value of application.yml by its dotted path (keys as written there). */
    Object yaml(String path) {
        Object node = this.applicationYaml;
        for (String key : path.split("\\.")) {
            node = ((Map<?, ?>) node).get(key);
        }
        return node;
    }

    /** The default of {@code server.port} ({@code ${SERVER_PORT:8080}}). */
    int serverPort() {
        String port = String.valueOf(yaml("server.port"));
        Matcher placeholder = Pattern.compile("\\$\\{[A-Z_]+:(\\d+)}").matcher(port);
        return Integer.parseInt(placeholder.matches() ? placeholder.group(1) : port);
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

}
