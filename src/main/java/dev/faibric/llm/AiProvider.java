package dev.faibric.llm;

import java.util.Locale;

/**
 * The choices for {@code FAIBRIC_AI_PROVIDER} and {@code FAIBRIC_AI_FALLBACK}: a vendor,
 * the offline composer, or {@code auto} (the first vendor with a key) and {@code none}
 * (no fallback).
 */
public enum AiProvider {

    AUTO, NONE, OPENAI, ANTHROPIC, OPENAI_COMPATIBLE, OFFLINE;

    /** As it is written in settings, logs and the API: {@code openai-compatible}. */
    public String wire() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

}
