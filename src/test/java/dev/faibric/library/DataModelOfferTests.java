package dev.faibric.library;

import static org.assertj.core.api.Assertions.assertThat;

import dev.faibric.embedding.TextEmbeddings;
import dev.faibric.support.TestDatabase;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * The library offers a model the data model of the schema closest to a request, in the
 * declarative form, when one is close enough (printed, so the threshold can be judged).
 */
class DataModelOfferTests {

    static final JsonMapper JSON = JsonMapper.builder().build();

    /** The threshold generation uses (CodeReuse.DATA_MODEL_SIMILARITY). */
    static final double OFFERED_FROM = 0.45;

    static LibrarySearch library;

    @BeforeAll
    static void seed() {
        DataSource dataSource = TestDatabase.H2.create();
        TextEmbeddings embeddings = TextEmbeddings.allMiniLmL6V2();
        LibraryRows rows = new LibraryRows(JdbcClient.create(dataSource), JSON, TestDatabase.retry(dataSource));
        library = new LibrarySearch(rows, embeddings, new LibrarySettings(true, 0.85));
        new LibrarySeeder(new ShippedLibrary(JSON), rows, embeddings, library, JSON).afterSingletonsInstantiated();
    }

    @ParameterizedTest(name = "\"{0}\" is offered {1}")
    @CsvSource(delimiter = '|', textBlock = """
            a blog with comments                                              | blog
            a news site where editors publish articles                        | blog
            an online shop with a cart and checkout where I see the orders    | e-commerce
            a booking portal for my hair salon where clients book appointments | bookings
            a CRM with contacts and a deal pipeline                           | crm
            an inventory system with stock levels and purchase orders         | inventory
            a team task manager where we assign tasks to each other           | tasks
            a tip calculator                                                  | nothing
            a snake game                                                      | nothing
            a landing page for my bakery                                      | nothing
            """)
    void offersTheSchemaThatFitsTheRequest(String request, String expected) {
        var closest = library.relevantDataModel(request, 0).orElseThrow();
        System.out.printf("%-70s closest %-11s %.3f%n", request, closest.slug(), closest.similarity());
        var offered = library.relevantDataModel(request, OFFERED_FROM);

        if (expected.equals("nothing")) {
            assertThat(offered).isEmpty();
        }
        else {
            assertThat(offered).hasValueSatisfying(m -> {
                assertThat(m.slug()).isEqualTo(expected);
                assertThat(m.schema().collections()).isNotEmpty();
            });
        }
    }

}
