package dev.faibric.project;

import static org.assertj.core.api.Assertions.assertThat;

import dev.faibric.data.AppSchema;
import dev.faibric.datastore.AppDataStore;
import dev.faibric.hosting.HostingSettings;
import dev.faibric.support.Api;
import dev.faibric.support.AppVisitor;
import dev.faibric.support.SocketClient;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Deleting a project: its row and everything referencing it, its deployed files and
 * previews, its data's schema and its users all go, other apps keep theirs, and a project
 * being built is not deleted. Implemented by a test class per database.
 */
interface ProjectDeletionCases {

    Duration WAIT = Duration.ofSeconds(30);

    String SCHEMA = """
            {"collections": {"notes": {"fields": {"text": {"type": "text"}},
              "access": {"list": "owner", "read": "owner", "create": "signed-in"}}}}""";

    /** The service under test: its API, its port and its beans. */
    record Service(Api api, int port, ApplicationContext context) {

        <T> T bean(Class<T> type) {
            return this.context.getBean(type);
        }

        JdbcClient jdbc() {
            return bean(JdbcClient.class);
        }

    }

    Service service();

    /**
     * A deployed app with data: a schema, a user who signed up on it and her rows, a
     * public variable and a secret.
     */
    private Project appWithData() {
        Service service = service();
        long id = service.api().generate("a tip calculator").json().path("id").asLong();
        try (SocketClient socket = SocketClient
            .connect("ws://localhost:" + service.port() + "/ws/project/" + id + "/")) {
            socket.await("deployed", WAIT);
        }
        Project project = service.bean(Projects.class).find(id).orElseThrow();
        service.bean(AppDataStore.class).apply(id, AppSchema.parse(SCHEMA).orThrow());
        AppVisitor ann = new AppVisitor(project.slug(), service.port());
        assertThat(ann.signUp("ann-" + UUID.randomUUID() + "@example.com", "a long password").status()).isEqualTo(201);
        assertThat(ann.post("/_api/data/notes", Map.of("text", "Ann's note")).status()).isEqualTo(201);
        assertThat(service.api()
            .put("/api/projects/" + id + "/environment", "{\"variables\": {\"VITE_X\": \"1\"}}")
            .status()).isEqualTo(200);
        assertThat(service.api().put("/api/projects/" + id + "/secrets/API_KEY", "{\"value\": \"k\"}").status())
            .isEqualTo(204);
        return project;
    }

    private Path files(Project project) {
        return service().bean(HostingSettings.class).appsVolume().toAbsolutePath().normalize().resolve(project.slug());
    }

    /**
     * Whether the app's data schema exists: {@code app_<id>}, after the platform's own
     * schema if not public.
     */
    private long schemas(long id) {
        String platform = service().jdbc().sql("SELECT CURRENT_SCHEMA").query(String.class).single();
        String name = (platform.equalsIgnoreCase("public") ? "" : platform + "_") + "app_" + id;
        return service().jdbc()
            .sql("SELECT COUNT(*) FROM information_schema.schemata WHERE schema_name = ?")
            .param(name)
            .query(Long.class)
            .single();
    }

    private long rows(String table, long id) {
        return service().jdbc()
            .sql("SELECT COUNT(*) FROM " + table + " WHERE project_id = ?")
            .param(id)
            .query(Long.class)
            .single();
    }

    private int appHost(Project project) {
        return service().api().getWithHost("/", project.slug() + ".apps.localhost:" + service().port()).status();
    }

    @Test
    default void aDeletedProjectIsGoneWithItsFilesDataAndUsers() throws IOException {
        Project project = appWithData();
        Project other = appWithData();
        long id = project.id();
        String path = "/api/projects/" + id;
        assertThat(appHost(project)).isEqualTo(200);
        assertThat(Files.isDirectory(files(project).resolve("v1"))).isTrue();
        assertThat(schemas(id)).isEqualTo(1);
        assertThat(rows("app_users", id)).isEqualTo(1);

        Api.Response deleted = service().api().delete(path);

        assertThat(deleted.status()).as(deleted.body()).isEqualTo(204);
        assertThat(service().api().get(path).status()).isEqualTo(404);
        assertThat(service().api().get("/api/projects").body()).doesNotContain(project.slug());
        assertThat(appHost(project)).isEqualTo(404);
        assertThat(service().api().get("/apps/" + project.slug() + "/").status()).isEqualTo(404);
        assertThat(new AppVisitor(project.slug(), service().port()).get("/_api/data/notes").status()).isEqualTo(404);
        assertThat(files(project)).doesNotExist();
        try (var left = Files.list(files(project).getParent())) {
            assertThat(left.map(p -> p.getFileName().toString())).doesNotContain(project.slug())
                .noneMatch(name -> name.startsWith(".removed-"));
        }
        assertThat(schemas(id)).isZero();
        for (String table : new String[] { "project_versions", "project_events", "project_variables", "project_secrets",
                "app_users", "app_sessions", "app_data" }) {
            assertThat(rows(table, id)).as(table).isZero();
        }
        assertThat(service().api().delete(path).status()).isEqualTo(404);
        assertThat(service().api().delete(path + "/").status()).isEqualTo(404);

        assertThat(appHost(other)).as("another app is untouched").isEqualTo(200);
        assertThat(schemas(other.id())).isEqualTo(1);
        assertThat(service().bean(AppDataStore.class).counts(other.id())).isEqualTo(Map.of("notes", 1L));
        assertThat(rows("app_users", other.id())).isEqualTo(1);
        assertThat(service().api().delete("/api/projects/" + other.id() + "/").status()).isEqualTo(204);
    }

    @Test
    default void aProjectBeingBuiltIsNotDeleted() {
        Project project = appWithData();
        BuildLeases leases = service().bean(BuildLeases.class);
        assertThat(leases.acquire(project.id(), "another-node", Instant.now().plusSeconds(60))).isTrue();

        Api.Response refused = service().api().delete("/api/projects/" + project.id());

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().path("detail").asString())
            .isEqualTo("\"" + project.title() + "\" is being built right now; delete it once the build has finished.");
        assertThat(service().api().get("/api/projects/" + project.id()).status()).isEqualTo(200);
        assertThat(appHost(project)).isEqualTo(200);
        assertThat(schemas(project.id())).isEqualTo(1);

        leases.release(project.id(), "another-node");
        assertThat(service().api().delete("/api/projects/" + project.id()).status()).isEqualTo(204);
        assertThat(files(project)).doesNotExist();
    }

    @Test
    default void aProjectWithoutFilesOrDataIsDeletedToo() {
        Project bare = service().bean(Projects.class).create(new NewProject("Bare", "nothing yet", AppType.WEBSITE));

        assertThat(service().api().delete("/api/projects/" + bare.id()).status()).isEqualTo(204);
        assertThat(service().bean(Projects.class).find(bare.id())).isEmpty();
    }

}
