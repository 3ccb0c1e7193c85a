/**
 * The one place that knows swc4j: TypeScript/TSX parsing, transpiling and module
 * analysis.
 */
@NullMarked
package dev.faibric.tsx;

import org.jspecify.annotations.NullMarked;
