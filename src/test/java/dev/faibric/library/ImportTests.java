package dev.faibric.library;

import static org.assertj.core.api.Assertions.assertThat;

import dev.faibric.support.IntegrationTest;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An existing React project's components come into the library, validated like generated
 * code.
 */
public class ImportTests extends IntegrationTest {

    public static byte[] zip(Map<String, String> files) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (var file : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(file.getKey()));
                zip.write(file.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    private HttpResponse<String> upload(byte[] body) throws Exception {
        return HttpClient.newHttpClient()
            .send(HttpRequest.newBuilder(URI.create(baseUrl() + "/api/repository/import?source=acme-site"))
                .header("Content-Type", "application/zip")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void standaloneComponentsAreImportedAndTheRestIsRefusedWithReasons() throws Exception {
        byte[] project = zip(Map.of("src/components/CookieBanner.tsx",
                """
                        import { useState } from 'react';
                        export default function CookieBanner({ text = 'We use cookies to remember your cart.' }: { text?: string }) {
                          const [open, setOpen] = useState(true);
                          if (!open) return null;
                          return <div role="dialog" style={{ position: 'fixed', bottom: 16, left: 16, right: 16, padding: 16,
                            background: '#111827', color: 'white', borderRadius: 12 }}>{text}
                            <button onClick={() => setOpen(false)} style={{ marginLeft: 12 }}>OK</button></div>;
                        }
                        """,
                "src/components/Broken.tsx", "export default function Broken() { return <div>; }\n",
                "src/components/UsesAxios.tsx",
                "import axios from 'axios';\nexport default function X() { return null; }\n",
                "node_modules/lib/Thing.tsx", "export default 1;\n", "src/styles.css", "body { margin: 0 }\n"));

        HttpResponse<String> response = upload(project);

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode report = JsonMapper.builder().build().readTree(response.body());
        assertThat(report.path("added").get(0).asString()).isEqualTo("src/components/CookieBanner.tsx");
        assertThat(report.path("rejected")).hasSize(2);
        assertThat(report.path("rejected").toString()).contains("Broken.tsx").contains("axios");
        JsonNode hit = api().get("/api/repository/search/?q=cookie+consent+banner&kind=component&limit=1")
            .json()
            .path("results")
            .get(0);
        assertThat(hit.path("name").asString()).isEqualTo("Cookie Banner");

        JsonNode again = JsonMapper.builder().build().readTree(upload(project).body());
        assertThat(again.path("merged").get(0).asString()).isEqualTo("src/components/CookieBanner.tsx");
    }

    @Test
    void somethingThatIsNotAZipIsA400() throws Exception {
        HttpResponse<String> response = upload("definitely not a zip".getBytes(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("not a zip");
    }

}
