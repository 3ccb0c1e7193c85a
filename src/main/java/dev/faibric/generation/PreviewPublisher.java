package dev.faibric.generation;

import dev.faibric.deploy.Deployer;
import dev.faibric.deploy.Deployment;
import dev.faibric.deploy.DeploymentException;
import dev.faibric.generation.validation.AnswerLayout;
import dev.faibric.generation.validation.PreviewFiles;
import dev.faibric.project.Project;
import dev.faibric.project.SourceFile;
import dev.faibric.realtime.EventType;
import dev.faibric.realtime.ProjectEvents;
import dev.faibric.startcheck.StartCheck;
import dev.faibric.tsx.CompileException;
import dev.faibric.tsx.TsxCompiler;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Progressive preview of one generation: once {@code App.tsx} is complete, every
 * completed file redeploys the preview (modules not written yet render as placeholders)
 * and sends {@code preview}. A preview that does not compile yet is simply skipped;
 * validation of the whole app comes later. A preview with nothing missing is probably the
 * whole app, so the start check starts on it at once, while the model finishes its
 * answer.
 */
final class PreviewPublisher {

    private static final Logger log = LoggerFactory.getLogger(PreviewPublisher.class);

    private final Project project;

    private final Map<String, String> variables;

    private final Deployer deployer;

    private final StartCheck startCheck;

    private final TsxCompiler compiler;

    private final ProjectEvents events;

    private final long started;

    private @Nullable Duration firstPreview;

    PreviewPublisher(Project project, Map<String, String> variables, Deployer deployer, StartCheck startCheck,
            TsxCompiler compiler, ProjectEvents events, long startedNanos) {
        this.project = project;
        this.variables = variables;
        this.startCheck = startCheck;
        this.deployer = deployer;
        this.compiler = compiler;
        this.events = events;
        this.started = startedNanos;
    }

    void update(List<SourceFile> streamed) {
        List<SourceFile> written = AnswerLayout.normalise(streamed).files();
        if (written.stream().noneMatch(SourceFile::isEntry)) {
            return;
        }
        try {
            List<SourceFile> files = PreviewFiles.of(written, compiler);
            Deployment preview = deployer
                .preview(new Deployer.AppRelease(project.slug(), project.title(), 0, files, variables));
            if (files.size() == written.size()) {
                startCheck.prefetch(written, variables);
            }
            if (firstPreview == null) {
                firstPreview = Duration.ofNanos(System.nanoTime() - started);
            }
            events.publish(project.id(), EventType.PREVIEW, "Preview with " + written.size() + " file(s) written", Map
                .of("url", preview.url(), "files", written.size(), "placeholders", files.size() - written.size()));
        }
        catch (CompileException | DeploymentException e) {
            log.debug("No preview of project {} yet: {}", project.id(), e.getMessage());
        }
    }

    @Nullable Duration firstPreview() {
        return firstPreview;
    }

}
