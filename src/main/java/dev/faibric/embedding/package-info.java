/**
 * Text embeddings: the one place that knows which embedding model turns text into
 * vectors.
 */
@NullMarked
package dev.faibric.embedding;

import org.jspecify.annotations.NullMarked;
