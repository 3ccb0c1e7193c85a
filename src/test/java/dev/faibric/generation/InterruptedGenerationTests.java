package dev.faibric.generation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.faibric.project.AppType;
import dev.faibric.project.BuildLeases;
import dev.faibric.project.GenerationCost;
import dev.faibric.project.NewProject;
import dev.faibric.project.Project;
import dev.faibric.project.ProjectStatus;
import dev.faibric.project.ProjectVersions;
import dev.faibric.project.Projects;
import dev.faibric.realtime.ProjectEvent;
import dev.faibric.realtime.ProjectEvents;
import dev.faibric.support.IntegrationTest;
import dev.faibric.support.SocketClient;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class InterruptedGenerationTests extends IntegrationTest {

    @Autowired
    Projects projects;

    @Autowired
    ProjectVersions versions;

    @Autowired
    BuildLeases leases;

    @Autowired
    AppGenerator generator;

    @Autowired
    BuildRunner runner;

    @Autowired
    ProjectEvents events;

    @Autowired
    Releaser releaser;

    @Test
    void aProjectWhoseBuildLeaseRanOutIsMarkedFailedWithAClearEvent() {
        Project orphan = projects.create(new NewProject("Tips", "a tip calculator", AppType.TOOL));

        runner.markInterrupted(java.time.Instant.now().plusSeconds(3600));

        assertThat(projects.find(orphan.id()).orElseThrow().status()).isEqualTo(ProjectStatus.FAILED);
        try (SocketClient socket = socket(orphan.id(), "")) {
            var error = socket.await("error", Duration.ofSeconds(10));
            assertThat(error.path("content").asString()).contains("interrupted (the server running it stopped)");
            assertThat(error.path("recoverable").asBoolean()).isFalse();
        }
    }

    @Test
    void twoNodesThatFindTheSameAbandonedBuildReportItOnce() {
        Project orphan = projects.create(new NewProject("Tips", "a tip calculator", AppType.TOOL));
        java.time.Instant later = java.time.Instant.now().plusSeconds(3600);
        java.time.Instant staleBefore = later.minusSeconds(30);
        assertThat(leases.abandoned(later, staleBefore)).extracting(Project::id).contains(orphan.id());

        // Both sweeps read the project as abandoned before either reported it.
        releaser.interrupted(orphan, later, staleBefore);
        releaser.interrupted(orphan, later, staleBefore);

        assertThat(events.after(orphan.id(), 0, 100)).extracting(ProjectEvent::type).containsExactly("error");
    }

    @Test
    void aVersionStoredButNeverDeployedBeforeTheNodeDiedIsNotTakenForALiveOne() {
        Project orphan = projects.create(new NewProject("Tips", "a tip calculator", AppType.TOOL));
        versions.add(orphan.id(), java.util.List.of(), java.util.Map.of(), "Generated from the prompt",
                GenerationCost.NONE);
        assertThat(leases.acquire(orphan.id(), "dead-node", java.time.Instant.now().minusSeconds(1))).isTrue();

        runner.markInterrupted(java.time.Instant.now());

        Project after = projects.find(orphan.id()).orElseThrow();
        assertThat(after.status()).isEqualTo(ProjectStatus.FAILED);
        assertThat(after.currentVersion()).isNull();
        assertThat(events.after(orphan.id(), 0, 100)).singleElement()
            .extracting(ProjectEvent::json)
            .asString()
            .contains("send your request again")
            .doesNotContain("previous version stays live");
    }

    @Test
    void aProjectBuildingOnAnotherNodeIsNotInterruptedWhileItsLeaseLives() {
        Project busy = projects.create(new NewProject("Tips", "a tip calculator", AppType.TOOL));
        assertThat(leases.acquire(busy.id(), "another-node", java.time.Instant.now().plusSeconds(600))).isTrue();

        runner.markInterrupted(java.time.Instant.now());

        assertThat(projects.find(busy.id()).orElseThrow().status()).isEqualTo(ProjectStatus.GENERATING);
        assertThat(leases.acquire(busy.id(), "this-node", java.time.Instant.now().plusSeconds(30))).isFalse();
        assertThat(generator.modify(busy.id(), "make it blue")).contains(AppGenerator.Refusal.BUSY);
    }

}
