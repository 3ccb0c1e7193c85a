package dev.faibric.runtime;

import dev.faibric.deploy.BrowserFiles;
import dev.faibric.generation.AppGenerator;
import dev.faibric.limits.LimitExceeded;
import dev.faibric.llm.LlmProviders;
import dev.faibric.project.ProjectAccess;
import dev.faibric.project.BuildLeases;
import dev.faibric.project.Project;
import dev.faibric.project.ProjectVersion;
import dev.faibric.project.ProjectVersions;
import dev.faibric.project.SourceFile;
import dev.faibric.realtime.EventType;
import dev.faibric.realtime.ProjectEvents;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.web.server.ResponseStatusException;

/**
 * Starts the change that fixes a run-time error, where the policy that makes fix loops
 * impossible is kept, whoever asks (the "Fix it" button, or the UI fixing on its own):
 * every fix through here is an automatic one, a request the platform wrote rather than
 * the owner. It is refused (409, saying why) while a build of the project runs or waits,
 * for an error already sent to be fixed (by its normalised message), and when the owner's
 * latest turn already had its automatic fix (a chat message from the owner starts a new
 * turn). The offline template composer cannot fix code, so it is refused there too.
 */
@Service
class RuntimeFixer {

    static final String OFFLINE = "The offline template composer cannot fix code: it only assembles apps from "
            + "templates. Restore a version that ran clean instead, or configure an AI model.";

    static final String BUILDING = "A build of this app is running or waiting; an error is sent to be fixed only "
            + "once no build is.";

    static final String SAME_ERROR = "This error was already sent to be fixed once, and the same error is never sent "
            + "twice. Say in the chat what goes wrong, or restore a version that ran clean.";

    static final String TURN_USED = "This app already had its automatic fix since your last message: one per "
            + "message, so fixes cannot go round in circles. Say in the chat what goes wrong.";

    private final AppGenerator generator;

    private final LlmProviders providers;

    private final BuildLeases leases;

    private final AutomaticFixes fixes;

    private final ProjectVersions versions;

    private final ProjectEvents events;

    RuntimeFixer(AppGenerator generator, LlmProviders providers, BuildLeases leases, AutomaticFixes fixes,
            ProjectVersions versions, ProjectEvents events) {
        this.generator = generator;
        this.providers = providers;
        this.leases = leases;
        this.fixes = fixes;
        this.versions = versions;
        this.events = events;
    }

    /**
     * Starts the fix of an error the project's version {@code version} (its live one when
     * null) threw, and returns the change request it sent.
     * @throws ResponseStatusException 409 when the policy refuses it, 404 for an unknown
     * version
     * @throws LimitExceeded when the owner may not start a build now
     */
    String fix(Project project, @Nullable Integer version, RuntimeError error) {
        long id = project.id();
        Integer number = version != null ? version : project.currentVersion();
        Optional<ProjectVersion> thrower = number == null ? Optional.empty() : versions.find(id, number);
        if (version != null && thrower.isEmpty()) {
            throw ProjectAccess.noSuchVersion(id, version);
        }
        if (!providers.active().writesEdits()) {
            throw refused(OFFLINE);
        }
        if (leases.held(id)) {
            throw refused(BUILDING);
        }
        String normalised = ErrorFingerprint.normalise(error.text());
        String fingerprint = ErrorFingerprint.of(normalised);
        if (!fixes.claimError(id, fingerprint, normalised, number)) {
            throw refused(SAME_ERROR);
        }
        if (!fixes.claimTurn(id)) {
            fixes.forgetError(id, fingerprint);
            throw refused(TURN_USED);
        }
        String prompt = FixPrompt.of(error, thrower.map(v -> sourceOf(v, error.path())).orElse(null));
        Optional<AppGenerator.Refusal> refusal;
        try {
            events.publish(id, EventType.USER, prompt, Map.of("fix", true));
            refusal = generator.modify(id, prompt);
        }
        catch (LimitExceeded e) {
            fixes.forget(id, fingerprint);
            events.publish(id, EventType.ERROR, e.detail(),
                    Map.of("recoverable", true, "retryAfter", e.retryAfter().toSeconds()));
            throw e;
        }
        catch (RuntimeException e) {
            fixes.forget(id, fingerprint);
            throw e;
        }
        if (refusal.isPresent()) {
            // A build started between the check and the claim.
            fixes.forget(id, fingerprint);
            events.publish(id, EventType.ERROR, BUILDING, Map.of("recoverable", true));
            throw refused(BUILDING);
        }
        return prompt;
    }

    /**
     * The source file the browser's {@code served} file was transpiled from; modules are
     * imported without extensions, so the browser may name {@code components/Chart} for
     * {@code components/Chart.tsx} (served as {@code components/Chart.js}).
     */
    private static @Nullable String sourceOf(ProjectVersion version, String served) {
        if (served.isEmpty()) {
            return null;
        }
        String stem = served.replaceFirst("\\.(tsx|ts|jsx|js)$", "");
        // "App.js" is both the name served and its stem's: a set of distinct names.
        Set<String> names = new HashSet<>(List.of(served, stem + ".js", stem + "/index.js"));
        return version.files()
            .stream()
            .map(SourceFile::path)
            .filter(path -> path.equals(served) || names.contains(BrowserFiles.servedPath(path)))
            .findFirst()
            .orElse(null);
    }

    private static ResponseStatusException refused(String why) {
        return new ResponseStatusException(HttpStatus.CONFLICT, why);
    }

}
