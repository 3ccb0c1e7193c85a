package dev.faibric.export;

import dev.faibric.data.AppSchema;
import dev.faibric.hosting.AppUrls;
import dev.faibric.project.Project;
import dev.faibric.project.ProjectVersion;
import dev.faibric.project.PublicVariables;
import dev.faibric.project.SourceFile;
import dev.faibric.secrets.ProjectSecrets;
import dev.faibric.secrets.SecretName;
import dev.faibric.servercode.ServerCode;
import dev.faibric.tsx.CompileException;
import dev.faibric.tsx.TsxCompiler;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * A version of an app as a zipped Vite project: the version's files and data model, with
 * what the app runs with on Faibric (its address, its public variables, the names of its
 * server code's secrets but never their values).
 */
@Component
public class ProjectExport {

    private final AppUrls urls;

    private final PublicVariables variables;

    private final ProjectSecrets secrets;

    private final TsxCompiler compiler;

    private final JsonMapper json;

    ProjectExport(AppUrls urls, PublicVariables variables, ProjectSecrets secrets, TsxCompiler compiler,
            JsonMapper json) {
        this.urls = urls;
        this.variables = variables;
        this.secrets = secrets;
        this.compiler = compiler;
        this.json = json;
    }

    /** The folder the project is zipped in, and the zip's name: {@code <slug>-v<n>}. */
    public static String folder(Project project, int number) {
        return project.slug() + "-v" + number;
    }

    /** The version as a zip of the project's files, in {@link #folder}. */
    public byte[] zip(Project project, ProjectVersion version) {
        ExportedVersion app = exported(project, version);
        return ZipArchive.zip(folder(project, version.number()), ViteProject.files(app, json), version.createdAt());
    }

    ExportedVersion exported(Project project, ProjectVersion version) {
        List<SourceFile> files = version.files();
        List<String> secretNames = ServerCode.present(files)
                ? secrets.names(project.id()).stream().map(SecretName::name).toList() : List.of();
        Object title = version.result().get("title");
        return new ExportedVersion(project.slug(),
                title instanceof String text && !text.isBlank() ? text : project.title(), version.number(), files,
                schema(version), urls.url(project.slug()), variables.of(project.id()), secretNames, rootExport(files));
    }

    /** The version's data model as pretty JSON, if it has one Faibric can read. */
    private @Nullable String schema(ProjectVersion version) {
        Object database = version.result().get("database");
        if (database == null) {
            return null;
        }
        String text = database instanceof String string ? string : json.writeValueAsString(database);
        AppSchema schema = AppSchema.parse(text).value();
        return schema == null ? null : NpmFiles.pretty(json.readTree(schema.toJson()), json);
    }

    /**
     * How the root component is exported: as its default when it has one (Faibric's page
     * takes that first), otherwise as {@code App}.
     */
    private String rootExport(List<SourceFile> files) {
        for (SourceFile file : files) {
            if (file.isEntry()) {
                try {
                    return compiler.compile(file.path(), file.content()).hasDefaultExport() ? "default" : "App";
                }
                catch (CompileException e) {
                    return "default";
                }
            }
        }
        return "default";
    }

}
