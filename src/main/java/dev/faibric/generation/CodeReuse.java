package dev.faibric.generation;

import dev.faibric.library.ComponentCode;
import dev.faibric.library.LibraryKind;
import dev.faibric.library.LibraryLearning;
import dev.faibric.library.LibrarySearch;
import dev.faibric.library.TemplateConfig;
import dev.faibric.library.TemplateMatch;
import dev.faibric.project.AppType;
import dev.faibric.project.GenerationCost;
import dev.faibric.project.ProjectVersion;
import dev.faibric.project.Projects;
import dev.faibric.project.SourceFile;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a generation takes from the code library: the template it starts from when one is
 * close enough (a model then adapts it with edits instead of writing from scratch), the
 * components it is offered as available code, and, once the app is live, the record of
 * what was reused.
 */
@Component
class CodeReuse {

    static final int COMPONENTS_OFFERED = 2;

    static final double COMPONENT_SIMILARITY = 0.45;

    /**
     * How close a library schema must be to a request for its data model to be offered.
     */
    static final double DATA_MODEL_SIMILARITY = 0.45;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final LibrarySearch library;

    private final LibraryLearning learning;

    private final Projects projects;

    CodeReuse(LibrarySearch library, LibraryLearning learning, Projects projects) {
        this.library = library;
        this.learning = learning;
        this.projects = projects;
    }

    Optional<TemplateMatch> template(String prompt, AppType appType) {
        return library.reusableTemplate(prompt, appType);
    }

    /**
     * The template as the first version of the app a model will adapt: its files, a
     * neutral config.ts, and its data model if it has one.
     */
    static ProjectVersion starter(long projectId, TemplateMatch template) {
        List<SourceFile> files = new ArrayList<>();
        for (SourceFile file : template.files()) {
            files.add(file);
            if (file.isEntry()) {
                files.add(new SourceFile(TemplateConfig.PATH,
                        TemplateConfig.render(template.defaultTitle(), template.tagline(),
                                TemplateConfig.NEUTRAL_COLORS,
                                Map.of("heading", "system-ui, sans-serif", "body", "system-ui, sans-serif"), false)));
            }
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("description", template.description());
        result.put("features", template.features());
        if (template.database() != null) {
            result.put("database", JSON.readValue(template.database().toJson(), Object.class));
            result.put("requires_backend", true);
        }
        return new ProjectVersion(projectId, 0, files, result, "the '" + template.name() + "' template",
                GenerationCost.NONE, Instant.now());
    }

    /**
     * Library components worth offering for a prompt, among those the project's owner may
     * see.
     */
    List<ComponentCode> components(String prompt, long ownerId) {
        return library.relevantComponents(prompt, COMPONENTS_OFFERED, COMPONENT_SIMILARITY,
                LibrarySearch.Reader.owner(ownerId));
    }

    /**
     * The library's data model closest to a request, if it is close enough to offer to a
     * model as the start of its {@code <database>}.
     */
    Optional<LibrarySearch.DataModel> dataModel(String prompt) {
        return library.relevantDataModel(prompt, DATA_MODEL_SIMILARITY);
    }

    /**
     * Records the template the app was built from and the offered components it kept, and
     * counts their use.
     */
    void record(long projectId, @Nullable String templateSlug, List<ComponentCode> offered, List<SourceFile> files) {
        Set<String> reused = new LinkedHashSet<>();
        if (templateSlug != null && !templateSlug.isBlank()) {
            reused.add(templateSlug);
            learning.recordUse(LibraryKind.TEMPLATE, templateSlug);
        }
        for (ComponentCode component : offered) {
            if (files.stream().anyMatch(f -> f.path().equals(component.path()))) {
                reused.add(component.slug());
                learning.recordUse(LibraryKind.COMPONENT, component.slug());
            }
        }
        if (!reused.isEmpty()) {
            projects.recordReuse(projectId, List.copyOf(reused));
        }
    }

}
