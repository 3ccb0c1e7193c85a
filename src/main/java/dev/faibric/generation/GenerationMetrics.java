package dev.faibric.generation;

import dev.faibric.llm.LlmUsage;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The engine's numbers for /actuator/metrics: AI calls, tokens, time to first token, to
 * first preview, in all.
 */
@Component
class GenerationMetrics {

    private final MeterRegistry registry;

    GenerationMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    /** Builds running on this node, as a gauge. */
    void inFlight(Set<Long> running) {
        io.micrometer.core.instrument.Gauge.builder("faibric.generations.in.flight", running, Set::size)
            .register(registry);
    }

    void answered(LlmUsage usage) {
        if (usage.calls() == 0) {
            return;
        }
        Counter.builder("faibric.ai.calls")
            .tag("provider", usage.provider())
            .register(registry)
            .increment(usage.calls());
        Counter.builder("faibric.ai.tokens")
            .tag("provider", usage.provider())
            .tag("direction", "input")
            .register(registry)
            .increment(usage.inputTokens());
        Counter.builder("faibric.ai.tokens")
            .tag("provider", usage.provider())
            .tag("direction", "output")
            .register(registry)
            .increment(usage.outputTokens());
        Timer.builder("faibric.ai.first.token")
            .tag("provider", usage.provider())
            .register(registry)
            .record(usage.timeToFirstToken());
    }

    void firstPreview(Duration sinceStart) {
        Timer.builder("faibric.generation.first.preview").register(registry).record(sinceStart);
    }

    void finished(String kind, String outcome, Duration took) {
        Timer.builder("faibric.generation.duration")
            .tag("kind", kind)
            .tag("outcome", outcome)
            .register(registry)
            .record(took);
    }

}
