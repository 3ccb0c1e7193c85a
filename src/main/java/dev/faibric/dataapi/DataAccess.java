package dev.faibric.dataapi;

import dev.faibric.appauth.AppUser;
import dev.faibric.data.Access;
import dev.faibric.data.Collection;
import dev.faibric.datastore.Row;
import java.util.Objects;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * Who may do what to a collection's rows, as its schema says: {@code public} anyone,
 * {@code signed-in} any user of the app, {@code owner} the user who created the row,
 * {@code admin} the app's admin, who may do everything. Nobody signed in where someone
 * must be is 401; someone not allowed is 403.
 *
 * @param collection the collection
 * @param user who is signed in to the app, if anyone
 */
record DataAccess(Collection collection, Optional<AppUser> user) {

    private boolean admin() {
        return this.user.map(AppUser::admin).orElse(false);
    }

    /**
     * Refuses the action when the rule allows it to nobody like the asker; for
     * {@code owner}, the rows themselves are checked with {@link #ownRow} or
     * {@link #listsOnlyOwn}.
     */
    void require(String action) {
        Access.Rule rule = this.collection.access().rule(action);
        if (rule == Access.Rule.PUBLIC || admin()) {
            return;
        }
        if (this.user.isEmpty()) {
            throw new ResponseStatusException(HttpStatus.UNAUTHORIZED,
                    "Sign in to " + verb(action) + " " + this.collection.name() + ".");
        }
        if (rule == Access.Rule.ADMIN) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN,
                    "Only the app's admin may " + verb(action) + " " + this.collection.name() + ".");
        }
    }

    /** Whether a list shows only the asker's own rows. */
    boolean listsOnlyOwn() {
        return this.collection.access().list() == Access.Rule.OWNER && !admin();
    }

    /**
     * Refuses reading, changing or deleting another person's row where only owners may.
     */
    void ownRow(String action, Row row) {
        if (this.collection.access().rule(action) != Access.Rule.OWNER || admin()) {
            return;
        }
        long asker = this.user.orElseThrow().id();
        if (!Objects.equals(row.owner(), asker)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Only the person who created this row may "
                    + (action.equals("update") ? "change" : action) + " it.");
        }
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
