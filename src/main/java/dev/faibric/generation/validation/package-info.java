/**
 * Whether files are an app the runtime can run (paths, compilation, imports, the root
 * component), what a preview of an app still being written consists of, and the one
 * bounded repair.
 */
@NullMarked
package dev.faibric.generation.validation;

import org.jspecify.annotations.NullMarked;
