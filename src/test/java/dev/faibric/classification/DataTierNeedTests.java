package dev.faibric.classification;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.core.io.ClassPathResource;

/**
 * Knowing when an app needs the data tier, measured on labelled prompts of both kinds
 * (written before the rules), with the accuracy printed.
 */
class DataTierNeedTests {

    private record Labelled(boolean needed, String prompt) {
    }

    private static List<Labelled> labelled(String file) throws IOException {
        List<Labelled> prompts = new ArrayList<>();
        String text = new ClassPathResource("classification/" + file).getContentAsString(StandardCharsets.UTF_8);
        for (String line : text.split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split("\t", 2);
            prompts.add(new Labelled(parts[0].equals("yes"), parts[1].strip()));
        }
        return prompts;
    }

    @Test
    void decidesTheLabelledPromptsBothWays() throws IOException {
        assertThat(accuracy("data-tier.tsv")).isGreaterThanOrEqualTo(0.9);
    }

    @Test
    void decidesTheSecondSetItsRulesWereGeneralisedOn() throws IOException {
        assertThat(accuracy("data-tier-second.tsv")).isGreaterThanOrEqualTo(0.9);
    }

    @Test
    void decidesHeldOutPromptsItsRulesWereNeverFittedTo() throws IOException {
        assertThat(accuracy("data-tier-holdout.tsv")).isGreaterThanOrEqualTo(0.8);
    }

    private static double accuracy(String file) throws IOException {
        List<Labelled> prompts = labelled(file);
        int truePositives = 0;
        int trueNegatives = 0;
        List<String> wrong = new ArrayList<>();
        for (Labelled p : prompts) {
            DataTierNeed.Decision decision = DataTierNeed.of(p.prompt());
            if (decision.needed() == p.needed()) {
                truePositives += p.needed() ? 1 : 0;
                trueNegatives += p.needed() ? 0 : 1;
            }
            else {
                wrong.add((p.needed() ? "missed: " : "false alarm: ") + p.prompt() + " " + decision.signals());
            }
        }
        long positives = prompts.stream().filter(Labelled::needed).count();
        long negatives = prompts.size() - positives;
        double accuracy = (truePositives + trueNegatives) / (double) prompts.size();
        System.out.printf("Data tier decision on %s, %d labelled prompts: accuracy %.1f%% (%d/%d needed, %d/%d not)%n",
                file, prompts.size(), accuracy * 100, truePositives, positives, trueNegatives, negatives);
        wrong.forEach(w -> System.out.println("  " + w));

        assertThat(positives).isGreaterThanOrEqualTo(30);
        assertThat(negatives).isGreaterThanOrEqualTo(30);
        return accuracy;
    }

    @ParameterizedTest(name = "\"{0}\" needs it: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            let people log in                                  | true
            save posts so everyone sees them                   | true
            store the scores on the server                     | true
            make the header blue                               | false
            add a dark mode toggle                             | false
            keep my notes in the browser                       | false
            add a reset button                                 | false
            """)
    void aChangeRequestCanTurnItOn(String change, boolean needed) {
        assertThat(DataTierNeed.of(change).needed()).isEqualTo(needed);
    }

    @ParameterizedTest(name = "\"{0}\" needs it: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            a supplier directory my team can all add to        | true
            a reading list our book club picks from            | true
            a chore chart for my family                        | false
            """)
    void aGroupDoingThingsWithTheAppNeedsIt(String request, boolean needed) {
        assertThat(DataTierNeed.of(request).needed()).isEqualTo(needed);
    }

    @Test
    void saysWhy() {
        DataTierNeed.Decision decision = DataTierNeed
            .of("a discussion forum where members post questions and answer each other");

        assertThat(decision.needed()).isTrue();
        assertThat(decision.because()).contains("members", "shared data", "a community place");
    }

}
