package dev.faibric.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What changes between two versions of an app's schema. Removed collections and fields
 * are kept hidden, never deleted, so a later version can bring them back; a type change
 * that existing values cannot convert to is listed as incompatible.
 *
 * @param addedCollections collections only the new version has
 * @param addedFields fields ({@code collection.field}) new in a collection both versions
 * have
 * @param hiddenCollections collections only the old version has
 * @param hiddenFields fields only the old version of a kept collection has
 * @param typeChanges fields whose type changed
 */
public record SchemaChange(List<String> addedCollections, List<String> addedFields, List<String> hiddenCollections,
        List<String> hiddenFields, List<TypeChange> typeChanges) {

    public SchemaChange {
        addedCollections = List.copyOf(addedCollections);
        addedFields = List.copyOf(addedFields);
        hiddenCollections = List.copyOf(hiddenCollections);
        hiddenFields = List.copyOf(hiddenFields);
        typeChanges = List.copyOf(typeChanges);
    }

    /**
     * A field's change of type.
     *
     * @param field the field, as {@code collection.field}
     * @param from its old type
     * @param to its new type
     * @param compatible whether every old value is a valid new one (to a wider text type)
     */
    public record TypeChange(String field, FieldType from, FieldType to, boolean compatible) {

    }

    public static SchemaChange between(AppSchema old, AppSchema next) {
        List<String> addedCollections = new ArrayList<>();
        List<String> addedFields = new ArrayList<>();
        List<String> hiddenCollections = new ArrayList<>();
        List<String> hiddenFields = new ArrayList<>();
        List<TypeChange> typeChanges = new ArrayList<>();
        for (Collection collection : next.collections()) {
            Optional<Collection> before = old.collection(collection.name());
            if (before.isEmpty()) {
                addedCollections.add(collection.name());
                continue;
            }
            for (Field field : collection.fields()) {
                String name = collection.name() + "." + field.name();
                Optional<Field> was = before.get().field(field.name());
                if (was.isEmpty()) {
                    addedFields.add(name);
                }
                else if (was.get().type() != field.type()) {
                    typeChanges.add(new TypeChange(name, was.get().type(), field.type(),
                            compatible(was.get().type(), field.type())));
                }
            }
            before.get()
                .fields()
                .stream()
                .filter(f -> collection.field(f.name()).isEmpty())
                .forEach(f -> hiddenFields.add(collection.name() + "." + f.name()));
        }
        old.collections()
            .stream()
            .filter(c -> next.collection(c.name()).isEmpty())
            .forEach(c -> hiddenCollections.add(c.name()));
        return new SchemaChange(addedCollections, addedFields, hiddenCollections, hiddenFields, typeChanges);
    }

    /**
     * Whether every value of a field of type {@code from} is a valid value of type
     * {@code to}, so stored values can be copied over when a field changes type: to a
     * wider text type.
     */
    public static boolean compatible(FieldType from, FieldType to) {
        boolean toText = to == FieldType.TEXT || to == FieldType.LONGTEXT;
        return (to == FieldType.LONGTEXT && from == FieldType.TEXT)
                || (toText && (from == FieldType.ENUM || from == FieldType.URL));
    }

    public boolean isEmpty() {
        return this.addedCollections.isEmpty() && this.addedFields.isEmpty() && this.hiddenCollections.isEmpty()
                && this.hiddenFields.isEmpty() && this.typeChanges.isEmpty();
    }

    public List<TypeChange> incompatible() {
        return this.typeChanges.stream().filter(c -> !c.compatible()).toList();
    }

    /**
     * One sentence for a person, e.g. "Added field posts.solved; kept posts.category
     * hidden because the new version no longer has it."
     */
    public String summary() {
        if (isEmpty()) {
            return "No change to the data model.";
        }
        List<String> parts = new ArrayList<>();
        if (!this.addedCollections.isEmpty()) {
            parts.add("added " + plural("collection", this.addedCollections) + " " + list(this.addedCollections));
        }
        if (!this.addedFields.isEmpty()) {
            parts.add("added " + plural("field", this.addedFields) + " " + list(this.addedFields));
        }
        if (!this.hiddenCollections.isEmpty()) {
            parts.add("kept " + plural("collection", this.hiddenCollections) + " " + list(this.hiddenCollections)
                    + " hidden because the new version no longer has " + them(this.hiddenCollections));
        }
        if (!this.hiddenFields.isEmpty()) {
            parts.add("kept " + list(this.hiddenFields) + " hidden because the new version no longer has "
                    + them(this.hiddenFields));
        }
        for (TypeChange change : this.typeChanges) {
            parts.add("changed " + change.field() + " from " + change.from().json() + " to " + change.to().json()
                    + (change.compatible() ? "" : ", which existing values cannot convert to"));
        }
        String sentence = String.join("; ", parts);
        return Character.toUpperCase(sentence.charAt(0)) + sentence.substring(1) + ".";
    }

    private static String plural(String noun, List<String> names) {
        return (names.size() == 1) ? noun : noun + "s";
    }

    private static String them(List<String> names) {
        return (names.size() == 1) ? "it" : "them";
    }

    private static String list(List<String> names) {
        if (names.size() == 1) {
            return names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }

}
