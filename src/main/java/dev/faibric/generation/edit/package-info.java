/**
 * Applying a change answer to an app's files: SEARCH/REPLACE blocks placed by staged
 * matching (exact, whitespace-tolerant, within a line) and whole files, with what applied
 * and what did not.
 */
@NullMarked
package dev.faibric.generation.edit;

import org.jspecify.annotations.NullMarked;
