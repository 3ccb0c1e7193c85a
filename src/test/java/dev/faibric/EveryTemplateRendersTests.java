package dev.faibric;

import static org.assertj.core.api.Assertions.assertThat;

import dev.faibric.container.DockerBase;
import dev.faibric.datastore.AppDataStore;
import dev.faibric.deploy.DeployLog;
import dev.faibric.deploy.Deployer;
import dev.faibric.deploy.Deployment;
import dev.faibric.deploy.DeploymentOrchestrator;
import dev.faibric.library.LibraryFixtures;
import dev.faibric.library.TemplateConfig;
import dev.faibric.library.TemplateMatch;
import dev.faibric.project.NewProject;
import dev.faibric.project.Project;
import dev.faibric.project.Projects;
import dev.faibric.project.SourceFile;
import dev.faibric.servercode.ServerCode;
import dev.faibric.startcheck.StartCheck;
import dev.faibric.support.Browser;
import dev.faibric.support.IntegrationTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every template the library ships, started by the start check (the offline composer's
 * apps must never be held back by it) and deployed as it is and rendered in headless
 * Chromium, light and dark; a template that keeps data with its data model applied.
 */
class EveryTemplateRendersTests extends IntegrationTest {

    static final Map<String, String> DARK = Map.of("primary", "#818cf8", "accent", "#f472b6", "background", "#0f172a",
            "surface", "#1e293b", "text", "#e2e8f0", "muted", "#94a3b8");

    @RegisterExtension
    static final Browser browser = new Browser();

    @Autowired
    Deployer deployer;

    @Autowired
    DeploymentOrchestrator deployments;

    @Autowired
    StartCheck startCheck;

    @Autowired
    Projects projects;

    @Autowired
    AppDataStore data;

    static Stream<Arguments> templates() {
        List<Arguments> cases = new ArrayList<>();
        List<TemplateMatch> all = LibraryFixtures.shippedTemplates();
        for (int i = 0; i < all.size(); i++) {
            // Every template light; every other one dark as well, so both palettes are
            // exercised throughout.
            cases.add(Arguments.of(all.get(i).slug(), false));
            if (i % 2 == 0) {
                cases.add(Arguments.of(all.get(i).slug(), true));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} (dark: {1})")
    @MethodSource("templates")
    void rendersWithoutAConsoleError(String slug, boolean dark) throws Exception {
        TemplateMatch template = LibraryFixtures.template(slug).orElseThrow();
        List<SourceFile> files = new ArrayList<>(template.files());
        files.add(new SourceFile(TemplateConfig.PATH,
                TemplateConfig.render("Northside Bakery & Co", template.tagline(),
                        dark ? DARK : TemplateConfig.NEUTRAL_COLORS,
                        Map.of("heading", "Georgia, serif", "body", "system-ui, sans-serif"), dark)));
        assertThat(startCheck.problem(files)).isEmpty();
        String appSlug = "render-" + slug + (dark ? "-dark" : "");
        Project project = null;
        boolean server = ServerCode.present(files);
        if (template.database() != null || server) {
            // An app that keeps data, or has server code, calls its own origin from the
            // first screen: it is a project deployed on its tier, as a release would.
            project = projects.create(new NewProject(appSlug, template.name(), template.appType()));
            if (template.database() != null) {
                data.apply(project.id(), template.database());
            }
            appSlug = project.slug();
        }
        if (server) {
            DockerBase.ensure();
        }
        Deployer.AppRelease release = new Deployer.AppRelease(appSlug, template.name(), 1, files);
        Deployment deployment = project == null ? deployer.deploy(release)
                : deployments.deploy(project.id(), release, template.database() != null, DeployLog.NONE);
        try {
            browser.consoleProblems();
            browser.open(deployment.url());

            assertThat(browser.visible(By.cssSelector("[data-testid=app-title]"), Duration.ofSeconds(20)).getText())
                .containsIgnoringCase("Northside Bakery");
            assertThat(browser.consoleProblems()).isEmpty();
        }
        finally {
            if (server) {
                deployments.remove(appSlug);
            }
        }
    }

}
