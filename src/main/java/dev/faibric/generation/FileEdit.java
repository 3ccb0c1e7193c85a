package dev.faibric.generation;

import java.util.List;

/**
 * A complete {@code <edit path="...">}: its SEARCH/REPLACE blocks, to be applied in
 * order.
 */
record FileEdit(String path, List<SearchReplace> blocks) implements ChangeSet.Change {

    FileEdit {
        blocks = List.copyOf(blocks);
    }
}
