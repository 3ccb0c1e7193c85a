package dev.faibric.realtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The start-up report names the event bus this node really uses. */
class EventBusConfigurationTests {

    private final EventBusConfiguration configuration = new EventBusConfiguration();

    private static RealtimeSettings settings(String redisUrl) {
        return new RealtimeSettings(redisUrl, List.of(), null, null, null, null, 0, 0);
    }

    @Test
    void withoutRedisTheReportSaysInProcess() {
        EventBus bus = configuration.eventBus(settings(""));

        assertThat(configuration.eventBusFact(bus).describe()).startsWith("Event bus: in-process");
    }

    @Test
    void withRedisTheReportNamesItWithoutItsPassword() throws Exception {
        EventBus bus = configuration.eventBus(settings("redis://:s3cret@127.0.0.1:6379"));
        try {
            assertThat(configuration.eventBusFact(bus).describe())
                .isEqualTo("Event bus: Redis at redis://***@127.0.0.1:6379");
        }
        finally {
            ((AutoCloseable) bus).close();
        }
    }

}
