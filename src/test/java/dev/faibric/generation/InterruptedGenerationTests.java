package dev.faibric.generation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.faibric.project.NewProject;
import dev.faibric.project.Project;
import dev.faibric.project.ProjectStatus;
import dev.faibric.project.Projects;
import dev.faibric.support.IntegrationTest;
import dev.faibric.support.SocketClient;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class InterruptedGenerationTests extends IntegrationTest {

    @Autowired
    Projects projects;

    @Autowired
    AppGenerator generator;

    @Test
    void aProjectWhoseBuildLeaseRanOutIsMarkedFailedWithAClearEvent() {
        Project orphan = projects.create(new NewProject("Tips", "a tip calculator", "tool"));

        generator.markInterrupted(java.time.Instant.now().plusSeconds(3600));

        assertThat(projects.find(orphan.id()).orElseThrow().status()).isEqualTo(ProjectStatus.FAILED);
        try (SocketClient socket = socket(orphan.id(), "")) {
            var error = socket.await("error", Duration.ofSeconds(10));
            assertThat(error.path("content").asString()).contains("interrupted (the server running it stopped)");
            assertThat(error.path("recoverable").asBoolean()).isFalse();
        }
    }

    @Test
    void aProjectBuildingOnAnotherNodeIsNotInterruptedWhileItsLeaseLives() {
        Project busy = projects.create(new NewProject("Tips", "a tip calculator", "tool"));
        assertThat(projects.acquireBuild(busy.id(), "another-node", java.time.Instant.now().plusSeconds(600))).isTrue();

        generator.markInterrupted(java.time.Instant.now());

        assertThat(projects.find(busy.id()).orElseThrow().status()).isEqualTo(ProjectStatus.GENERATING);
        assertThat(projects.acquireBuild(busy.id(), "this-node", java.time.Instant.now().plusSeconds(30))).isFalse();
        assertThat(generator.modify(busy.id(), "make it blue")).contains(AppGenerator.Refusal.BUSY);
    }
}
