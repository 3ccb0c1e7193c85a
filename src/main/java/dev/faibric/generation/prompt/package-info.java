/**
 * What a model is asked: the versioned system prompts, and the requests of a change, a
 * repair, a rewrite and a start from the library, with the files they concern.
 */
@NullMarked
package dev.faibric.generation.prompt;

import org.jspecify.annotations.NullMarked;
