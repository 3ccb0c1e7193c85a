package dev.faibric.generation;

import dev.faibric.composer.OfflineChanges;
import dev.faibric.llm.LlmProvider;
import dev.faibric.project.Project;
import dev.faibric.project.ProjectVersions;
import dev.faibric.realtime.EventType;
import dev.faibric.realtime.ProjectEvents;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * A change to an existing app with the offline composer, which composes the app anew
 * rather than editing it: what the request asks that the composer can do (a new name, new
 * colours) is done, the rest is said to be not done; a request with nothing it can do
 * makes no version at all, and the chat says why. Colours asked for earlier are kept
 * unless the request asks for others: a new page background keeps the components' colour.
 */
@Component
class OfflineChangeBuild {

    private static final int EARLIER_CHANGES = 20;

    private final FirstBuild firstBuild;

    private final Releaser releaser;

    private final ProjectEvents events;

    private final ProjectVersions versions;

    OfflineChangeBuild(FirstBuild firstBuild, Releaser releaser, ProjectEvents events, ProjectVersions versions) {
        this.firstBuild = firstBuild;
        this.releaser = releaser;
        this.events = events;
        this.versions = versions;
    }

    boolean run(Project project, LlmProvider composer, String change, long started) {
        OfflineChanges.Plan plan = OfflineChanges.plan(change);
        if (!plan.doesAnything()) {
            releaser.fail(project, plan.refusal());
            return false;
        }
        // The newest colours first: where two ask for the page background (or the
        // components), the first one counts, so each change keeps what the others set.
        String colours = String.join("\n\n", plan.colours(), earlierColours(project.id())).strip();
        String title = plan.title() != null ? plan.title() : project.title();
        boolean released = firstBuild.run(project, composer, colours + "\n\nThe app so far: " + project.prompt(),
                project.appType(), new FirstBuild.Recompose(title, Releaser.summaryOf(change)), started);
        if (released) {
            events.publish(project.id(), EventType.MESSAGE, plan.report(), Map.of());
        }
        return released;
    }

    /** The colours earlier changes asked for, the latest first, one a paragraph. */
    private String earlierColours(long projectId) {
        List<String> summaries = versions.recentSummaries(projectId, EARLIER_CHANGES);
        List<String> colours = new ArrayList<>();
        for (String summary : summaries.reversed()) {
            String request = summary.substring(summary.indexOf(": ") + 2);
            String asked = OfflineChanges.plan(request).colours();
            if (!asked.isEmpty()) {
                colours.add(asked);
            }
        }
        return String.join("\n\n", colours);
    }

}
