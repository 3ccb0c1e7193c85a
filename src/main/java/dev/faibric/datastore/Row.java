package dev.faibric.datastore;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One stored row of a collection.
 *
 * @param id its id, unique in the collection
 * @param createdAt when it was created
 * @param updatedAt when it last changed
 * @param owner the app user who created it, or null when nobody was signed in
 * @param values the value of every field of the collection, in the schema's order:
 * {@code String} (text, long text, enum, URL), {@code Double}, {@code Boolean},
 * {@code Instant} (date-time) or {@code Long} (reference), null when absent
 */
public record Row(long id, Instant createdAt, Instant updatedAt, @Nullable Long owner,
        Map<String, @Nullable Object> values) {

    public Row {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

}
