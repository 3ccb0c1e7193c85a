package dev.faibric.generation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.faibric.support.AnswerCorpusTest;
import dev.faibric.support.Browser;
import dev.faibric.support.ModelAnswer;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The corpus of model answers ({@code src/test/resources/model-answers/}) that stream in
 * OpenAI's wire format, each through the real pipeline to its live URL and into Chromium:
 * at least 90 % pass validation without a repair call (the pipeline's own fixes, reported
 * as notes, count as passing), every one passes after at most one, and every one shows
 * its text with no console error. The answers in Anthropic's format are
 * {@link ModelAnswersOnAnthropicTests}.
 */
class ModelAnswersTests extends AnswerCorpusTest {

    @RegisterExtension
    static final Browser browser = new Browser();

    @Test
    void everyAnswerGoesLiveAndRendersWithoutAConsoleError() {
        List<Outcome> outcomes = ModelAnswer.corpus()
            .stream()
            .filter(answer -> !answer.streamsAsAnthropic())
            .map(answer -> play(answer, browser, 40))
            .toList();

        System.out.println(report(outcomes));
        assertThat(outcomes).hasSizeGreaterThanOrEqualTo(25);
        assertThat(outcomes).allSatisfy(o -> assertThat(o.failures()).as(o.answer().name()).isEmpty());
        assertThat(outcomes.stream().filter(Outcome::firstPass).count() * 100)
            .isGreaterThanOrEqualTo(90L * outcomes.size());
    }

}
