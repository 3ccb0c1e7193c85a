package dev.faibric.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.faibric.account.Account;
import dev.faibric.platform.DatabaseRetry;
import dev.faibric.support.TestDatabase;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/** The same persistence behaviour on the embedded H2 and on the real PostgreSQL. */
class ProjectsPersistenceTests {

    /** The three repositories of this package on one database. */
    private record Stores(Projects projects, ProjectVersions versions, BuildLeases leases) {

        static Stores on(DataSource dataSource) {
            JdbcClient jdbc = JdbcClient.create(dataSource);
            JsonMapper json = JsonMapper.builder().build();
            DatabaseRetry retry = TestDatabase.retry(dataSource);
            return new Stores(new Projects(jdbc, json, retry), new ProjectVersions(jdbc, json, retry),
                    new BuildLeases(jdbc, retry));
        }

    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aNewProjectHasTheSeedsColumnsWithTheirDefaults(TestDatabase database) {
        Stores stores = Stores.on(database.create());
        Projects projects = stores.projects();
        ProjectVersions versions = stores.versions();
        BuildLeases leases = stores.leases();

        Project project = projects.create(new NewProject("Tip Calculator", "a tip calculator", AppType.TOOL));

        assertThat(project.id()).isPositive();
        assertThat(project.slug()).matches("tip-calculator-[a-z0-9]{6}");
        assertThat(project.appType()).isEqualTo(AppType.TOOL);
        assertThat(project.requiresBackend()).isFalse();
        assertThat(project.generationVersion()).isEqualTo("v2");
        assertThat(project.reusedComponents()).isEmpty();
        assertThat(project.status()).isEqualTo(ProjectStatus.GENERATING);
        assertThat(project.currentVersion()).isNull();
        assertThat(projects.find(project.id())).contains(project);
        assertThat(projects.exists(project.id())).isTrue();
        assertThat(projects.exists(project.id() + 1000)).isFalse();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void versionsAreNumberedInOrderAndKeepFilesAndResultExactly(TestDatabase database) {
        Stores stores = Stores.on(database.create());
        Projects projects = stores.projects();
        ProjectVersions versions = stores.versions();
        BuildLeases leases = stores.leases();
        Project project = projects.create(new NewProject("Tips", "tips", AppType.TOOL));
        List<SourceFile> files = List.of(new SourceFile("App.tsx", "export default () => <p>\"ünïcødé\" ✓</p>;\n"),
                new SourceFile("components/B.tsx", "export default 1;\n"), new SourceFile("a.ts", ""));
        Map<String, Object> result = Map.of("app_type", "tool", "title", "Tips", "features", List.of("x", "y"));

        ProjectVersion v1 = versions.add(project.id(), files, result, "first", GenerationCost.NONE);
        ProjectVersion v2 = versions.add(project.id(), files.subList(0, 1), result, "second", GenerationCost.NONE);

        assertThat(v1.number()).isEqualTo(1);
        assertThat(v2.number()).isEqualTo(2);
        ProjectVersion stored = versions.find(project.id(), 1).orElseThrow();
        assertThat(stored.files()).containsExactlyElementsOf(files);
        assertThat(stored.result()).isEqualTo(result);
        assertThat(versions.list(project.id())).extracting(ProjectVersions.VersionSummary::number)
            .containsExactly(2, 1);

        // A restore stores the earlier version's files as the database has them, and
        // says which version it restored.
        ProjectVersion v3 = versions.add(project.id(), files, result, "restored", GenerationCost.NONE, 1);
        assertThat(v3.number()).isEqualTo(3);
        ProjectVersion restored = versions.find(project.id(), 3).orElseThrow();
        assertThat(restored.files()).containsExactlyElementsOf(files);
        assertThat(restored.result()).isEqualTo(result);
        assertThat(versions.list(project.id())).filteredOn(v -> v.number() == 3)
            .extracting(ProjectVersions.VersionSummary::restoredFrom)
            .containsExactly(1);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aStoredVersionBecomesCurrentOnlyOnceItIsDeployed(TestDatabase database) {
        Stores stores = Stores.on(database.create());
        Projects projects = stores.projects();
        ProjectVersions versions = stores.versions();
        BuildLeases leases = stores.leases();
        Project project = projects.create(new NewProject("Tips", "tips", AppType.TOOL));
        versions.add(project.id(), List.of(), Map.of(), "first", GenerationCost.NONE);
        projects.markDeployed(project.id(), 1, "http://tips.apps.localhost:8080/");

        versions.add(project.id(), List.of(), Map.of(), "second, whose node died before it was deployed",
                GenerationCost.NONE);

        Project stored = projects.find(project.id()).orElseThrow();
        assertThat(stored.currentVersion()).isEqualTo(1);
        assertThat(versions.current(stored).orElseThrow().summary()).isEqualTo("first");
        assertThat(versions.add(project.id(), List.of(), Map.of(), "third", GenerationCost.NONE).number()).isEqualTo(3);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void anAbandonedBuildIsInterruptedOnceAndNotAfterANewBuildTookTheProject(TestDatabase database) {
        Stores stores = Stores.on(database.create());
        Projects projects = stores.projects();
        ProjectVersions versions = stores.versions();
        BuildLeases leases = stores.leases();
        java.time.Instant now = java.time.Instant.now();
        Project first = projects.create(new NewProject("Tips", "tips", AppType.TOOL));
        Project change = projects.create(new NewProject("Notes", "notes", AppType.TOOL));
        versions.add(change.id(), List.of(), Map.of(), "first", GenerationCost.NONE);
        projects.markDeployed(change.id(), 1, "http://notes.apps.localhost:8080/");
        projects.updateStatus(change.id(), ProjectStatus.GENERATING);
        Project retried = projects.create(new NewProject("Todo", "todo", AppType.TOOL));
        for (Project p : List.of(first, change, retried)) {
            assertThat(leases.acquire(p.id(), "dead-node", now.minusSeconds(1))).isTrue();
        }
        assertThat(leases.abandoned(now, now.minusSeconds(30))).extracting(Project::id)
            .contains(first.id(), change.id(), retried.id());
        assertThat(leases.acquire(retried.id(), "live-node", now.plusSeconds(30))).isTrue();

        assertThat(leases.interrupt(first.id(), now, now.minusSeconds(30))).isTrue();
        assertThat(leases.interrupt(first.id(), now, now.minusSeconds(30))).as("a second sweep").isFalse();
        assertThat(leases.interrupt(change.id(), now, now.minusSeconds(30))).isTrue();
        assertThat(leases.interrupt(retried.id(), now, now.minusSeconds(30))).isFalse();

        assertThat(projects.find(first.id()).orElseThrow().status()).isEqualTo(ProjectStatus.FAILED);
        assertThat(projects.find(change.id()).orElseThrow().status()).isEqualTo(ProjectStatus.READY);
        assertThat(projects.find(change.id()).orElseThrow().currentVersion()).isEqualTo(1);
        assertThat(projects.find(retried.id()).orElseThrow().status()).isEqualTo(ProjectStatus.GENERATING);
        assertThat(leases.acquire(first.id(), "live-node", now.plusSeconds(30))).as("the user retries").isTrue();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aVersionNumberCannotBeWrittenTwice(TestDatabase database) {
        var dataSource = database.create();
        Stores stores = Stores.on(dataSource);
        Projects projects = stores.projects();
        ProjectVersions versions = stores.versions();
        Project project = projects.create(new NewProject("Tips", "tips", AppType.TOOL));
        versions.add(project.id(), List.of(), Map.of(), null, GenerationCost.NONE);

        assertThatThrownBy(() -> JdbcClient.create(dataSource)
            .sql("INSERT INTO project_versions (project_id, number, files, result) VALUES (?, 1, CAST('[]' AS jsonb), CAST('{}' AS jsonb))")
            .param(project.id())
            .update()).isInstanceOf(DuplicateKeyException.class);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void statusTitleAndDeploymentAreUpdatedAndTheListIsNewestFirst(TestDatabase database) {
        Stores stores = Stores.on(database.create());
        Projects projects = stores.projects();
        ProjectVersions versions = stores.versions();
        BuildLeases leases = stores.leases();
        Project older = projects.create(new NewProject("Older", "older", AppType.WEBSITE));
        Project newer = projects.create(new NewProject("Newer", "newer", AppType.GAME));

        projects.describe(newer.id(), "Snake", AppType.GAME, true);
        projects.markDeployed(newer.id(), 1, "http://snake.apps.localhost:8080/");

        Project updated = projects.find(newer.id()).orElseThrow();
        assertThat(updated.title()).isEqualTo("Snake");
        assertThat(updated.requiresBackend()).isTrue();
        assertThat(updated.status()).isEqualTo(ProjectStatus.READY);
        assertThat(updated.url()).isEqualTo("http://snake.apps.localhost:8080/");
        assertThat(updated.currentVersion()).isEqualTo(1);
        assertThat(projects.recent(Account.LOCAL_ID, 10)).extracting(Project::id)
            .containsExactly(newer.id(), older.id());
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void eachVersionKeepsWhatItCostAndTheRecentSummariesReadOldestFirst(TestDatabase database) {
        Stores stores = Stores.on(database.create());
        Projects projects = stores.projects();
        ProjectVersions versions = stores.versions();
        BuildLeases leases = stores.leases();
        Project project = projects.create(new NewProject("Tips", "tips", AppType.TOOL));
        GenerationCost cost = new GenerationCost(2, 1850, 4200, 512, 9340, 9290, "openai", "gpt-4o");

        versions.add(project.id(), List.of(), Map.of(), "Generated from the prompt", cost);
        versions.add(project.id(), List.of(), Map.of(), "Made the button blue", GenerationCost.NONE);
        versions.add(project.id(), List.of(), Map.of(), "Added a footer", GenerationCost.NONE);

        assertThat(versions.find(project.id(), 1).orElseThrow().cost()).isEqualTo(cost);
        assertThat(versions.list(project.id())).last().extracting(ProjectVersions.VersionSummary::cost).isEqualTo(cost);
        assertThat(versions.find(project.id(), 2).orElseThrow().cost()).isEqualTo(GenerationCost.NONE);
        assertThat(versions.recentSummaries(project.id(), 2)).containsExactly("v2: Made the button blue",
                "v3: Added a footer");
    }

}
