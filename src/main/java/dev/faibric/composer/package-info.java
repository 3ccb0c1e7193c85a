/**
 * The offline template composer: the provider used when no language model is configured.
 * It is not a language model and says so: it picks the library template that fits a
 * prompt (or, when none fits, composes the app from the library's sections, sharing what
 * visitors add through the app's data API when the prompt needs shared data), names and
 * colours it, and streams it in the model's answer format.
 */
@NullMarked
package dev.faibric.composer;

import org.jspecify.annotations.NullMarked;
