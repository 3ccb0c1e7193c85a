package dev.faibric.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Reads a collection's {@code access}, adding a problem for each thing wrong with it: an
 * unknown action, a rule that is neither a grant nor a list of them, {@code owner of} a
 * field the collection lacks or that is no reference, and {@code owner} for create.
 */
final class AccessParser {

    static final String GRANTS = "public, signed-in, owner, admin or \"owner of <reference field>\"";

    private final String collection;

    private final List<Field> fields;

    private final java.util.Collection<String> declared;

    private final List<Problem> problems;

    private AccessParser(String collection, List<Field> fields, java.util.Collection<String> declared,
            List<Problem> problems) {
        this.collection = collection;
        this.fields = fields;
        this.declared = declared;
        this.problems = problems;
    }

    /**
     * The access of a collection, the defaults for whatever it leaves out or gets wrong.
     * @param fields the collection's fields, which {@code owner of} must name
     * @param declared the names of the fields declared, parsed or not (a field with
     * problems of its own is not named again here)
     */
    static Access parse(String collection, @Nullable JsonNode node, List<Field> fields,
            java.util.Collection<String> declared, List<Problem> problems) {
        return new AccessParser(collection, fields, declared, problems).access(node);
    }

    private Access access(@Nullable JsonNode node) {
        Access access = Access.DEFAULT;
        if (node == null) {
            return access;
        }
        if (!node.isObject()) {
            problem("\"access\" must be an object from action to who may do it");
            return access;
        }
        for (Map.Entry<String, JsonNode> entry : node.properties()) {
            String action = entry.getKey();
            if (!Access.ACTIONS.contains(action)) {
                problem("unknown access action \"" + action + "\"; the actions are "
                        + String.join(", ", Access.ACTIONS));
                continue;
            }
            Access.@Nullable Rule rule = rule(action, entry.getValue());
            if (rule != null) {
                access = access.with(action, rule);
            }
        }
        return access;
    }

    private Access.@Nullable Rule rule(String action, JsonNode node) {
        if (node.isString()) {
            Access.@Nullable Grant grant = grant(action, node.stringValue());
            return (grant == null) ? null : new Access.Rule(List.of(grant));
        }
        if (!node.isArray() || node.isEmpty()) {
            problem("access \"" + action + "\" must be one of " + GRANTS + ", or a list of them (any one suffices)");
            return null;
        }
        List<Access.Grant> grants = new ArrayList<>();
        boolean valid = true;
        for (JsonNode item : node) {
            Access.@Nullable Grant grant = item.isString() ? grant(action, item.stringValue()) : null;
            if (!item.isString()) {
                problem("access \"" + action + "\" lists " + item + "; each item must be one of " + GRANTS);
            }
            else if (grant != null && grants.contains(grant)) {
                problem("access \"" + action + "\" lists \"" + grant.json() + "\" twice");
                grant = null;
            }
            else if (grant != null && grant.kind() != Access.Kind.OWNER && grant.kind() != Access.Kind.OWNER_OF
                    && grant.kind() != Access.Kind.ADMIN) {
                problem("access \"" + action + "\" lists \"" + grant.json() + "\" with other rules; \"" + grant.json()
                        + "\" already lets in everyone the others would, so give it alone");
                grant = null;
            }
            valid &= grant != null;
            if (grant != null) {
                grants.add(grant);
            }
        }
        return valid ? new Access.Rule(grants) : null;
    }

    private Access.@Nullable Grant grant(String action, String text) {
        Access.@Nullable Grant grant = Access.Grant.fromJson(text).orElse(null);
        if (grant == null) {
            problem("access \"" + action + "\" must be one of " + GRANTS + ", or a list of them, not \"" + text + "\"");
            return null;
        }
        if (grant.kind() == Access.Kind.OWNER && action.equals("create")) {
            problem("create cannot be 'owner': nobody owns a row before it exists; use signed-in, or \"owner of"
                    + " <reference field>\" for people who own the row it points to");
            return null;
        }
        if (grant.kind() == Access.Kind.OWNER_OF) {
            String name = grant.field();
            @Nullable Field field = this.fields.stream().filter(f -> f.name().equals(name)).findFirst().orElse(null);
            List<String> references = this.fields.stream()
                .filter(f -> f.type() == FieldType.REFERENCE)
                .map(Field::name)
                .toList();
            String choice = references.isEmpty() ? "; it has no reference field to name"
                    : "; name one of its reference fields: " + String.join(", ", references);
            if (field == null && this.declared.contains(name)) {
                return grant;
            }
            if (field == null) {
                problem("access \"" + action + "\" says \"" + text + "\", but " + this.collection + " has no field \""
                        + name + "\"" + choice);
                return null;
            }
            if (field.type() != FieldType.REFERENCE) {
                problem("access \"" + action + "\" says \"" + text + "\", but " + name + " is a " + field.type().json()
                        + " field, not a reference to a row someone owns" + choice);
                return null;
            }
        }
        return grant;
    }

    private void problem(String text) {
        this.problems.add(new Problem(this.collection, this.collection + ": " + text));
    }

}
