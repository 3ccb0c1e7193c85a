package dev.faibric.export;

import dev.faibric.deploy.BrowserFiles;
import dev.faibric.project.SourceFile;
import dev.faibric.servercode.ServerCode;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * What an exported project is made from: one version of an app and what it runs with on
 * Faibric, never a secret's value.
 *
 * @param slug the app's name, also the npm package's
 * @param title the page's title
 * @param number the version
 * @param files the version's files, by their paths in the app
 * @param schema the version's data model as pretty JSON, null for an app without one
 * @param appUrl where the app is served ({@code http://<slug>.<apps domain>:<port>/})
 * @param variables the app's public variables
 * @param secretNames the names of the owner's secrets its server code reads
 * @param rootExport how the root module exports the app: {@code default} or {@code App}
 */
record ExportedVersion(String slug, String title, int number, List<SourceFile> files, @Nullable String schema,
        String appUrl, Map<String, String> variables, List<String> secretNames, String rootExport) {

    private static final Pattern RECHARTS_IMPORT = Pattern.compile("(?:from|import)\\s*\\(?\\s*[\"']recharts[\"']");

    private static final Pattern DATA_IMPORT = Pattern.compile("(?:from|import)\\s*\\(?\\s*[\"']faibric/data[\"']");

    ExportedVersion {
        files = List.copyOf(files);
        variables = Map.copyOf(variables);
        secretNames = List.copyOf(secretNames);
    }

    /**
     * Whether the pages keep data through Faibric's data API: the version has a data
     * model, or a page imports {@code faibric/data}.
     */
    boolean dataBacked() {
        return schema != null || files.stream()
            .filter(f -> !f.isServer() && f.isModule())
            .anyMatch(f -> DATA_IMPORT.matcher(f.content()).find());
    }

    /**
     * Whether the pages are styled with Tailwind CSS, as Faibric decides it for the app's
     * page ({@link BrowserFiles#usesTailwind}).
     */
    boolean usesTailwind() {
        return BrowserFiles.usesTailwind(files);
    }

    /** Whether a page imports recharts, whose build is one large chunk. */
    boolean importsRecharts() {
        return files.stream()
            .filter(f -> !f.isServer() && f.isModule())
            .anyMatch(f -> RECHARTS_IMPORT.matcher(f.content()).find());
    }

    /** Whether the app has server code ({@code server/}). */
    boolean hasServer() {
        return ServerCode.present(files);
    }

    /** Whether the version has page modules in {@code .js}, where apps may write JSX. */
    boolean hasJsModules() {
        return files.stream().anyMatch(f -> !f.isServer() && f.path().endsWith(".js"));
    }

    /** The app's origin, {@code http://<slug>.<apps domain>:<port>}. */
    String appOrigin() {
        URI uri = URI.create(appUrl);
        return uri.getScheme() + "://" + uri.getRawAuthority();
    }

    /**
     * Where the app's server code reaches the data API: the app's own origin, or for an
     * app under {@code localhost} (which Node does not always resolve) the same port on
     * 127.0.0.1, the address Faibric's own containers use; the requests name the app's
     * host.
     */
    String dataUrl() {
        URI uri = URI.create(appUrl);
        String host = uri.getHost();
        if (host.equals("localhost") || host.endsWith(".localhost")) {
            return uri.getScheme() + "://127.0.0.1" + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
        }
        return appOrigin();
    }

    /** The app's host name, as its requests name it (without the port). */
    String appHost() {
        return URI.create(appUrl).getHost();
    }

}
