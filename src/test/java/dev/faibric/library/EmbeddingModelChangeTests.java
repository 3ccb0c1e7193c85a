package dev.faibric.library;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.faibric.embedding.TextEmbeddings;
import dev.faibric.support.TestDatabase;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * Stored embeddings name their model: a library that starts with another model (here
 * OpenAI's text-embedding-3-small, served in its real API format) embeds every entry
 * again, once.
 */
class EmbeddingModelChangeTests {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private static LibrarySearch library(DataSource dataSource, TextEmbeddings embeddings) {
        LibraryRows rows = new LibraryRows(JdbcClient.create(dataSource), JSON, TestDatabase.retry(dataSource));
        LibrarySearch search = new LibrarySearch(rows, embeddings, new LibrarySettings(true, 0.85));
        new LibrarySeeder(new ShippedLibrary(JSON), rows, embeddings, search, JSON).afterSingletonsInstantiated();
        return search;
    }

    @Test
    void switchingTheEmbeddingModelRecomputesEveryStoredEmbeddingOnce() {
        DataSource dataSource = TestDatabase.H2.create();
        JdbcClient jdbc = JdbcClient.create(dataSource);
        library(dataSource, TextEmbeddings.allMiniLmL6V2());
        assertThat(jdbc.sql("SELECT DISTINCT embedding_model FROM code_templates").query(String.class).list())
            .containsExactly("all-minilm-l6-v2-q");

        WireMockServer openAi = new WireMockServer(options().dynamicPort().globalTemplating(true));
        openAi.start();
        try {
            String vector = IntStream.range(0, 1536)
                .mapToObj(i -> i % 7 == 0 ? "0.02" : "-0.01")
                .collect(Collectors.joining(","));
            openAi.stubFor(post(urlEqualTo("/v1/embeddings")).willReturn(aResponse()
                .withHeader("Content-Type", "application/json")
                .withBody("{\"object\":\"list\",\"data\":[{{#each (jsonPath request.body '$.input') as |text|}}"
                        + "{{#unless @first}},{{/unless}}{\"object\":\"embedding\",\"index\":{{@index}},\"embedding\":["
                        + vector + "]}"
                        + "{{/each}}],\"model\":\"text-embedding-3-small\",\"usage\":{\"prompt_tokens\":8,\"total_tokens\":8}}")));
            TextEmbeddings remote = TextEmbeddings.openAi("sk-test", "http://localhost:" + openAi.port() + "/v1",
                    "text-embedding-3-small");

            LibrarySearch switched = library(dataSource, remote);
            int calls = openAi.countRequestsMatching(postRequestedFor(urlEqualTo("/v1/embeddings")).build()).getCount();
            library(dataSource, remote);

            assertThat(jdbc.sql("SELECT DISTINCT embedding_model FROM code_templates").query(String.class).list())
                .containsExactly("openai:text-embedding-3-small");
            assertThat(calls).isPositive();
            assertThat(openAi.countRequestsMatching(postRequestedFor(urlEqualTo("/v1/embeddings")).build()).getCount())
                .as("a restart with the same model embeds nothing again")
                .isEqualTo(calls);
            openAi.verify(postRequestedFor(urlEqualTo("/v1/embeddings"))
                .withHeader("Authorization", equalTo("Bearer sk-test"))
                .withRequestBody(matchingJsonPath("$.model", equalTo("text-embedding-3-small"))));
            assertThat(switched.search("split a restaurant bill", LibraryKind.TEMPLATE, null, 3,
                    LibrarySearch.Reader.owner(1)))
                .hasSize(3);
        }
        finally {
            openAi.stop();
        }
    }

}
