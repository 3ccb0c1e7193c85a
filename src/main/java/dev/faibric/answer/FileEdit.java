package dev.faibric.answer;

import java.util.List;

/**
 * A complete {@code <edit path="...">}: its SEARCH/REPLACE blocks, to be applied in
 * order.
 */
public record FileEdit(String path, List<SearchReplace> blocks) implements ChangeSet.Change {

    public FileEdit {
        blocks = List.copyOf(blocks);
    }
}
