package dev.faibric.hosting;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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

}
