package dev.faibric.data;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One typed field of a collection, as the schema declares it. Options that do not apply
 * to the type are absent: {@code min}/{@code max} (lengths for text, bounds for numbers),
 * {@code values} (enum), {@code collection} (reference).
 *
 * @param name the field's name
 * @param type what it holds
 * @param required whether a created row must have it
 * @param defaultValue the normalised value a created row gets when it has none, or null
 * @param min the least length or number, or null
 * @param max the greatest length or number, or null
 * @param values an enum's allowed values, otherwise empty
 * @param collection the collection a reference points to, or null
 * @param unique whether no two rows may share a value
 */
public record Field(String name, FieldType type, boolean required, @Nullable Object defaultValue, @Nullable Double min,
        @Nullable Double max, List<String> values, @Nullable String collection, boolean unique) {

    public Field {
        values = List.copyOf(values);
    }

    /** The longest string this field allows, or zero when it is not a string. */
    public int maxLength() {
        int limit = this.type.maxLength();
        return (this.max != null && (this.type == FieldType.TEXT || this.type == FieldType.LONGTEXT))
                ? (int) Math.min(limit, this.max) : limit;
    }

    Field withDefault(@Nullable Object value) {
        return new Field(this.name, this.type, this.required, value, this.min, this.max, this.values, this.collection,
                this.unique);
    }

    /** A number as a person writes it: no {@code .0} on whole numbers. */
    static String plain(double number) {
        return (number == Math.rint(number) && Math.abs(number) < 1e15) ? Long.toString((long) number)
                : Double.toString(number);
    }

}
