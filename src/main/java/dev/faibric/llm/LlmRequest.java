package dev.faibric.llm;

import dev.faibric.project.AppType;
import org.jspecify.annotations.Nullable;

/**
 * One request: the specialised system prompt, the user message (the prompt, or the change
 * with the files it concerns), the app type the classifier chose, and, for a change to an
 * existing app, its title. A template composer reads the app type and title directly; a
 * model reads the messages.
 */
public record LlmRequest(String systemPrompt, String userPrompt, AppType appType, @Nullable String currentTitle) {
}
