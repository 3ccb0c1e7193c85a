package dev.faibric.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.faibric.support.TestDatabase;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/** The same persistence behaviour on the embedded H2 and on the real PostgreSQL. */
class ProjectsPersistenceTests {

    private static Projects projects(TestDatabase database) {
        var dataSource = database.create();
        return new Projects(JdbcClient.create(dataSource), JsonMapper.builder().build(),
                TestDatabase.retry(dataSource));
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aNewProjectHasTheSeedsColumnsWithTheirDefaults(TestDatabase database) {
        Projects projects = projects(database);

        Project project = projects.create(new NewProject("Tip Calculator", "a tip calculator", "tool"));

        assertThat(project.id()).isPositive();
        assertThat(project.slug()).matches("tip-calculator-[a-z0-9]{6}");
        assertThat(project.appType()).isEqualTo("tool");
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
        Projects projects = projects(database);
        Project project = projects.create(new NewProject("Tips", "tips", "tool"));
        List<SourceFile> files = List.of(new SourceFile("App.tsx", "export default () => <p>\"ünïcødé\" ✓</p>;\n"),
                new SourceFile("components/B.tsx", "export default 1;\n"), new SourceFile("a.ts", ""));
        Map<String, Object> result = Map.of("app_type", "tool", "title", "Tips", "features", List.of("x", "y"));

        ProjectVersion v1 = projects.addVersion(project.id(), files, result, "first");
        ProjectVersion v2 = projects.addVersion(project.id(), files.subList(0, 1), result, "second");

        assertThat(v1.number()).isEqualTo(1);
        assertThat(v2.number()).isEqualTo(2);
        ProjectVersion stored = projects.version(project.id(), 1).orElseThrow();
        assertThat(stored.files()).containsExactlyElementsOf(files);
        assertThat(stored.result()).isEqualTo(result);
        assertThat(projects.versions(project.id())).extracting(Projects.VersionSummary::number).containsExactly(2, 1);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aStoredVersionBecomesCurrentOnlyOnceItIsDeployed(TestDatabase database) {
        Projects projects = projects(database);
        Project project = projects.create(new NewProject("Tips", "tips", "tool"));
        projects.addVersion(project.id(), List.of(), Map.of(), "first");
        projects.markDeployed(project.id(), 1, "http://tips.apps.localhost:8080/");

        projects.addVersion(project.id(), List.of(), Map.of(), "second, whose node died before it was deployed");

        Project stored = projects.find(project.id()).orElseThrow();
        assertThat(stored.currentVersion()).isEqualTo(1);
        assertThat(projects.currentVersion(stored).orElseThrow().summary()).isEqualTo("first");
        assertThat(projects.addVersion(project.id(), List.of(), Map.of(), "third").number()).isEqualTo(3);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void anAbandonedBuildIsInterruptedOnceAndNotAfterANewBuildTookTheProject(TestDatabase database) {
        Projects projects = projects(database);
        java.time.Instant now = java.time.Instant.now();
        Project first = projects.create(new NewProject("Tips", "tips", "tool"));
        Project change = projects.create(new NewProject("Notes", "notes", "tool"));
        projects.addVersion(change.id(), List.of(), Map.of(), "first");
        projects.markDeployed(change.id(), 1, "http://notes.apps.localhost:8080/");
        projects.updateStatus(change.id(), ProjectStatus.GENERATING);
        Project retried = projects.create(new NewProject("Todo", "todo", "tool"));
        for (Project p : List.of(first, change, retried)) {
            assertThat(projects.acquireBuild(p.id(), "dead-node", now.minusSeconds(1))).isTrue();
        }
        assertThat(projects.abandonedBuilds(now, now.minusSeconds(30))).extracting(Project::id)
            .contains(first.id(), change.id(), retried.id());
        assertThat(projects.acquireBuild(retried.id(), "live-node", now.plusSeconds(30))).isTrue();

        assertThat(projects.interruptBuild(first.id(), now, now.minusSeconds(30))).isTrue();
        assertThat(projects.interruptBuild(first.id(), now, now.minusSeconds(30))).as("a second sweep").isFalse();
        assertThat(projects.interruptBuild(change.id(), now, now.minusSeconds(30))).isTrue();
        assertThat(projects.interruptBuild(retried.id(), now, now.minusSeconds(30))).isFalse();

        assertThat(projects.find(first.id()).orElseThrow().status()).isEqualTo(ProjectStatus.FAILED);
        assertThat(projects.find(change.id()).orElseThrow().status()).isEqualTo(ProjectStatus.READY);
        assertThat(projects.find(change.id()).orElseThrow().currentVersion()).isEqualTo(1);
        assertThat(projects.find(retried.id()).orElseThrow().status()).isEqualTo(ProjectStatus.GENERATING);
        assertThat(projects.acquireBuild(first.id(), "live-node", now.plusSeconds(30))).as("the user retries").isTrue();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aVersionNumberCannotBeWrittenTwice(TestDatabase database) {
        var dataSource = database.create();
        Projects projects = new Projects(JdbcClient.create(dataSource), JsonMapper.builder().build(),
                TestDatabase.retry(dataSource));
        Project project = projects.create(new NewProject("Tips", "tips", "tool"));
        projects.addVersion(project.id(), List.of(), Map.of(), null);

        assertThatThrownBy(() -> JdbcClient.create(dataSource)
            .sql("INSERT INTO project_versions (project_id, number, files, result) VALUES (?, 1, CAST('[]' AS jsonb), CAST('{}' AS jsonb))")
            .param(project.id())
            .update()).isInstanceOf(DuplicateKeyException.class);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void statusTitleAndDeploymentAreUpdatedAndTheListIsNewestFirst(TestDatabase database) {
        Projects projects = projects(database);
        Project older = projects.create(new NewProject("Older", "older", "website"));
        Project newer = projects.create(new NewProject("Newer", "newer", "game"));

        projects.describe(newer.id(), "Snake", "game", true);
        projects.markDeployed(newer.id(), 1, "http://snake.apps.localhost:8080/");

        Project updated = projects.find(newer.id()).orElseThrow();
        assertThat(updated.title()).isEqualTo("Snake");
        assertThat(updated.requiresBackend()).isTrue();
        assertThat(updated.status()).isEqualTo(ProjectStatus.READY);
        assertThat(updated.url()).isEqualTo("http://snake.apps.localhost:8080/");
        assertThat(updated.currentVersion()).isEqualTo(1);
        assertThat(projects.recent(10)).extracting(Project::id).containsExactly(newer.id(), older.id());
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void eachVersionKeepsWhatItCostAndTheRecentSummariesReadOldestFirst(TestDatabase database) {
        Projects projects = projects(database);
        Project project = projects.create(new NewProject("Tips", "tips", "tool"));
        GenerationCost cost = new GenerationCost(2, 1850, 4200, 512, 9340, 9290, "openai", "gpt-4o");

        projects.addVersion(project.id(), List.of(), Map.of(), "Generated from the prompt", cost);
        projects.addVersion(project.id(), List.of(), Map.of(), "Made the button blue");
        projects.addVersion(project.id(), List.of(), Map.of(), "Added a footer");

        assertThat(projects.version(project.id(), 1).orElseThrow().cost()).isEqualTo(cost);
        assertThat(projects.versions(project.id())).last().extracting(Projects.VersionSummary::cost).isEqualTo(cost);
        assertThat(projects.version(project.id(), 2).orElseThrow().cost()).isEqualTo(GenerationCost.NONE);
        assertThat(projects.recentSummaries(project.id(), 2)).containsExactly("v2: Made the button blue",
                "v3: Added a footer");
    }

}
