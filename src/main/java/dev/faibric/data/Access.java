package dev.faibric.data;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Who may do each action on a collection's rows. Defaults: anyone may list and read,
 * signed-in people may create, owners may update and delete. A rule is one grant or a
 * list of them, any one of which suffices: {@code "owner"} or
 * {@code ["owner", "owner of job"]}. {@code owner} for list or read means a person sees
 * only their own rows; it is refused for create, since nobody owns a row before it
 * exists. {@code owner of job} means the person owns the row the reference field
 * {@code job} points to; for create, the row being created must point to one they own.
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

    /** Kinds of grant. */
    public enum Kind {

        /** Anyone, signed in or not. */
        PUBLIC("public"),

        /** Any signed-in person. */
        SIGNED_IN("signed-in"),

        /** The person who created the row. */
        OWNER("owner"),

        /** The person who created the row a reference field of this row points to. */
        OWNER_OF("owner of"),

        /** The app's administrators. */
        ADMIN("admin");

        private final String json;

        Kind(String json) {
            this.json = json;
        }

        public String json() {
            return this.json;
        }

    }

    /**
     * One way to be allowed.
     *
     * @param kind who it lets in
     * @param field for {@link Kind#OWNER_OF}, the reference field; otherwise null
     */
    public record Grant(Kind kind, @Nullable String field) {

        /** The grant as a schema writes it: {@code owner}, {@code owner of job}. */
        public String json() {
            return (this.kind == Kind.OWNER_OF) ? "owner of " + this.field : this.kind.json();
        }

        /**
         * Reads a grant as written; {@code owner of <name>} is read whatever the name,
         * which the caller checks against the collection's fields.
         */
        static Optional<Grant> fromJson(String text) {
            if (text.startsWith("owner of ") && text.length() > "owner of ".length()) {
                return Optional.of(new Grant(Kind.OWNER_OF, text.substring("owner of ".length())));
            }
            return Arrays.stream(Kind.values())
                .filter(k -> k != Kind.OWNER_OF && k.json().equals(text))
                .findFirst()
                .map(k -> new Grant(k, null));
        }

    }

    /**
     * Who may do one action: any one of its grants suffices (the app's admin always may).
     *
     * @param grants at least one, in the order written
     */
    public record Rule(List<Grant> grants) {

        /** Anyone, signed in or not. */
        public static final Rule PUBLIC = of(Kind.PUBLIC);

        /** Any signed-in person. */
        public static final Rule SIGNED_IN = of(Kind.SIGNED_IN);

        /** The person who created the row. */
        public static final Rule OWNER = of(Kind.OWNER);

        /** The app's administrators. */
        public static final Rule ADMIN = of(Kind.ADMIN);

        public Rule {
            grants = List.copyOf(grants);
            if (grants.isEmpty()) {
                throw new IllegalArgumentException("a rule needs at least one grant");
            }
        }

        private static Rule of(Kind kind) {
            return new Rule(List.of(new Grant(kind, null)));
        }

        /** The person who owns the row this reference field points to. */
        public static Rule ownerOf(String field) {
            return new Rule(List.of(new Grant(Kind.OWNER_OF, field)));
        }

        public boolean allows(Kind kind) {
            return this.grants.stream().anyMatch(g -> g.kind() == kind);
        }

        /** Whether anyone may, signed in or not. */
        public boolean anyone() {
            return allows(Kind.PUBLIC);
        }

        /** Whether every signed-in person may. */
        public boolean anySignedIn() {
            return anyone() || allows(Kind.SIGNED_IN);
        }

        /** Whether only the app's admin may. */
        public boolean adminOnly() {
            return this.grants.stream().allMatch(g -> g.kind() == Kind.ADMIN);
        }

        /** The reference fields whose rows' owners may, in the order written. */
        public List<String> ownerOf() {
            return this.grants.stream().filter(g -> g.kind() == Kind.OWNER_OF).map(Grant::field).toList();
        }

        /** The rule as written in a sentence: {@code owner or owner of job}. */
        public String text() {
            return String.join(" or ", this.grants.stream().map(Grant::json).toList());
        }

    }

}
