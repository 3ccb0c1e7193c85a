/**
 * A model's answer as it streams, turned into the project's events: files the moment they
 * complete, paced progress, and a fresh parse when a fallback starts the answer again.
 */
@NullMarked
package dev.faibric.generation.stream;

import org.jspecify.annotations.NullMarked;
