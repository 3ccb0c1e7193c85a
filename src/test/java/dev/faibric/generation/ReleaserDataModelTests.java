package dev.faibric.generation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import dev.faibric.data.AppSchema;
import dev.faibric.data.SchemaChange;
import dev.faibric.datastore.AppDataStore;
import dev.faibric.deploy.DeploymentOrchestrator;
import dev.faibric.deploy.Deployment;
import dev.faibric.deploy.DeploymentSettings;
import dev.faibric.deploy.DeploymentStrategy;
import dev.faibric.hosting.AppUrls;
import dev.faibric.llm.LlmUsage;
import dev.faibric.project.AppType;
import dev.faibric.project.BuildLeases;
import dev.faibric.project.GenerationCost;
import dev.faibric.project.Project;
import dev.faibric.project.ProjectStatus;
import dev.faibric.project.ProjectVersion;
import dev.faibric.project.ProjectVersions;
import dev.faibric.project.Projects;
import dev.faibric.project.PublicVariables;
import dev.faibric.project.SourceFile;
import dev.faibric.realtime.EventType;
import dev.faibric.realtime.ProjectEvents;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import tools.jackson.databind.json.JsonMapper;

/**
 * The release of an app that keeps data, with each deployment strategy: auto applies its
 * data model before the deploy and says what changed only when something did; static
 * applies nothing and deploys it with a warning that its data features are off.
 */
class ReleaserDataModelTests {

    static final AppSchema SCHEMA = AppSchema
        .parse("{\"collections\": {\"entries\": {\"fields\": {\"message\": {\"type\": \"text\"}}}}}")
        .orThrow();

    static final Project PROJECT = new Project(7, "guestbook", "Guestbook", "a guestbook", AppType.WEBAPP, true, "v1",
            List.of(), ProjectStatus.GENERATING, null, null, Instant.now(), Instant.now(), 1);

    final ProjectVersions versions = mock(ProjectVersions.class);

    final ProjectEvents events = mock(ProjectEvents.class);

    final DeploymentOrchestrator deployer = mock(DeploymentOrchestrator.class);

    final AppDataStore data = mock(AppDataStore.class);

    private Releaser releaser(DeploymentStrategy strategy) throws Exception {
        when(versions.add(anyLong(), any(), any(), any(), any(), any())).thenReturn(new ProjectVersion(7, 1, List.of(),
                Map.of(), "Generated from the prompt", GenerationCost.NONE, Instant.now()));
        when(deployer.deploy(anyLong(), any(), anyBoolean(), any()))
            .thenReturn(new Deployment("guestbook", 1, "http://guestbook.apps.localhost/", Duration.ofMillis(3)));
        AppUrls urls = mock(AppUrls.class);
        when(urls.pathUrl(any())).thenReturn("/apps/guestbook/");
        PublicVariables variables = mock(PublicVariables.class);
        when(variables.of(anyLong())).thenReturn(Map.of());
        return new Releaser(mock(Projects.class), versions, mock(BuildLeases.class), events,
                new ResultAssembler(JsonMapper.builder().build()), deployer, urls, variables, data,
                new DeploymentSettings(strategy));
    }

    private static Releaser.Build build() {
        return new Releaser.Build(AppType.WEBAPP, "Guestbook", true, SCHEMA,
                List.of(new SourceFile("App.tsx", "export default () => null;\n")), Map.of("database", SCHEMA.toJson()),
                List.of(), "Generated from the prompt", LlmUsage.NONE, 0);
    }

    @Test
    void withTheStaticStrategyTheDataModelIsNotAppliedAndTheVersionSaysItsDataFeaturesAreOff() throws Exception {
        assertThat(releaser(DeploymentStrategy.STATIC).release(PROJECT, build())).isTrue();

        verify(data, never()).apply(anyLong(), any());
        String warning = "This app keeps shared data, but DEPLOYMENT_STRATEGY is static, so it is deployed as a "
                + "static app with its data features (sign-in and shared data) off.";
        verify(events).publish(eq(7L), eq(EventType.MESSAGE), eq(warning), anyMap());
        @SuppressWarnings("unchecked")
        ArgumentCaptor<Map<String, Object>> extra = ArgumentCaptor.forClass(Map.class);
        verify(events).publish(eq(7L), eq(EventType.COMPLETE), any(), extra.capture());
        assertThat(extra.getValue().get("warnings")).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
            .containsExactly(warning);
        verify(deployer).deploy(anyLong(), any(), anyBoolean(), any());
    }

    @Test
    void applyingTheSameDataModelAgainSaysNothing() throws Exception {
        when(data.apply(7, SCHEMA)).thenReturn(SchemaChange.between(SCHEMA, SCHEMA));

        assertThat(releaser(DeploymentStrategy.AUTO).release(PROJECT, build())).isTrue();

        verify(data).apply(7, SCHEMA);
        verify(events, never()).publish(anyLong(), eq(EventType.MESSAGE), any(), anyMap());
        verify(deployer).deploy(anyLong(), any(), anyBoolean(), any());
    }

}
