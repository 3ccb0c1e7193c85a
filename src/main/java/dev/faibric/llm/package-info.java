/**
 * The one package that talks to language models: the vendor adapters (OpenAI, Anthropic,
 * any OpenAI-compatible server), retries of rate-limited calls and the fallback between
 * providers. The offline composer that stands in when no model is configured is a module
 * of its own.
 */
@NullMarked
package dev.faibric.llm;

import org.jspecify.annotations.NullMarked;
