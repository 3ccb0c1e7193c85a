package dev.faibric.composer;

import java.util.List;
import org.junit.jupiter.api.Tag;

/**
 * The whole request corpus (118 requests) through the same checks as
 * {@link RequestCorpusTests}, which runs a third of it in CI; prints the rates and every
 * miss. {@code ./mvnw -DskipFrontend test -Pbenchmark -Dtest=RequestCorpusBenchmark}
 * (about three minutes on two cores).
 */
@Tag("benchmark")
class RequestCorpusBenchmark extends RequestCorpusTests {

    @Override
    List<LabelledRequests> requests() {
        return LabelledRequests.all();
    }

}
