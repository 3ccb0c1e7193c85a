package dev.faibric.realtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.timeout;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import dev.faibric.project.AppType;
import dev.faibric.project.NewProject;
import dev.faibric.project.Projects;
import dev.faibric.support.TestDatabase;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;
import tools.jackson.databind.json.JsonMapper;

/**
 * One socket's delivery when a replay and live events cross, and when the log cannot be
 * read.
 */
class SocketSubscriberTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Writers of their own, as each application context has. */
    private static final Executor WRITERS = new SimpleAsyncTaskExecutor("test-socket-writer-");

    private final DataSource dataSource = TestDatabase.H2.create();

    private final long projectId = new Projects(JdbcClient.create(dataSource), JSON, TestDatabase.retry(dataSource))
        .create(new NewProject("Tips", "tips", AppType.TOOL))
        .id();

    private final List<Long> sent = new CopyOnWriteArrayList<>();

    private WebSocketSession session() throws Exception {
        WebSocketSession session = mock(WebSocketSession.class);
        when(session.isOpen()).thenReturn(true);
        when(session.getId()).thenReturn("s1");
        doAnswer(call -> sent.add(JSON.readTree(((TextMessage) call.getArgument(0)).getPayload()).path("seq").asLong()))
            .when(session)
            .sendMessage(any());
        return session;
    }

    /**
     * An event log whose first read is held until the test lets it go, after taking its
     * page.
     */
    static final class HeldLog extends EventLog {

        final CountDownLatch read = new CountDownLatch(1);

        final CountDownLatch release = new CountDownLatch(1);

        final AtomicInteger reads = new AtomicInteger();

        boolean failFirst;

        HeldLog(DataSource dataSource) {
            super(dataSource, TestDatabase.retry(dataSource));
        }

        @Override
        List<ProjectEvent> after(long projectId, long seq, int limit) {
            if (reads.getAndIncrement() == 0) {
                if (failFirst) {
                    throw new org.springframework.dao.DataAccessResourceFailureException("the database went away");
                }
                List<ProjectEvent> page = super.after(projectId, seq, limit);
                read.countDown();
                try {
                    release.await(10, TimeUnit.SECONDS);
                }
                catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return page;
            }
            return super.after(projectId, seq, limit);
        }

    }

    @Test
    void anEventPublishedWhileAReplayPageIsOnItsWayIsStillSent() throws Exception {
        HeldLog log = new HeldLog(dataSource);
        InProcessEventBus bus = new InProcessEventBus();
        ProjectEvents events = new ProjectEvents(log, bus, JSON, Runnable::run);
        events.publish(projectId, EventType.THINKING, "one");
        events.publish(projectId, EventType.PROGRESS, "two");

        WebSocketSession session = session();
        SocketSubscriber subscriber = new SocketSubscriber(projectId, session, events, 0, e -> {
        }, WRITERS);
        bus.subscribe(projectId, subscriber);
        subscriber.catchUp();
        // The page (1, 2) is read, not yet queued; "three" is committed after that read.
        assertThat(log.read.await(10, TimeUnit.SECONDS)).isTrue();
        events.publish(projectId, EventType.PROGRESS, "three");
        log.release.countDown();

        verify(session, timeout(10_000).times(3)).sendMessage(any());
        assertThat(sent).containsExactly(1L, 2L, 3L);
    }

    @Test
    void aSocketWhoseReplayCannotBeReadIsClosedSoTheClientResumesNotLeftSilent() throws Exception {
        HeldLog log = new HeldLog(dataSource);
        log.failFirst = true;
        ProjectEvents events = new ProjectEvents(log, new InProcessEventBus(), JSON, Runnable::run);
        events.publish(projectId, EventType.THINKING, "one");
        WebSocketSession session = session();

        new SocketSubscriber(projectId, session, events, 0, e -> {
        }, WRITERS).catchUp();

        verify(session, timeout(10_000)).close(CloseStatus.SERVER_ERROR);
    }

}
