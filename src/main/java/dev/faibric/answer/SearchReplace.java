package dev.faibric.answer;

/**
 * One SEARCH/REPLACE block of an {@code <edit>}: the lines to find in the current file
 * and the lines to put in their place. Both are LF-separated and end with a newline
 * unless empty; an empty {@code search} creates a file that does not exist yet.
 */
public record SearchReplace(String search, String replace) {

    public boolean searchIsEmpty() {
        return search.isBlank();
    }
}
