package dev.faibric.llm;

import dev.faibric.llm.offline.OfflineTemplateComposer;
import dev.langchain4j.model.anthropic.AnthropicStreamingChatModel;
import dev.langchain4j.model.openai.OpenAiStreamingChatModel;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Builds the active provider from the settings: {@code auto} takes the first vendor with
 * a key (OpenAI, then Anthropic), else the offline composer; the fallback ({@code auto}:
 * Anthropic when its key is set and it is not already the primary) wraps it. Says which
 * at start-up, never a key.
 */
@Component
public class LlmProviders {

    private static final Logger log = LoggerFactory.getLogger(LlmProviders.class);
    static final String ANTHROPIC_DEFAULT_MODEL = "claude-sonnet-4-5";

    private static final int MAX_OUTPUT_TOKENS = 16_000;

    private final LlmProvider active;

    LlmProviders(AiSettings settings, OfflineTemplateComposer offline) {
        String primaryName = settings.provider().equals("auto") ? autoPrimary(settings) : settings.provider();
        LlmProvider primary = create(primaryName, settings, offline);
        String fallbackName = settings.fallback().equals("auto")
                ? (settings.anthropic().hasKey() && !primaryName.equals("anthropic") && !primaryName.equals("offline")
                        ? "anthropic" : "none")
                : settings.fallback();
        LlmProvider fallback = fallbackName.equals("none") || fallbackName.equals(primaryName) ? null
                : create(fallbackName, settings, offline);
        this.active = primary instanceof OfflineTemplateComposer && fallback == null ? primary
                : new FallbackProvider(primary, fallback, settings.maxRetries(), settings.backoff());
    }

    public LlmProvider active() {
        return active;
    }

    /** The provider used when the active one fails, if any. */
    public @Nullable LlmProvider fallback() {
        return active instanceof FallbackProvider f ? f.fallback() : null;
    }

    @EventListener(ApplicationReadyEvent.class)
    void logActive() {
        LlmProvider fallback = fallback();
        log.info("AI provider: {} (model {}){} — {}", active.name(), active.model(),
                fallback == null ? "" : ", fallback " + fallback.name() + " (model " + fallback.model() + ")",
                active.description());
    }

    private static String autoPrimary(AiSettings settings) {
        if (settings.openai().hasKey()) {
            return "openai";
        }
        return settings.anthropic().hasKey() ? "anthropic" : "offline";
    }

    private static LlmProvider create(String name, AiSettings settings, OfflineTemplateComposer offline) {
        return switch (name) {
            case "offline" -> offline;
            case "openai" -> {
                require(settings.openai().hasKey(),
                        "FAIBRIC_AI_PROVIDER or FAIBRIC_AI_FALLBACK is openai, but OPENAI_API_KEY is not set");
                yield openAi("openai", settings, settings.openai().apiKey());
            }
            case "openai-compatible" -> {
                require(settings.openai().hasBaseUrl(),
                        "openai-compatible needs OPENAI_BASE_URL, e.g. http://localhost:11434/v1 for Ollama");
                yield openAi("openai-compatible", settings,
                        settings.openai().hasKey() ? settings.openai().apiKey() : "none");
            }
            case "anthropic" -> {
                require(settings.anthropic().hasKey(),
                        "FAIBRIC_AI_PROVIDER or FAIBRIC_AI_FALLBACK is anthropic, but ANTHROPIC_API_KEY is not set");
                String model = anthropicModel(settings);
                AnthropicStreamingChatModel.AnthropicStreamingChatModelBuilder builder = AnthropicStreamingChatModel
                    .builder()
                    .apiKey(settings.anthropic().apiKey())
                    .modelName(model)
                    .maxTokens(MAX_OUTPUT_TOKENS)
                    .timeout(settings.timeout());
                if (settings.anthropic().hasBaseUrl()) {
                    builder.baseUrl(settings.anthropic().baseUrl());
                }
                yield new ChatModelProvider("anthropic", model, builder.build());
            }
            default -> throw new IllegalStateException(
                    "Unknown AI provider '" + name + "': use auto, openai, anthropic, openai-compatible or offline");
        };
    }

    private static LlmProvider openAi(String name, AiSettings settings, String apiKey) {
        OpenAiStreamingChatModel.OpenAiStreamingChatModelBuilder builder = OpenAiStreamingChatModel.builder()
            .apiKey(apiKey)
            .modelName(settings.model())
            .maxTokens(MAX_OUTPUT_TOKENS)
            .timeout(settings.timeout());
        if (settings.openai().hasBaseUrl()) {
            builder.baseUrl(settings.openai().baseUrl());
        }
        return new ChatModelProvider(name, settings.model(), builder.build());
    }

    /**
     * ANTHROPIC_MODEL if set; DEFAULT_AI_MODEL if it names a Claude model; else a current
     * Claude model.
     */
    static String anthropicModel(AiSettings settings) {
        String configured = settings.anthropic().model();
        if (configured != null && !configured.isBlank()) {
            return configured;
        }
        return settings.model().startsWith("claude") ? settings.model() : ANTHROPIC_DEFAULT_MODEL;
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalStateException(message);
        }
    }

}
