package dev.faibric.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * Server-sent event bodies exactly as the vendors send them, for an answer cut into
 * chunks: OpenAI Chat Completions ({@code data: {...chat.completion.chunk...}} ...
 * {@code data: [DONE]}) and Anthropic Messages ({@code message_start},
 * {@code content_block_start}, {@code ping}, {@code content_block_delta}...,
 * {@code content_block_stop}, {@code message_delta}, {@code message_stop}).
 */
public final class VendorStreams {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private VendorStreams() {
    }

    public static List<String> chunks(String answer, int size) {
        List<String> chunks = new ArrayList<>();
        for (int i = 0; i < answer.length(); i += size) {
            chunks.add(answer.substring(i, Math.min(answer.length(), i + size)));
        }
        return chunks;
    }

    /**
     * The events of an OpenAI stream; {@code complete} false leaves out the finish, usage
     * and [DONE].
     */
    public static List<String> openAiEvents(List<String> chunks, int promptTokens, boolean complete) {
        List<String> events = new ArrayList<>();
        String head = "\"id\":\"chatcmpl-B9MBs8CjcvOU2jLn4n570S5qMJKcT\",\"object\":\"chat.completion.chunk\","
                + "\"created\":1741569952,\"model\":\"gpt-4o-2024-08-06\",\"service_tier\":\"default\","
                + "\"system_fingerprint\":\"fp_f9f4fb6dbf\"";
        events.add("data: {" + head + ",\"choices\":[{\"index\":0,\"delta\":{\"role\":\"assistant\",\"content\":\"\","
                + "\"refusal\":null},\"logprobs\":null,\"finish_reason\":null}],\"usage\":null}\n\n");
        for (String chunk : chunks) {
            events.add("data: {" + head + ",\"choices\":[{\"index\":0,\"delta\":{\"content\":"
                    + JSON.writeValueAsString(chunk)
                    + "},\"logprobs\":null,\"finish_reason\":null}],\"usage\":null}\n\n");
        }
        if (complete) {
            events.add("data: {" + head
                    + ",\"choices\":[{\"index\":0,\"delta\":{},\"logprobs\":null,\"finish_reason\":\"stop\"}],"
                    + "\"usage\":null}\n\n");
            events.add("data: {" + head + ",\"choices\":[],\"usage\":{\"prompt_tokens\":" + promptTokens
                    + ",\"completion_tokens\":" + chunks.size() + ",\"total_tokens\":" + (promptTokens + chunks.size())
                    + ",\"prompt_tokens_details\":{\"cached_tokens\":0,\"audio_tokens\":0},"
                    + "\"completion_tokens_details\":{\"reasoning_tokens\":0,\"audio_tokens\":0,"
                    + "\"accepted_prediction_tokens\":0,\"rejected_prediction_tokens\":0}}}\n\n");
            events.add("data: [DONE]\n\n");
        }
        return events;
    }

    /** The events of an Anthropic Messages stream. */
    public static List<String> anthropicEvents(List<String> chunks, int inputTokens) {
        List<String> events = new ArrayList<>();
        events.add(event("message_start", Map.of("type", "message_start", "message",
                Map.of("id", "msg_01XFDUDYJgAACzvnptvVoYEL", "type", "message", "role", "assistant", "content",
                        List.of(), "model", "claude-sonnet-4-5-20250929", "stop_reason", "null", "stop_sequence",
                        "null", "usage", Map.of("input_tokens", inputTokens, "output_tokens", 1))))
            .replace("\"null\"", "null"));
        events.add(event("content_block_start", Map.of("type", "content_block_start", "index", 0, "content_block",
                Map.of("type", "text", "text", ""))));
        events.add(event("ping", Map.of("type", "ping")));
        for (String chunk : chunks) {
            events.add(event("content_block_delta", Map.of("type", "content_block_delta", "index", 0, "delta",
                    Map.of("type", "text_delta", "text", chunk))));
        }
        events.add(event("content_block_stop", Map.of("type", "content_block_stop", "index", 0)));
        events.add(event("message_delta",
                Map.of("type", "message_delta", "delta", Map.of("stop_reason", "end_turn", "stop_sequence", "null"),
                        "usage", Map.of("output_tokens", chunks.size())))
            .replace("\"null\"", "null"));
        events.add(event("message_stop", Map.of("type", "message_stop")));
        return events;
    }

    private static String event(String name, Map<String, ?> data) {
        return "event: " + name + "\ndata: " + JSON.writeValueAsString(data) + "\n\n";
    }

}
