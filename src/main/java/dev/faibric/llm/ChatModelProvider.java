package dev.faibric.llm;

import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.exception.AuthenticationException;
import dev.langchain4j.exception.HttpException;
import dev.langchain4j.exception.InternalServerException;
import dev.langchain4j.exception.RateLimitException;
import dev.langchain4j.exception.TimeoutException;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import dev.langchain4j.model.output.TokenUsage;
import java.io.IOException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;

/**
 * A language model behind LangChain4j's streaming chat API (OpenAI, Anthropic, or any
 * OpenAI-compatible server), as an {@link LlmProvider}: blocks until the answer ends,
 * passes every token on as it arrives, and turns the vendor's failures into
 * {@link LlmException} kinds.
 */
final class ChatModelProvider implements LlmProvider {

    private final String name;

    private final String model;

    private final StreamingChatModel chat;

    ChatModelProvider(String name, String model, StreamingChatModel chat) {
        this.name = name;
        this.model = model;
        this.chat = chat;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String model() {
        return model;
    }

    @Override
    public String description() {
        return "Language model " + model + " via " + name;
    }

    @Override
    public LlmUsage stream(LlmRequest request, TokenSink sink) throws LlmException {
        long started = System.nanoTime();
        AtomicLong firstToken = new AtomicLong(-1);
        AtomicBoolean anyToken = new AtomicBoolean();
        CompletableFuture<ChatResponse> done = new CompletableFuture<>();
        ChatRequest chatRequest = ChatRequest.builder()
            .messages(SystemMessage.from(request.systemPrompt()), UserMessage.from(request.userPrompt()))
            .build();
        chat.chat(chatRequest, new StreamingChatResponseHandler() {
            @Override
            public void onPartialResponse(String token) {
                if (done.isDone() || token == null || token.isEmpty()) {
                    return;
                }
                if (anyToken.compareAndSet(false, true)) {
                    firstToken.set(System.nanoTime() - started);
                }
                sink.accept(token);
            }

            @Override
            public void onCompleteResponse(ChatResponse response) {
                done.complete(response);
            }

            @Override
            public void onError(Throwable error) {
                done.completeExceptionally(error);
            }
        });
        ChatResponse response;
        try {
            response = done.get();
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LlmException(LlmException.Kind.INTERRUPTED, "the generation was cancelled");
        }
        catch (ExecutionException e) {
            throw failure(e.getCause(), anyToken.get());
        }
        TokenUsage usage = response.tokenUsage();
        return new LlmUsage(name, model, 1, count(usage == null ? null : usage.inputTokenCount()),
                count(usage == null ? null : usage.outputTokenCount()), Duration.ofNanos(Math.max(0, firstToken.get())),
                Duration.ofNanos(System.nanoTime() - started));
    }

    private LlmException failure(Throwable error, boolean midStream) {
        String where = name + " (" + model + ")";
        if (midStream) {
            return new LlmException(LlmException.Kind.UNAVAILABLE,
                    where + " broke off in mid-answer: " + message(error), error, null);
        }
        Integer status = status(error);
        if (error instanceof AuthenticationException || (status != null && (status == 401 || status == 403))) {
            return new LlmException(LlmException.Kind.CONFIGURATION, where + " refused the API key (HTTP "
                    + (status == null ? "401" : status) + "): check the key and its permissions", error, null);
        }
        if (error instanceof RateLimitException || (status != null && status == 429)) {
            return new LlmException(LlmException.Kind.RATE_LIMITED, where + " is rate limiting requests (HTTP 429)",
                    error, null);
        }
        if (error instanceof InternalServerException || (status != null && status >= 500)
                || error instanceof TimeoutException || hasCause(error, IOException.class)
                || hasCause(error, HttpTimeoutException.class)) {
            return new LlmException(LlmException.Kind.UNAVAILABLE, where + " is unavailable: " + message(error), error,
                    null);
        }
        return new LlmException(LlmException.Kind.REJECTED, where + " rejected the request: " + message(error), error,
                null);
    }

    private static @Nullable Integer status(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof HttpException http) {
                return http.statusCode();
            }
        }
        return null;
    }

    private static boolean hasCause(Throwable error, Class<? extends Throwable> type) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    /** The vendor's message, never anything that could carry a key. */
    private static String message(Throwable error) {
        // Never the name of an exception class: it means nothing to the user and tells an
        // attacker what runs here.
        String message = error.getMessage() == null || error.getMessage().isBlank() ? "no details given"
                : error.getMessage().replaceAll("\\b(?:[a-z][\\w$]*\\.)+[A-Z][\\w$]*(?:Exception|Error)\\b:?\\s*", "");
        message = message.replaceAll("(sk-[A-Za-z0-9_-]{6})[A-Za-z0-9_-]+", "$1…");
        return message.length() > 300 ? message.substring(0, 300) + "…" : message;
    }

    private static int count(@Nullable Integer tokens) {
        return tokens == null ? 0 : tokens;
    }

}
