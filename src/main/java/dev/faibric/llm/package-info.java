/**
 * The one package that talks to language models (and, when none is configured, the
 * offline template composer that stands in for one and says so).
 */
@NullMarked
package dev.faibric.llm;

import org.jspecify.annotations.NullMarked;
