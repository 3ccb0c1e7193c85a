package dev.faibric.data;

/**
 * One thing wrong with a schema or a row: where it is ({@code posts.tag} in a schema, the
 * field name in a row, {@code schema} or {@code body} for the whole) and a sentence that
 * says it, ready to show to a person or to a model.
 *
 * @param at the collection and field, the field, or the whole document
 * @param text the full sentence, naming the place
 */
public record Problem(String at, String text) {

    @Override
    public String toString() {
        return this.text;
    }

}
