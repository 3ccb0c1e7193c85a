package dev.faibric.realtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.faibric.project.AppType;
import dev.faibric.project.NewProject;
import dev.faibric.project.Projects;
import dev.faibric.support.TestDatabase;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * The event log behaves the same on H2 and PostgreSQL, and survives a restart of the
 * service.
 */
class EventLogPersistenceTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void eventsAreNumberedFromOneStoredAndReplayedInOrder(TestDatabase database) {
        DataSource dataSource = database.create();
        long projectId = project(dataSource);
        List<ProjectEvent> live = new ArrayList<>();
        ProjectEvents events = new ProjectEvents(new EventLog(dataSource, TestDatabase.retry(dataSource)),
                new InProcessEventBus(), JSON, Runnable::run);
        events.subscribe(projectId, live::add);

        events.publish(projectId, EventType.THINKING, "Building a tool...");
        events.publish(projectId, EventType.FILE, "export default 1;\n", Map.of("path", "App.tsx"));
        events.publish(projectId, EventType.DEPLOYED, "Version 1 is live", Map.of("url", "http://x/", "version", 1));

        assertThat(live).extracting(ProjectEvent::seq).containsExactly(1L, 2L, 3L);
        List<ProjectEvent> replayed = events.after(projectId, 1, 100);
        assertThat(replayed).extracting(ProjectEvent::seq).containsExactly(2L, 3L);
        assertThat(replayed).extracting(ProjectEvent::type).containsExactly("file", "deployed");
        assertThat(JSON.readTree(replayed.get(0).json())).isEqualTo(JSON.readTree(live.get(1).json()));
        assertThat(JSON.readTree(replayed.get(1).json()).path("url").asString()).isEqualTo("http://x/");
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void numberingContinuesAfterARestart(TestDatabase database) {
        DataSource dataSource = database.create();
        long projectId = project(dataSource);
        new ProjectEvents(new EventLog(dataSource, TestDatabase.retry(dataSource)), new InProcessEventBus(), JSON,
                Runnable::run)
            .publish(projectId, EventType.THINKING, "first life");

        ProjectEvents restarted = new ProjectEvents(new EventLog(dataSource, TestDatabase.retry(dataSource)),
                new InProcessEventBus(), JSON, Runnable::run);
        ProjectEvent next = restarted.publish(projectId, EventType.THINKING, "second life");

        assertThat(next.seq()).isEqualTo(2);
        assertThat(restarted.after(projectId, 0, 10)).extracting(ProjectEvent::seq).containsExactly(1L, 2L);
    }

    private static long project(DataSource dataSource) {
        return new Projects(JdbcClient.create(dataSource), JSON, TestDatabase.retry(dataSource))
            .create(new NewProject("Tips", "tips", AppType.TOOL))
            .id();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void eventsOlderThanTheRetentionAreDeletedAndNumberingGoesOn(TestDatabase database) {
        DataSource dataSource = database.create();
        long projectId = project(dataSource);
        EventLog log = new EventLog(dataSource, TestDatabase.retry(dataSource));
        ProjectEvents events = new ProjectEvents(log, new InProcessEventBus(), JSON, Runnable::run);
        events.publish(projectId, EventType.THINKING, "old");

        assertThat(log.deleteBefore(java.time.Instant.now().plusSeconds(60))).isEqualTo(1);
        assertThat(events.publish(projectId, EventType.THINKING, "new").seq()).isEqualTo(2);
        assertThat(events.after(projectId, 0, 10)).extracting(ProjectEvent::seq).containsExactly(2L);
    }

}
