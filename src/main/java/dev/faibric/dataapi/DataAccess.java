package dev.faibric.dataapi;

import dev.faibric.appauth.AppUser;
import dev.faibric.data.Access;
import dev.faibric.data.Collection;
import dev.faibric.data.Field;
import dev.faibric.data.Outcome;
import dev.faibric.datastore.Row;
import dev.faibric.datastore.RowQuery;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;
import tools.jackson.databind.JsonNode;

/**
 * Who may do what to a collection's rows, as its schema says: {@code public} anyone,
 * {@code signed-in} any user of the app, {@code owner} the user who created the row,
 * {@code owner of <field>} the user who created the row that reference field points to,
 * {@code admin} the app's admin, who may do everything; a rule of several grants lets in
 * whoever any one of them lets in. Nobody signed in where someone must be is 401; someone
 * not allowed is 403.
 *
 * @param collection the collection
 * @param user who is signed in to the app, if anyone
 * @param rows reads a row of the app, for the rows reference fields point to
 */
record DataAccess(Collection collection, Optional<AppUser> user, Rows rows) {

    /** Reads one row of the app's collection, if there is one. */
    interface Rows {

        Optional<Row> get(String collection, long id);

    }

    private boolean admin() {
        return this.user.map(AppUser::admin).orElse(false);
    }

    /** Whether the action's rule lets the asker in whatever the row. */
    private boolean everyRow(Access.Rule rule) {
        return admin() || rule.anyone() || (rule.anySignedIn() && this.user.isPresent());
    }

    /**
     * Refuses the action when the rule allows it to nobody like the asker; for
     * {@code owner} and {@code owner of}, the rows themselves are checked with
     * {@link #allowRow}, {@link #allowWrite} or {@link #reach}.
     */
    void require(String action) {
        Access.Rule rule = this.collection.access().rule(action);
        if (rule.anyone() || admin()) {
            return;
        }
        if (this.user.isEmpty()) {
            throw new ResponseStatusException(HttpStatus.UNAUTHORIZED,
                    "Sign in to " + verb(action) + " " + this.collection.name() + ".");
        }
        if (rule.adminOnly()) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN,
                    "Only the app's admin may " + verb(action) + " " + this.collection.name() + ".");
        }
    }

    /**
     * The rows a list may show the asker, when the rule does not let them see every row:
     * their own for {@code owner}, those pointing to rows they own for {@code owner of}.
     */
    Optional<RowQuery.Reach> reach() {
        Access.Rule rule = this.collection.access().list();
        if (everyRow(rule)) {
            return Optional.empty();
        }
        return Optional
            .of(new RowQuery.Reach(this.user.orElseThrow().id(), rule.allows(Access.Kind.OWNER), rule.ownerOf()));
    }

    /**
     * Refuses reading, changing or deleting a row the rule does not let the asker reach.
     */
    void allowRow(String action, Row row) {
        Access.Rule rule = this.collection.access().rule(action);
        if (!everyRow(rule) && !reaches(rule, row.owner(), row.values())) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN,
                    "Only " + who(rule) + " may " + (action.equals("update") ? "change" : action) + " it.");
        }
    }

    /**
     * Refuses creating a row, or changing one, so that it points away from every row the
     * asker owns when that is what lets them write it: with create {@code owner of job},
     * only the owner of the job given may add a row for it. A body that does not fit the
     * schema is left to the store, which refuses it.
     * @param before the row as it is, or null to create one
     */
    void allowWrite(String action, @Nullable Row before, JsonNode body) {
        Access.Rule rule = this.collection.access().rule(action);
        if (everyRow(rule) || rule.ownerOf().isEmpty()) {
            return;
        }
        Outcome<Map<String, @Nullable Object>> outcome = this.collection.validateWrite(body, before != null);
        if (!outcome.ok()) {
            return;
        }
        Map<String, @Nullable Object> after = new LinkedHashMap<>();
        if (before != null) {
            if (rule.ownerOf().stream().noneMatch(outcome.orThrow()::containsKey)) {
                return;
            }
            after.putAll(before.values());
        }
        after.putAll(outcome.orThrow());
        if (before == null && pointsNowhere(rule, after)) {
            return;
        }
        if (!reaches(rule, (before == null) ? null : before.owner(), after)) {
            List<String> fields = rule.ownerOf().stream().map(f -> f + " must point to a row you own").toList();
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "To " + verb(action) + " " + this.collection.name()
                    + " this way, " + String.join(", or ", fields) + ".");
        }
    }

    /** Whether a row with this owner and these values is the asker's to reach. */
    private boolean reaches(Access.Rule rule, @Nullable Long owner, Map<String, @Nullable Object> values) {
        long asker = this.user.orElseThrow().id();
        if (rule.allows(Access.Kind.OWNER) && Objects.equals(owner, asker)) {
            return true;
        }
        return rule.ownerOf()
            .stream()
            .anyMatch(name -> referenced(name, values).map(r -> Objects.equals(r.owner(), asker)).orElse(false));
    }

    /**
     * Whether a row to be created names a row that does not exist, which the store
     * refuses with its own message.
     */
    private boolean pointsNowhere(Access.Rule rule, Map<String, @Nullable Object> values) {
        return rule.ownerOf().stream().anyMatch(name -> values.get(name) != null && referenced(name, values).isEmpty());
    }

    private Optional<Row> referenced(String name, Map<String, @Nullable Object> values) {
        @Nullable String target = this.collection.field(name).map(Field::collection).orElse(null);
        return (target != null && values.get(name) instanceof Long id) ? this.rows.get(target, id) : Optional.empty();
    }

    /** Who a rule lets reach a row, in words: the person who created this row or ... */
    private static String who(Access.Rule rule) {
        List<String> who = new ArrayList<>();
        if (rule.allows(Access.Kind.OWNER)) {
            who.add("the person who created this row");
        }
        rule.ownerOf().forEach(field -> who.add("the owner of the " + field + " it points to"));
        return String.join(" or ", who);
    }

    private static String verb(String action) {
        return switch (action) {
            case "create" -> "add to";
            case "update" -> "change rows of";
            case "delete" -> "delete rows of";
            default -> action;
        };
    }

}
