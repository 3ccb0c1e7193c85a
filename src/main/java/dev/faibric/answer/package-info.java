/**
 * The model's answer format (docs/ARCHITECTURE.md): a generation answer is one
 * {@code <faibric-app>} with raw {@code <file>} blocks, a change answer is {@code <edit>}
 * and {@code <file>} blocks and a {@code <summary>}. Incremental parsers for both,
 * tolerant of what real models write, and the one writer of the format.
 */
@NullMarked
package dev.faibric.answer;

import org.jspecify.annotations.NullMarked;
