package dev.faibric.dataapi;

import dev.faibric.datastore.Row;
import dev.faibric.datastore.RowPage;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Rows as the data API writes them: {@code id}, {@code createdAt}, {@code updatedAt},
 * {@code owner} and {@code ownerName} (the name the owner shows, looked up once per
 * page), then every field in the schema's order, absent values as null, date-times as
 * ISO-8601 UTC, whole numbers without a fraction.
 */
@Component
class RowJson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final DataUsers users;

    RowJson(DataUsers users) {
        this.users = users;
    }

    ObjectNode row(long projectId, Row row) {
        return write(row, names(projectId, List.of(row)));
    }

    /**
     * A page: {@code items}, {@code total}, {@code limit}, {@code offset},
     * {@code nextCursor}.
     */
    ObjectNode page(long projectId, RowPage page) {
        ObjectNode node = NODES.objectNode();
        node.set("items", rows(projectId, page.items()));
        node.put("total", page.total());
        node.put("limit", page.limit());
        node.put("offset", page.offset());
        node.put("nextCursor", page.nextCursor());
        return node;
    }

    ArrayNode rows(long projectId, List<Row> rows) {
        Map<Long, String> names = names(projectId, rows);
        ArrayNode items = NODES.arrayNode();
        rows.forEach(row -> items.add(write(row, names)));
        return items;
    }

    private Map<Long, String> names(long projectId, List<Row> rows) {
        return this.users.names(projectId, rows.stream().map(Row::owner).filter(Objects::nonNull).distinct().toList());
    }

    private static ObjectNode write(Row row, Map<Long, String> names) {
        ObjectNode node = NODES.objectNode();
        node.put("id", row.id());
        node.put("createdAt", row.createdAt().toString());
        node.put("updatedAt", row.updatedAt().toString());
        node.put("owner", row.owner());
        node.put("ownerName", (row.owner() == null) ? null : names.get(row.owner()));
        row.values().forEach((field, value) -> node.set(field, value(value)));
        return node;
    }

    static JsonNode value(@Nullable Object value) {
        return switch (value) {
            case null -> NODES.nullNode();
            case Double number when number == Math.rint(number) && Math.abs(number) < 1e15 ->
                NODES.numberNode(number.longValue());
            case Double number -> NODES.numberNode(number);
            case Long whole -> NODES.numberNode(whole);
            case Boolean flag -> NODES.booleanNode(flag);
            case Instant instant -> NODES.stringNode(instant.toString());
            default -> NODES.stringNode(value.toString());
        };
    }

}
