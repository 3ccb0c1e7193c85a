package dev.faibric.dataapi;

import dev.faibric.datastore.RowQuery;
import dev.faibric.datastore.RowQuery.Filter;
import dev.faibric.datastore.RowQuery.Operator;
import dev.faibric.datastore.RowQuery.SortKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.util.MultiValueMap;
import org.springframework.web.server.ResponseStatusException;

/**
 * A list's query string read into a {@link RowQuery}: {@code <field>=v} and
 * {@code <field>[op]=v} filters, {@code sort}, {@code limit}, {@code offset},
 * {@code cursor} and {@code owner=me}. The shape is checked here (400 naming the
 * parameter); the names and values against the collection by the store. A field named
 * like one of the parameters is filtered with {@code [eq]}.
 */
final class ListParameters {

    static final int MAX_OFFSET = 1_000_000;

    private static final Pattern FILTER = Pattern.compile("([a-zA-Z][a-zA-Z0-9_]{0,39})(?:\\[([a-z]{1,10})])?");

    private static final Pattern WHOLE = Pattern.compile("0|[1-9][0-9]{0,8}");

    private static final List<String> RESERVED = List.of("sort", "limit", "offset", "cursor", "owner");

    private ListParameters() {
    }

    /**
     * The query, and whether {@code owner=me} asked for the asker's own rows (which the
     * caller resolves, since it knows who is asking).
     */
    record Parsed(RowQuery query, boolean mine) {

    }

    static Parsed parse(MultiValueMap<String, String> parameters) {
        List<Filter> filters = new ArrayList<>();
        for (Map.Entry<String, List<String>> entry : parameters.entrySet()) {
            String name = entry.getKey();
            if (RESERVED.contains(name)) {
                if (entry.getValue().size() > 1) {
                    throw bad("Send " + name + " once.");
                }
                continue;
            }
            Matcher matcher = FILTER.matcher(name);
            if (!matcher.matches()) {
                throw bad("Unknown parameter \"" + shown(name) + "\"; filter with <field>=value or <field>[op]=value,"
                        + " and use sort, limit, offset, cursor and owner=me.");
            }
            @Nullable String op = matcher.group(2);
            Operator operator = (op == null) ? Operator.EQ
                    : Operator.fromWire(op)
                        .orElseThrow(() -> bad("Unknown operator \"" + op + "\" in " + shown(name)
                                + "; use eq, ne, gt, gte, lt, lte, contains or in."));
            entry.getValue().forEach(value -> filters.add(new Filter(matcher.group(1), operator, value)));
        }
        @Nullable String owner = parameters.getFirst("owner");
        if (owner != null && !owner.equals("me")) {
            throw bad("owner can only be \"me\" (the rows of whoever is signed in).");
        }
        int limit = number(parameters.getFirst("limit"), "limit", 1, RowQuery.MAX_LIMIT, RowQuery.DEFAULT_LIMIT);
        int offset = number(parameters.getFirst("offset"), "offset", 0, MAX_OFFSET, 0);
        RowQuery query = new RowQuery(filters, sort(parameters.getFirst("sort")), limit, offset,
                parameters.getFirst("cursor"), null);
        return new Parsed(query, owner != null);
    }

    private static List<SortKey> sort(@Nullable String sort) {
        List<SortKey> keys = new ArrayList<>();
        if (sort == null) {
            return keys;
        }
        for (String key : sort.split(",", -1)) {
            boolean descending = key.startsWith("-");
            String field = descending ? key.substring(1) : key;
            if (!FILTER.matcher(field).matches() || field.contains("[")) {
                throw bad("sort is a list of up to " + RowQuery.MAX_SORT_KEYS
                        + " field names separated by commas, each with - in front for descending, e.g. sort=-votes,createdAt.");
            }
            keys.add(new SortKey(field, descending));
        }
        return keys;
    }

    /** Pages are bounded: a limit or offset out of range is a 400, not clamped. */
    static int number(@Nullable String text, String name, int least, int most, int fallback) {
        if (text == null) {
            return fallback;
        }
        if (!WHOLE.matcher(text).matches() || Integer.parseInt(text) < least || Integer.parseInt(text) > most) {
            throw bad(name + " must be a whole number from " + least + " to " + most + ".");
        }
        return Integer.parseInt(text);
    }

    /** A name a client sent, as a message quotes it: short, printable ASCII. */
    static String shown(String text) {
        String printable = text.replaceAll("[^\\x20-\\x7e]", "?");
        return (printable.length() > 60) ? printable.substring(0, 60) + "…" : printable;
    }

    static ResponseStatusException bad(String detail) {
        return new ResponseStatusException(HttpStatus.BAD_REQUEST, detail);
    }

}
