/**
 * The AI engine: classify a prompt, make one streaming call, parse the stream into files
 * as they complete, validate them, store a version and deploy it.
 */
@NullMarked
package dev.faibric.generation;

import org.jspecify.annotations.NullMarked;
