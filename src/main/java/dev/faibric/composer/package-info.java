/**
 * The offline template composer: the provider used when no language model is configured.
 * It is not a language model and says so: it picks the library template that fits a
 * prompt, names and colours it, and streams it in the model's answer format.
 */
@NullMarked
package dev.faibric.composer;

import org.jspecify.annotations.NullMarked;
