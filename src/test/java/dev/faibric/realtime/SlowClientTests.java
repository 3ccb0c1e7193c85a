package dev.faibric.realtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.faibric.project.AppType;
import dev.faibric.project.NewProject;
import dev.faibric.project.Projects;
import dev.faibric.support.Api;
import dev.faibric.support.IntegrationTest;
import dev.faibric.support.SocketClient;
import dev.faibric.support.StalledSocket;
import java.time.Duration;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * A client that stops reading fills only its own outbox and is closed with where to
 * resume, while another client of the same project gets every event. The send timeout is
 * long here so that a slow machine cannot turn the stalled client's wait into a timeout
 * before it reads again.
 */
@TestPropertySource(properties = "faibric.realtime.send-timeout=120s")
class SlowClientTests extends IntegrationTest {

    static final Duration WAIT = Duration.ofSeconds(60);

    @Autowired
    ProjectEvents events;

    @Autowired
    Projects projects;

    @Test
    void aClientThatStopsReadingIsClosedWithWhereToResumeWhileOthersGetEverything() throws Exception {
        long id = projects.create(new NewProject("Flood", "a flood of events", AppType.TOOL)).id();
        int count = 400;
        String chunk = "x".repeat(64 * 1024);
        try (SocketClient reader = socket(id, "");
                StalledSocket stalled = new StalledSocket(port, "/ws/project/" + id + "/")) {
            events.publish(id, EventType.THINKING, "Flooding the sockets");
            for (int i = 2; i < count; i++) {
                // 25 MB: far more than TCP and the outbox hold.
                events.publish(id, EventType.PROGRESS, chunk);
                if (i > 32) {
                    // The reading client stays within 2 MB of the latest event.
                    reader.await("progress", WAIT);
                }
            }
            events.publish(id, EventType.DEPLOYED, "done");

            // The reading client got every event, in order, while the other one sat on 25
            // MB unread.
            reader.await("deployed", WAIT);
            assertThat(reader.received()).extracting(e -> e.path("seq").asLong())
                .containsExactlyElementsOf(LongStream.rangeClosed(1, count).boxed().toList());

            StalledSocket.Received got = stalled.readAll();
            assertThat(got.closeCode()).isEqualTo(4408);
            long last = got.texts().isEmpty() ? 0 : Api.JSON.readTree(got.texts().getLast()).path("seq").asLong();
            assertThat(got.texts()).extracting(t -> Api.JSON.readTree(t).path("seq").asLong())
                .containsExactlyElementsOf(LongStream.rangeClosed(1, last).boxed().toList());
            assertThat(last).isLessThan(count);
            assertThat(got.closeReason()).isEqualTo("Too far behind; reconnect with ?after=" + last);

            try (SocketClient resumed = socket(id, "?after=" + last)) {
                resumed.await("deployed", WAIT);
                assertThat(resumed.received()).extracting(e -> e.path("seq").asLong())
                    .containsExactlyElementsOf(LongStream.rangeClosed(last + 1, count).boxed().toList());
            }
        }
    }

}
