package dev.faibric.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Files as a zip, all in one folder, each dated when the version was made (not when it
 * was downloaded).
 */
final class ZipArchive {

    private ZipArchive() {
    }

    static byte[] zip(String folder, Map<String, String> files, Instant time) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        FileTime modified = FileTime.from(time);
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            for (Map.Entry<String, String> file : files.entrySet()) {
                ZipEntry entry = new ZipEntry(folder + "/" + file.getKey());
                entry.setLastModifiedTime(modified);
                zip.putNextEntry(entry);
                zip.write(file.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

}
