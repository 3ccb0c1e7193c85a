package dev.faibric.library;

import dev.faibric.account.CurrentAccount;
import dev.faibric.project.SourceFile;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code POST /api/repository/import} with a zip of an existing React project or
 * component folder
 * ({@code zip -r - . | curl --data-binary @- -H 'Content-Type: application/zip' ...}):
 * the seed's "extract reusable components to library". Its components are validated like
 * generated code.
 */
@RestController
class ImportController {

    static final int MAX_ZIP_BYTES = 5 * 1024 * 1024;
    static final int MAX_ENTRIES = 2000;

    private final LibraryLearning library;

    private final CurrentAccount account;

    ImportController(LibraryLearning library, CurrentAccount account) {
        this.library = library;
        this.account = account;
    }

    @PostMapping(path = { "/api/repository/import", "/api/repository/import/" },
            consumes = { "application/zip", "application/x-zip-compressed", "application/octet-stream" })
    LibraryLearning.ImportReport importZip(@RequestBody byte[] zip,
            @RequestParam(defaultValue = "an uploaded project") String source) {
        if (zip.length == 0) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
                    "The request body is empty: send a zip of the project.");
        }
        return library.importComponents(unzip(zip), source.length() > 100 ? source.substring(0, 100) : source,
                LibrarySearch.Reader.of(account.get()));
    }

    static List<SourceFile> unzip(byte[] zip) {
        List<SourceFile> files = new ArrayList<>();
        long total = 0;
        int entries = 0;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                if (++entries > MAX_ENTRIES) {
                    throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
                            "The zip has more than " + MAX_ENTRIES + " entries.");
                }
                String path = entry.getName().replace('\\', '/').replaceFirst("^\\./", "");
                if (entry.isDirectory() || !(path.endsWith(".tsx") || path.endsWith(".jsx")) || skipped(path)) {
                    continue;
                }
                byte[] content = in.readNBytes(SourceFile.MAX_CONTENT_CHARS + 1);
                total += content.length;
                if (total > MAX_ZIP_BYTES) {
                    throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
                            "The zip's source files are larger than 5 MB.");
                }
                files.add(new SourceFile(path, new String(content, StandardCharsets.UTF_8)));
            }
        }
        catch (IOException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
                    "The request body is not a readable zip: " + e.getMessage());
        }
        if (entries == 0) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
                    "The request body is not a zip (no entries found).");
        }
        return files;
    }

    private static boolean skipped(String path) {
        return path.contains("node_modules/") || path.startsWith("dist/") || path.contains("/dist/")
                || path.startsWith(".") || path.contains("/.") || path.contains(".test.") || path.contains(".spec.")
                || path.contains(".stories.");
    }

}
