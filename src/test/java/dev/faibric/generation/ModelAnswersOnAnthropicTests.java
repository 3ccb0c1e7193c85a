package dev.faibric.generation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.faibric.support.AnswerCorpusTest;
import dev.faibric.support.Browser;
import dev.faibric.support.ModelAnswer;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.test.context.TestPropertySource;

/**
 * The answers of the corpus written in Claude's style, streamed in Anthropic's Messages
 * format with Anthropic as the provider (the same context as
 * {@link AnthropicGenerationTests}): as {@link ModelAnswersTests} checks the others.
 */
@TestPropertySource(properties = { "faibric.ai.provider=anthropic", "faibric.ai.fallback=none" })
class ModelAnswersOnAnthropicTests extends AnswerCorpusTest {

    @RegisterExtension
    static final Browser browser = new Browser();

    @Test
    void everyAnswerGoesLiveAndRendersWithoutAConsoleError() {
        List<Outcome> outcomes = ModelAnswer.corpus()
            .stream()
            .filter(ModelAnswer::streamsAsAnthropic)
            .map(answer -> play(answer, browser, 40))
            .toList();

        System.out.println(report(outcomes));
        assertThat(outcomes).hasSizeGreaterThanOrEqualTo(8);
        assertThat(outcomes).allSatisfy(o -> assertThat(o.failures()).as(o.answer().name()).isEmpty());
        assertThat(outcomes.stream().filter(Outcome::firstPass).count() * 100)
            .isGreaterThanOrEqualTo(90L * outcomes.size());
    }

}
