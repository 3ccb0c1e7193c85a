package dev.faibric.llm;

import dev.faibric.platform.StartupFact;
import dev.langchain4j.model.anthropic.AnthropicStreamingChatModel;
import dev.langchain4j.model.openai.OpenAiStreamingChatModel;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Builds the active provider from the settings: {@code auto} takes the first vendor with
 * a key (OpenAI, then Anthropic), else the offline composer; the fallback ({@code auto}:
 * Anthropic when its key is set and it is not already the primary) wraps it. Says which
 * in the start-up report, never a key.
 */
@Component
public class LlmProviders implements StartupFact {

    static final String ANTHROPIC_DEFAULT_MODEL = "claude-sonnet-4-5";

    private static final int MAX_OUTPUT_TOKENS = 16_000;

    private final LlmProvider active;

    /**
     * @param local the providers that run in this process and need no settings: the
     * offline template composer, which lives in a module of its own
     */
    LlmProviders(AiSettings settings, List<LlmProvider> local) {
        AiProvider primaryName = settings.provider() == AiProvider.AUTO ? autoPrimary(settings) : settings.provider();
        LlmProvider primary = create(primaryName, settings, local);
        AiProvider fallbackName = settings.fallback() == AiProvider.AUTO ? autoFallback(settings, primaryName)
                : settings.fallback();
        LlmProvider fallback = fallbackName == AiProvider.NONE || fallbackName == primaryName ? null
                : create(fallbackName, settings, local);
        this.active = primaryName == AiProvider.OFFLINE && fallback == null ? primary
                : new FallbackProvider(primary, fallback, settings.maxRetries(), settings.backoff());
    }

    public LlmProvider active() {
        return active;
    }

    /** The provider used when the active one fails, if any. */
    public @Nullable LlmProvider fallback() {
        return active instanceof FallbackProvider f ? f.fallback() : null;
    }

    @Override
    public String describe() {
        LlmProvider fallback = fallback();
        return "AI provider: " + active.name() + " (model " + active.model() + ")"
                + (fallback == null ? "" : ", fallback " + fallback.name() + " (model " + fallback.model() + ")")
                + " — " + active.description();
    }

    private static AiProvider autoPrimary(AiSettings settings) {
        if (settings.openai().hasKey()) {
            return AiProvider.OPENAI;
        }
        return settings.anthropic().hasKey() ? AiProvider.ANTHROPIC : AiProvider.OFFLINE;
    }

    private static AiProvider autoFallback(AiSettings settings, AiProvider primary) {
        return settings.anthropic().hasKey() && primary != AiProvider.ANTHROPIC && primary != AiProvider.OFFLINE
                ? AiProvider.ANTHROPIC : AiProvider.NONE;
    }

    private static LlmProvider create(AiProvider name, AiSettings settings, List<LlmProvider> local) {
        return switch (name) {
            case OFFLINE -> local.stream()
                .filter(p -> p.name().equals(AiProvider.OFFLINE.wire()))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("No offline provider is available in this service"));
            case OPENAI -> {
                require(settings.openai().hasKey(),
                        "FAIBRIC_AI_PROVIDER or FAIBRIC_AI_FALLBACK is openai, but OPENAI_API_KEY is not set");
                yield openAi(name, settings, settings.openai().apiKey());
            }
            case OPENAI_COMPATIBLE -> {
                require(settings.openai().hasBaseUrl(),
                        "openai-compatible needs OPENAI_BASE_URL, e.g. http://localhost:11434/v1 for Ollama");
                yield openAi(name, settings, settings.openai().hasKey() ? settings.openai().apiKey() : "none");
            }
            case ANTHROPIC -> {
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
                yield new ChatModelProvider(name.wire(), model, builder.build());
            }
            case AUTO, NONE -> throw new IllegalStateException(
                    "'" + name.wire() + "' names no provider: use openai, anthropic, openai-compatible or offline");
        };
    }

    private static LlmProvider openAi(AiProvider name, AiSettings settings, @Nullable String apiKey) {
        OpenAiStreamingChatModel.OpenAiStreamingChatModelBuilder builder = OpenAiStreamingChatModel.builder()
            .apiKey(apiKey)
            .modelName(settings.model())
            .maxTokens(MAX_OUTPUT_TOKENS)
            .timeout(settings.timeout());
        if (settings.openai().hasBaseUrl()) {
            builder.baseUrl(settings.openai().baseUrl());
        }
        return new ChatModelProvider(name.wire(), settings.model(), builder.build());
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
