package dev.faibric.generation;

import dev.faibric.data.AppSchema;
import dev.faibric.llm.LlmUsage;
import dev.faibric.project.Project;
import dev.faibric.project.ProjectVersion;
import dev.faibric.project.ProjectVersions;
import dev.faibric.realtime.EventType;
import dev.faibric.realtime.ProjectEvents;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Restores an earlier version, forward only (as {@code git revert} does): a new version
 * with the earlier one's files, data model and title, released like any build (its data
 * model applied in place, so the app's data stays; deployed on its tier; {@code complete}
 * and {@code deployed} sent), without a model call. At once, on the caller's thread,
 * holding the project's build lease like any build.
 */
@Component
public class Restorer {

    /** How a restore ended. */
    public enum Outcome {

        /** The new version is live. */
        RESTORED,
        /** The project has no such version. */
        NO_SUCH_VERSION,
        /** The version asked for is the live one already. */
        ALREADY_LIVE,
        /** A build of the project runs. */
        BUSY,
        /**
         * The restored version could not be deployed (the chat says why); the live one
         * stays.
         */
        FAILED

    }

    /**
     * @param outcome how it ended
     * @param version the new version, when restored
     */
    public record Restore(Outcome outcome, @Nullable Integer version) {
    }

    private final ProjectVersions versions;

    private final Releaser releaser;

    private final BuildRunner runner;

    private final ProjectEvents events;

    private final JsonMapper json;

    Restorer(ProjectVersions versions, Releaser releaser, BuildRunner runner, ProjectEvents events, JsonMapper json) {
        this.versions = versions;
        this.releaser = releaser;
        this.runner = runner;
        this.events = events;
        this.json = json;
    }

    public Restore restore(Project project, int number) {
        if (project.currentVersion() != null && project.currentVersion() == number) {
            return new Restore(Outcome.ALREADY_LIVE, number);
        }
        Optional<ProjectVersion> found = versions.find(project.id(), number);
        if (found.isEmpty()) {
            return new Restore(Outcome.NO_SUCH_VERSION, null);
        }
        ProjectVersion earlier = found.get();
        AtomicInteger restored = new AtomicInteger();
        Optional<Boolean> released = runner.runNow(project.id(), "restore", () -> {
            OptionalInt version = release(project, earlier);
            version.ifPresent(restored::set);
            return version.isPresent();
        });
        if (released.isEmpty()) {
            return new Restore(Outcome.BUSY, null);
        }
        return released.get() ? new Restore(Outcome.RESTORED, restored.get()) : new Restore(Outcome.FAILED, null);
    }

    private OptionalInt release(Project project, ProjectVersion earlier) {
        long started = System.nanoTime();
        events.publish(project.id(), EventType.THINKING, "Restoring version " + earlier.number(),
                Map.of("version", earlier.number()));
        AppSchema schema = VersionContents.schema(earlier, json);
        Object title = earlier.result().get("title");
        boolean backend = Boolean.TRUE.equals(earlier.result().get("requires_backend"));
        return releaser.released(project,
                new Releaser.Build(project.appType(), title instanceof String text ? text : project.title(), backend,
                        schema, earlier.files(), VersionContents.sections(earlier, json), List.of(),
                        "Restored version " + earlier.number(), LlmUsage.NONE, started),
                earlier.number());
    }

}
