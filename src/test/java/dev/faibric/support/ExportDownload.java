package dev.faibric.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * A version's export as a client downloads it: the HTTP answer and the zip's files, by
 * their path inside the zip's one folder.
 */
public record ExportDownload(int status, String contentType, String disposition, String folder,
        Map<String, String> files, String body) {

    public static ExportDownload of(String baseUrl, long id, int number, String suffix) {
        return of(baseUrl, "/api/projects/" + id + "/versions/" + number + "/export" + suffix);
    }

    public static ExportDownload of(String baseUrl, String path) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + path))
            .timeout(Duration.ofSeconds(20))
            .build();
        try {
            HttpResponse<byte[]> response = HttpClient.newHttpClient()
                .send(request, HttpResponse.BodyHandlers.ofByteArray());
            String type = response.headers().firstValue("Content-Type").orElse("");
            String disposition = response.headers().firstValue("Content-Disposition").orElse("");
            if (response.statusCode() != 200) {
                return new ExportDownload(response.statusCode(), type, disposition, "", Map.of(),
                        new String(response.body(), StandardCharsets.UTF_8));
            }
            Map<String, String> files = new LinkedHashMap<>();
            String folder = null;
            try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(response.body()))) {
                for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                    String name = entry.getName();
                    int slash = name.indexOf('/');
                    assertThat(slash).as(name + " is inside the zip's folder").isPositive();
                    assertThat(folder == null || folder.equals(name.substring(0, slash))).as(name).isTrue();
                    folder = name.substring(0, slash);
                    files.put(name.substring(slash + 1), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
            return new ExportDownload(200, type, disposition, folder == null ? "" : folder, files, "");
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Writes the files under {@code directory}, as unzipping would. */
    public void unzipTo(Path directory) throws IOException {
        for (Map.Entry<String, String> file : files.entrySet()) {
            Path target = directory.resolve(file.getKey()).normalize();
            assertThat(target.startsWith(directory)).as(file.getKey()).isTrue();
            Files.createDirectories(target.getParent());
            Files.writeString(target, file.getValue());
        }
    }

}
