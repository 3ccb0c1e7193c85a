package dev.faibric.generation;

import dev.faibric.limits.BuildTicket;
import dev.faibric.project.BuildLeases;
import dev.faibric.project.Project;
import dev.faibric.project.ProjectStatus;
import dev.faibric.project.Projects;
import dev.faibric.realtime.EventType;
import dev.faibric.realtime.ProjectEvents;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.core.task.TaskRejectedException;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;

/**
 * Runs builds: one per project across all nodes (a lease in the project's row, renewed
 * while this node works), each on the build executor. A build that throws is reported as
 * failed; a build whose node died is found by any node's sweep once its lease ran out,
 * and reported interrupted.
 */
@Component
class BuildRunner implements SchedulingConfigurer, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(BuildRunner.class);

    /** A build: true when it ended with a deployed version. */
    @FunctionalInterface
    interface Build {

        boolean run();

    }

    private final Projects projects;

    private final BuildLeases leases;

    private final Releaser releaser;

    private final GenerationMetrics metrics;

    private final GenerationSettings settings;

    private final SimpleAsyncTaskExecutor executor;

    private final ProjectEvents events;

    /**
     * Builds running on this node (each also holds its project's lease in the database).
     */
    private final Set<Long> busy = ConcurrentHashMap.newKeySet();

    /**
     * This running service, as the owner of build leases: one per instance, not per JVM,
     * so that two services in one process (as in the tests) are two nodes to each other.
     */
    private final String node = UUID.randomUUID().toString();

    BuildRunner(Projects projects, BuildLeases leases, Releaser releaser, GenerationMetrics metrics,
            GenerationSettings settings, SimpleAsyncTaskExecutor buildExecutor, ProjectEvents events) {
        this.projects = projects;
        this.leases = leases;
        this.releaser = releaser;
        this.metrics = metrics;
        this.settings = settings;
        this.executor = buildExecutor;
        this.events = events;
        metrics.inFlight(busy);
    }

    /**
     * Claims a project for a build on this node; false while a build of it runs on any
     * node.
     */
    boolean claim(long projectId) {
        if (!busy.add(projectId)) {
            return false;
        }
        if (!leases.acquire(projectId, node, Instant.now().plus(settings.lease()))) {
            busy.remove(projectId);
            return false;
        }
        return true;
    }

    /**
     * Runs a build of a claimed project when its ticket's turn comes (the project hears
     * its place in line meanwhile); the claim and the ticket end with the build.
     */
    void run(Project project, String kind, BuildTicket ticket, Build build) {
        ticket.start(() -> execute(project, kind, ticket, build),
                position -> events.publish(project.id(), EventType.QUEUED,
                        "Waiting for a free builder: number " + position + " in line", Map.of("position", position)));
    }

    private void execute(Project project, String kind, BuildTicket ticket, Build build) {
        try {
            executor.execute(() -> {
                long started = System.nanoTime();
                boolean ok = false;
                try {
                    projects.updateStatus(project.id(), ProjectStatus.GENERATING);
                    ok = build.run();
                }
                catch (RuntimeException e) {
                    log.error("Build of project {} failed", project.id(), e);
                    releaser.fail(project,
                            "Something went wrong on our side while building your app. Please try again.");
                }
                finally {
                    release(project.id());
                    ticket.finished();
                    metrics.finished(kind, ok ? "deployed" : "failed", Duration.ofNanos(System.nanoTime() - started));
                }
            });
        }
        catch (TaskRejectedException e) {
            release(project.id());
            ticket.finished();
            releaser.fail(project, "This server is already building " + settings.maxConcurrentBuilds()
                    + " apps, as many as it may at once; send your request again in a moment.");
        }
    }

    /**
     * Runs a short build (a restore: no model call) at once on the calling thread, if no
     * build of the project runs on any node.
     * @return whether it ended with a deployed version; empty when a build was running
     */
    Optional<Boolean> runNow(long projectId, String kind, Build build) {
        if (!claim(projectId)) {
            return Optional.empty();
        }
        long started = System.nanoTime();
        boolean ok = false;
        try {
            ok = build.run();
            return Optional.of(ok);
        }
        finally {
            release(projectId);
            metrics.finished(kind, ok ? "deployed" : "failed", Duration.ofNanos(System.nanoTime() - started));
        }
    }

    /** Gives up a claim whose build will not run after all. */
    void unclaim(long projectId) {
        release(projectId);
    }

    private void release(long projectId) {
        leases.release(projectId, node);
        busy.remove(projectId);
    }

    /**
     * Renews this node's leases every {@code lease-renewal}; sweeps for interrupted
     * builds every {@code interrupted-sweep}.
     */
    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        registrar.addFixedDelayTask(this::renewLeases, settings.leaseRenewal());
        Duration firstSweep = settings.interruptedSweep().compareTo(Duration.ofSeconds(5)) < 0
                ? settings.interruptedSweep() : Duration.ofSeconds(5);
        registrar
            .addFixedDelayTask(new FixedDelayTask(this::sweepInterrupted, settings.interruptedSweep(), firstSweep));
    }

    void renewLeases() {
        if (!busy.isEmpty()) {
            leases.renew(Set.copyOf(busy), node, Instant.now().plus(settings.lease()));
        }
    }

    /**
     * A build does not survive the node running it: projects whose lease ran out (the
     * node was killed or restarted) are told their build was interrupted, and keep their
     * last good version.
     */
    void sweepInterrupted() {
        markInterrupted(Instant.now());
    }

    void markInterrupted(Instant now) {
        Instant staleBefore = now.minus(settings.lease());
        for (Project project : leases.abandoned(now, staleBefore)) {
            if (!busy.contains(project.id())) {
                releaser.interrupted(project, now, staleBefore);
            }
        }
    }

    /**
     * Running builds get their grace before the database goes (this bean is destroyed
     * before the beans it depends on; the executor alone would not be).
     */
    @Override
    public void destroy() {
        executor.close();
    }

}
