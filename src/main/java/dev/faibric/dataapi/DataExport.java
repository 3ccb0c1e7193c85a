package dev.faibric.dataapi;

import dev.faibric.data.Collection;
import dev.faibric.data.Field;
import dev.faibric.datastore.AppDataStore;
import dev.faibric.datastore.RowPage;
import dev.faibric.datastore.RowQuery;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A collection's rows written out for its owner, a page at a time in the order they were
 * made: as a JSON array of the API's rows, or as CSV (RFC 4180: commas, CRLF, fields
 * quoted when they hold a comma, a quote or a line break, quotes doubled) with a header
 * row. A text cell that a spreadsheet would take for a formula (starting with {@code =},
 * {@code +}, {@code -}, {@code @}, a tab or a carriage return) gets a leading {@code '}.
 */
@Component
class DataExport {

    private static final List<RowQuery.SortKey> OLDEST_FIRST = List.of(new RowQuery.SortKey("id", false));

    private final AppDataStore store;

    private final RowJson json;

    DataExport(AppDataStore store, RowJson json) {
        this.store = store;
        this.json = json;
    }

    void json(long projectId, Collection collection, OutputStream out) throws IOException {
        Writer writer = new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('[');
        boolean[] first = { true };
        pages(projectId, collection, page -> page.forEach(row -> {
            write(writer, (first[0] ? "\n" : ",\n") + row.toString());
            first[0] = false;
        }));
        writer.write("\n]\n");
        writer.flush();
    }

    void csv(long projectId, Collection collection, OutputStream out) throws IOException {
        Writer writer = new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8);
        List<String> header = new ArrayList<>(List.of("id", "createdAt", "updatedAt", "owner", "ownerName"));
        collection.fields().stream().map(Field::name).forEach(header::add);
        writer.write(line(header.stream().map(DataExport::quoted).toList()));
        pages(projectId, collection, page -> page
            .forEach(row -> write(writer, line(header.stream().map(name -> cell(row.get(name))).toList()))));
        writer.flush();
    }

    private interface Pages {

        void accept(List<ObjectNode> rows);

    }

    private void pages(long projectId, Collection collection, Pages pages) {
        @Nullable String cursor = null;
        do {
            RowPage page = this.store.list(projectId, collection.name(),
                    new RowQuery(List.of(), OLDEST_FIRST, RowQuery.MAX_LIMIT, 0, cursor, null));
            List<ObjectNode> rows = new ArrayList<>();
            this.json.rows(projectId, page.items()).forEach(row -> rows.add((ObjectNode) row));
            pages.accept(rows);
            cursor = page.nextCursor();
        }
        while (cursor != null);
    }

    private static void write(Writer writer, String text) {
        try {
            writer.write(text);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String line(List<String> cells) {
        return String.join(",", cells) + "\r\n";
    }

    /** A value as a CSV cell: text defused and quoted, numbers and flags as they are. */
    static String cell(@Nullable JsonNode value) {
        if (value == null || value.isNull()) {
            return "";
        }
        if (!value.isString()) {
            return value.toString();
        }
        String text = value.stringValue();
        boolean formula = !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0;
        return quoted(formula ? "'" + text : text);
    }

    static String quoted(String text) {
        boolean plain = text.chars().noneMatch(c -> c == ',' || c == '"' || c == '\r' || c == '\n');
        return plain ? text : "\"" + text.replace("\"", "\"\"") + "\"";
    }

}
