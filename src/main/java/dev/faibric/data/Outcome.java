package dev.faibric.data;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Either a value or every problem found on the way to it: parsing a schema and checking a
 * row never throw on bad input, they answer one of these.
 *
 * @param <T> the value's type
 * @param value the value, present exactly when there are no problems
 * @param problems all problems found, empty when the value is present
 */
public record Outcome<T>(@Nullable T value, List<Problem> problems) {

    public Outcome {
        problems = List.copyOf(problems);
        if ((value == null) == problems.isEmpty()) {
            throw new IllegalArgumentException("an outcome is a value or problems, never both or neither");
        }
    }

    static <T> Outcome<T> of(T value) {
        return new Outcome<>(value, List.of());
    }

    static <T> Outcome<T> failed(List<Problem> problems) {
        return new Outcome<>(null, problems);
    }

    public boolean ok() {
        return this.value != null;
    }

    /** The value; throws when there were problems, naming them. */
    public T orThrow() {
        if (this.value == null) {
            throw new IllegalStateException(String.join("; ", texts()));
        }
        return this.value;
    }

    public List<String> texts() {
        return this.problems.stream().map(Problem::text).toList();
    }

}
