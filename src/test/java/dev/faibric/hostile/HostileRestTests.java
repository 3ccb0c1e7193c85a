package dev.faibric.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every REST endpoint against the hostile table ({@link HostileRestCases}): each request
 * gets its 4xx problem with a detail that says what is wrong, nothing is stored, nothing
 * is built.
 */
class HostileRestTests extends HostileTest {

    private long project;

    @BeforeAll
    void aProjectWithAVersion() {
        project = deployedProject().id();
    }

    static List<HostileRestCases.Case> cases() {
        return HostileRestCases.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void aHostileRequestGetsACleanAnswerAndChangesNothing(HostileRestCases.Case hostile) {
        Map<String, Long> before = stored();

        RawHttp.Answer answer = http().request(hostile.method(), hostile.path().replace("{p}", "" + project),
                "localhost", hostile.contentType(), hostile.body());

        assertProblem(answer, hostile.status(), hostile.detail());
        assertThat(stored()).isEqualTo(before);
    }

}
