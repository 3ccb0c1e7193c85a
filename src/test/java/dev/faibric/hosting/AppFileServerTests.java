package dev.faibric.hosting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mock.web.MockHttpServletRequest;

class AppFileServerTests {

    @TempDir
    Path root;

    @Test
    void resolvesPagesModulesAndIndexFilesAndNothingOutsideTheVersion() throws Exception {
        Path version = Files.createDirectories(root.resolve("app/v1"));
        Files.writeString(version.resolve("index.html"), "<html>");
        Files.createDirectories(version.resolve("components/chart"));
        Files.writeString(version.resolve("components/Hero.js"), "x");
        Files.writeString(version.resolve("components/chart/index.js"), "y");
        Files.writeString(root.resolve("secret.js"), "s");

        assertThat(AppFileServer.resolve(version, "")).contains(version.resolve("index.html"));
        assertThat(AppFileServer.resolve(version, "components/Hero")).contains(version.resolve("components/Hero.js"));
        assertThat(AppFileServer.resolve(version, "components/Hero.tsx"))
            .contains(version.resolve("components/Hero.js"));
        assertThat(AppFileServer.resolve(version, "components/chart"))
            .contains(version.resolve("components/chart/index.js"));
        assertThat(AppFileServer.resolve(version, "../../secret.js")).isEmpty();
        assertThat(AppFileServer.resolve(version, "..\\..\\secret.js")).isEmpty();
        assertThat(AppFileServer.resolve(version, "missing")).isEmpty();
    }

    @Test
    void aFilesEtagChangesWithItsVersionDirectoryAndModificationTimeButNotBetweenRequests() throws Exception {
        Path v1 = Files.createDirectories(root.resolve("app/v1"));
        Path v2 = Files.createDirectories(root.resolve("app/v2"));
        Path first = Files.writeString(v1.resolve("App.js"), "export default 1;");
        Path second = Files.writeString(v2.resolve("App.js"), "export default 1;");
        FileTime time = FileTime.from(Instant.parse("2026-01-01T00:00:00Z"));
        Files.setLastModifiedTime(first, time);
        Files.setLastModifiedTime(second, time);

        String tag = AppFileServer.etag(v1, first, attributes(first));
        assertThat(tag).startsWith("\"v1-").endsWith("\"");
        assertThat(AppFileServer.etag(v1, first, attributes(first))).isEqualTo(tag);
        assertThat(AppFileServer.etag(v2, second, attributes(second))).startsWith("\"v2-").isNotEqualTo(tag);

        Files.setLastModifiedTime(first, FileTime.from(time.toInstant().plusMillis(1)));
        assertThat(AppFileServer.etag(v1, first, attributes(first))).isNotEqualTo(tag);
    }

    @Test
    void runtimeFilesAreSentGzippedToBrowsersThatAcceptItWithTheirOwnValidator() throws Exception {
        byte[] module = "export const x = 1;\n".repeat(200).getBytes(StandardCharsets.UTF_8);
        AppRuntime.RuntimeFile file = AppRuntime.RuntimeFile.of(new ByteArrayResource(module));

        assertThat(file.gzipped().length).isLessThan(module.length / 10);
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(file.gzipped()))) {
            assertThat(in.readAllBytes()).isEqualTo(module);
        }
        assertThat(file.gzipEtag()).endsWith("-gzip\"").isNotEqualTo(file.etag());

        for (String accepts : new String[] { "gzip, deflate, br", "br;q=1.0, GZIP;q=0.5" }) {
            MockHttpServletRequest request = new MockHttpServletRequest();
            request.addHeader("Accept-Encoding", accepts);
            assertThat(AppFileServer.acceptsGzip(request)).as(accepts).isTrue();
        }
        for (String refuses : new String[] { "br", "gzip;q=0", "identity" }) {
            MockHttpServletRequest request = new MockHttpServletRequest();
            request.addHeader("Accept-Encoding", refuses);
            assertThat(AppFileServer.acceptsGzip(request)).as(refuses).isFalse();
        }
        assertThat(AppFileServer.acceptsGzip(new MockHttpServletRequest())).isFalse();
    }

    private static BasicFileAttributes attributes(Path file) throws Exception {
        return Files.readAttributes(file, BasicFileAttributes.class);
    }

}
