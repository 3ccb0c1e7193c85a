package dev.faibric.llm;

import org.jspecify.annotations.Nullable;

/**
 * One generation request: the specialised system prompt, the user's words, the app type the
 * classifier chose (which a template composer uses directly and a model reads in the prompt), and,
 * for a change to an existing app, the title it already has.
 */
public record LlmRequest(String systemPrompt, String userPrompt, String appType, @Nullable String currentTitle) {
}
