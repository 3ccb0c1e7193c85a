package dev.faibric.data;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Who may do each action on a collection's rows. Defaults: anyone may list and read,
 * signed-in people may create, owners may update and delete. {@link Rule#OWNER} for list
 * or read means a person sees only their own rows; it is refused for create, since nobody
 * owns a row before it exists.
 *
 * @param list who may list rows
 * @param read who may read one row
 * @param create who may create a row
 * @param update who may change a row
 * @param delete who may delete a row
 */
public record Access(Rule list, Rule read, Rule create, Rule update, Rule delete) {

    /** The actions, in the order they are written. */
    public static final List<String> ACTIONS = List.of("list", "read", "create", "update", "delete");

    public static final Access DEFAULT = new Access(Rule.PUBLIC, Rule.PUBLIC, Rule.SIGNED_IN, Rule.OWNER, Rule.OWNER);

    public Rule rule(String action) {
        return switch (action) {
            case "list" -> this.list;
            case "read" -> this.read;
            case "create" -> this.create;
            case "update" -> this.update;
            case "delete" -> this.delete;
            default -> throw new IllegalArgumentException("no action " + action);
        };
    }

    Access with(String action, Rule rule) {
        return new Access(action.equals("list") ? rule : this.list, action.equals("read") ? rule : this.read,
                action.equals("create") ? rule : this.create, action.equals("update") ? rule : this.update,
                action.equals("delete") ? rule : this.delete);
    }

    /** Who is allowed. */
    public enum Rule {

        /** Anyone, signed in or not. */
        PUBLIC("public"),

        /** Any signed-in person. */
        SIGNED_IN("signed-in"),

        /** The person who created the row. */
        OWNER("owner"),

        /** The app's administrators. */
        ADMIN("admin");

        private final String json;

        Rule(String json) {
            this.json = json;
        }

        public String json() {
            return this.json;
        }

        public static Optional<Rule> fromJson(String name) {
            return Arrays.stream(values()).filter(r -> r.json.equals(name)).findFirst();
        }

    }

}
