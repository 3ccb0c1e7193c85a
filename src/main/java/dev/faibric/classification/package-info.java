/**
 * What kind of app a prompt asks for, decided locally (no AI call): nearest labelled
 * example prompts by embedding, plus keywords.
 */
@NullMarked
package dev.faibric.classification;

import org.jspecify.annotations.NullMarked;
