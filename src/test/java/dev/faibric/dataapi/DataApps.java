package dev.faibric.dataapi;

import dev.faibric.data.AppSchema;
import dev.faibric.datastore.AppDataStore;
import dev.faibric.project.AppType;
import dev.faibric.project.NewProject;
import dev.faibric.project.Project;
import dev.faibric.project.Projects;
import dev.faibric.support.AppVisitor;

/**
 * Apps with data for the data API's tests: a project made directly (no build), its schema
 * applied as a release would, and visitors at its real URL.
 */
final class DataApps {

    private final Projects projects;

    private final AppDataStore store;

    private final int port;

    DataApps(Projects projects, AppDataStore store, int port) {
        this.projects = projects;
        this.store = store;
        this.port = port;
    }

    /** An app whose schema is this JSON, written with {@code '} for {@code "}. */
    Project app(String schema) {
        Project project = this.projects.create(new NewProject("Data app", "an app with data", AppType.WEBSITE));
        if (schema != null) {
            this.store.apply(project.id(), AppSchema.parse(schema.replace('\'', '"')).orThrow());
        }
        return project;
    }

    AppVisitor visitor(Project project) {
        return new AppVisitor(project.slug(), this.port);
    }

}
