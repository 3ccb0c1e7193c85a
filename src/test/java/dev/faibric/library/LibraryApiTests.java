package dev.faibric.library;

import static org.assertj.core.api.Assertions.assertThat;

import dev.faibric.support.Api;
import dev.faibric.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class LibraryApiTests extends IntegrationTest {

    @Test
    void searchFindsTheTemplateAPromptMeansWithScores() {
        JsonNode results = api().get("/api/repository/search/?q=split+the+dinner+bill+with+friends&limit=3")
            .json()
            .path("results");

        assertThat(results).hasSize(3);
        JsonNode best = results.get(0);
        assertThat(best.path("slug").asString()).isEqualTo("tip-calculator");
        assertThat(best.path("kind").asString()).isEqualTo("template");
        assertThat(best.path("similarity").asDouble()).isGreaterThan(results.get(2).path("similarity").asDouble());
        assertThat(best.path("score").asDouble()).isPositive();
    }

    @Test
    void searchCanBeNarrowedByCategory() {
        JsonNode results = api().get("/api/repository/search/?q=a+fun+game+for+kids&category=game&limit=10")
            .json()
            .path("results");

        assertThat(results).isNotEmpty().allSatisfy(r -> assertThat(r.path("category").asString()).isEqualTo("game"));
    }

    @Test
    void templatesArePagedAndFiltered() {
        JsonNode all = api().get("/api/repository/templates/?size=5").json();
        assertThat(all.path("total").asLong()).isGreaterThanOrEqualTo(13);
        assertThat(all.path("items")).hasSize(5);
        assertThat(all.path("items").get(0).has("keywords")).isTrue();

        JsonNode tools = api().get("/api/repository/templates/?category=tool&size=50").json();
        assertThat(tools.path("items")).isNotEmpty()
            .allSatisfy(t -> assertThat(t.path("category").asString()).isEqualTo("tool"));
        JsonNode second = api().get("/api/repository/templates/?size=5&page=1").json();
        assertThat(second.path("items").get(0).path("slug").asString())
            .isNotEqualTo(all.path("items").get(0).path("slug").asString());
    }

    @Test
    void badSearchesGetA400ThatSaysWhatIsWrong() {
        Api.Response empty = api().get("/api/repository/search/?q=");
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.json().path("detail").asString()).contains("?q=");
        assertThat(api().get("/api/repository/search/?q=x&limit=1000").json().path("detail").asString())
            .contains("1 to 100");
        assertThat(api().get("/api/repository/search/?q=x&kind=widget").json().path("detail").asString())
            .contains("kind must be");
        assertThat(api().get("/api/repository/templates/?page=-1").status()).isEqualTo(400);
    }

    @Test
    void themesAndDatabaseSchemasAreSearchableToo() {
        JsonNode theme = api()
            .get("/api/repository/search/?q=dark+premium+gold+for+a+jewellery+shop&kind=theme&limit=1")
            .json()
            .path("results")
            .get(0);
        assertThat(theme.path("slug").asString()).isEqualTo("luxury-gold-dark");
        assertThat(theme.path("category").asString()).isEqualTo("dark");
        JsonNode schema = api()
            .get("/api/repository/search/?q=tables+for+an+online+shop+with+orders&kind=schema&limit=1")
            .json()
            .path("results")
            .get(0);
        assertThat(schema.path("slug").asString()).isEqualTo("e-commerce");
    }

}
