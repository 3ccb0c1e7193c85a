package dev.faibric.classification;

import static org.assertj.core.api.Assertions.assertThat;

import dev.faibric.classification.LabelledPrompts.LabelledPrompt;
import dev.faibric.classification.NearestPrompts.Neighbour;
import dev.faibric.embedding.TextEmbeddings;
import dev.faibric.project.AppType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The local app type classifier: nearest neighbours over embeddings of the committed
 * labelled prompts, plus keywords. Accuracy is measured on
 * {@code classification/app-types-heldout.tsv}, a set written separately from the
 * training set, in other words; the figures are printed. Latency is printed, never
 * asserted.
 */
class AppTypeClassifierTests {

    static final String HELD_OUT = "classification/app-types-heldout.tsv";
    static final int WARM_UP_ROUNDS = 3;
    static final int TIMED_ROUNDS = 5;

    static TextEmbeddings embeddings;
    static AppTypeClassifier classifier;
    static double modelLoadMs;
    static double trainingEmbedMs;

    @BeforeAll
    static void loadModelAndEmbedTheTrainingSet() {
        long start = System.nanoTime();
        embeddings = TextEmbeddings.allMiniLmL6V2();
        modelLoadMs = (System.nanoTime() - start) / 1e6;
        List<LabelledPrompt> training = LabelledPrompts.load(LabelledPrompts.TRAINING);
        start = System.nanoTime();
        classifier = new AppTypeClassifier(embeddings, training);
        trainingEmbedMs = (System.nanoTime() - start) / 1e6;
        System.out.printf(Locale.ROOT,
                "%nApp type classifier start-up (%s, %d cores): model load %.0f ms, "
                        + "embedding %d training prompts %.0f ms%n",
                Runtime.version(), Runtime.getRuntime().availableProcessors(), modelLoadMs, training.size(),
                trainingEmbedMs);
    }

    @ParameterizedTest(name = "\"{0}\" is a {1}")
    @CsvSource(delimiter = '|', textBlock = """
            a tip calculator                                   | tool
            A unit converter for cooking                       | tool
            pomodoro timer                                     | tool
            a landing page for my bakery                       | website
            Portfolio site for a wedding photographer          | website
            a kanban board that remembers my tasks             | webapp
            todo list with categories                          | webapp
            habit tracker                                      | webapp
            a sales dashboard with monthly revenue charts      | dashboard
            analytics overview of website traffic              | dashboard
            a tic-tac-toe game                                 | game
            memory match puzzle for kids                       | game
            a contact form for my design studio                | form
            customer satisfaction survey                       | form
            RSVP for our wedding                               | form
            something nice                                     | website
            """)
    void classifiesPromptsByTheirWords(String prompt, String type) {
        assertThat(classifier.classify(prompt).wire()).isEqualTo(type);
    }

    @ParameterizedTest(name = "\"{0}\" is a {1}")
    @CsvSource(delimiter = '|', textBlock = """
            tic tac toe for my bakery's website                | game
            a landing page for my calculator app               | website
            a landing page for our new puzzle game             | website
            a dashboard of my todo list                        | dashboard
            a chess club website                               | website
            a form to sign up for the chess tournament         | form
            """)
    void theFirstStrongPhraseDominatesTheNeighbours(String prompt, String type) {
        assertThat(classifier.classify(prompt).wire()).isEqualTo(type);
    }

    @Test
    void aPromptThatSaysNothingIsAWebsite() {
        assertThat(classifier.classify("")).isEqualTo(AppType.WEBSITE);
        assertThat(classifier.classify("   ")).isEqualTo(AppType.WEBSITE);
        assertThat(classifier.classify("?!")).isEqualTo(AppType.WEBSITE);
    }

    @Test
    void explainsItsAnswerWithAConfidenceAndTheNearestExamples() {
        AppTypeGuess guess = classifier.guess("I need something to work out my monthly mortgage payments");
        assertThat(guess.type()).isEqualTo(AppType.TOOL);
        assertThat(guess.scores()).containsOnlyKeys(AppTypeClassifier.TYPES);
        assertThat(guess.scores().get(AppType.TOOL))
            .isEqualTo(guess.scores().values().stream().mapToDouble(Double::doubleValue).max().orElseThrow());
        assertThat(guess.confidence()).isGreaterThan(1.0 / AppTypeClassifier.TYPES.size()).isLessThanOrEqualTo(1.0);
        assertThat(guess.nearest()).hasSize(AppTypeClassifier.K);
        assertThat(guess.nearest().getFirst().similarity()).isGreaterThan(guess.nearest().getLast().similarity());
        assertThat(guess.nearest().getFirst().prompt()).containsIgnoringCase("mortgage");
    }

    @Test
    void theLabelledSetsAreLargeBalancedAndDisjoint() {
        List<LabelledPrompt> training = LabelledPrompts.load(LabelledPrompts.TRAINING);
        List<LabelledPrompt> heldOut = LabelledPrompts.load(HELD_OUT);
        assertThat(training).hasSizeGreaterThanOrEqualTo(180);
        assertThat(heldOut).hasSizeGreaterThanOrEqualTo(40);
        for (AppType type : AppTypeClassifier.TYPES) {
            assertThat(training.stream().filter(p -> p.type().equals(type)).count()).as(type.wire())
                .isGreaterThanOrEqualTo(30);
            assertThat(heldOut.stream().filter(p -> p.type().equals(type)).count()).as(type.wire())
                .isGreaterThanOrEqualTo(6);
        }
        List<String> trainingPrompts = training.stream().map(p -> p.prompt().toLowerCase(Locale.ROOT)).toList();
        assertThat(heldOut).noneMatch(p -> trainingPrompts.contains(p.prompt().toLowerCase(Locale.ROOT)));
    }

    @Test
    void heldOutAccuracyIsAtLeastNinetyPercent() {
        List<LabelledPrompt> heldOut = LabelledPrompts.load(HELD_OUT);
        for (int round = 0; round < WARM_UP_ROUNDS; round++) {
            heldOut.forEach(p -> classifier.classify(p.prompt()));
        }
        double[] millis = new double[TIMED_ROUNDS * heldOut.size()];
        for (int round = 0; round < TIMED_ROUNDS; round++) {
            for (int i = 0; i < heldOut.size(); i++) {
                long start = System.nanoTime();
                classifier.guess(heldOut.get(i).prompt());
                millis[round * heldOut.size() + i] = (System.nanoTime() - start) / 1e6;
            }
        }
        List<AppType> types = AppTypeClassifier.TYPES;
        int[][] confusion = new int[types.size()][types.size()];
        List<String> misses = new ArrayList<>();
        int correct = 0;
        for (LabelledPrompt p : heldOut) {
            AppTypeGuess guess = classifier.guess(p.prompt());
            confusion[types.indexOf(p.type())][types.indexOf(guess.type())]++;
            if (guess.type().equals(p.type())) {
                correct++;
            }
            else {
                misses.add(String.format(Locale.ROOT, "  %-9s -> %-9s (%.2f) %s  [nearest: %s %.2f \"%s\"]", p.type(),
                        guess.type(), guess.confidence(), p.prompt(), guess.nearest().getFirst().type(),
                        guess.nearest().getFirst().similarity(), guess.nearest().getFirst().prompt()));
            }
        }
        double accuracy = (double) correct / heldOut.size();
        Arrays.sort(millis);
        System.out.printf(Locale.ROOT,
                "%nApp type classification, held-out set (%s, %d prompts written apart from the %d training prompts)%n",
                HELD_OUT, heldOut.size(), LabelledPrompts.load(LabelledPrompts.TRAINING).size());
        System.out.printf(Locale.ROOT,
                "  accuracy %.1f %% (%d/%d), k=%d, keyword weight %.2f, strong phrase bonus %.1f%n", 100 * accuracy,
                correct, heldOut.size(), AppTypeClassifier.K, AppTypeClassifier.KEYWORD_WEIGHT,
                AppTypeClassifier.STRONG_BONUS);
        System.out.printf(Locale.ROOT, "  confusion matrix (rows: labelled, columns: classified)%n  %-10s", "");
        types.forEach(t -> System.out.printf(Locale.ROOT, "%10s", t));
        System.out.println();
        for (int r = 0; r < types.size(); r++) {
            System.out.printf(Locale.ROOT, "  %-10s", types.get(r));
            for (int c = 0; c < types.size(); c++) {
                System.out.printf(Locale.ROOT, "%10d", confusion[r][c]);
            }
            System.out.println();
        }
        misses.forEach(System.out::println);
        System.out.printf(Locale.ROOT,
                "  latency per prompt (%d classifications after %d warm-up rounds): p50 %.2f ms, p99 %.2f ms, max %.2f ms%n",
                millis.length, WARM_UP_ROUNDS, percentile(millis, 50), percentile(millis, 99),
                millis[millis.length - 1]);
        String longPrompt = String.join(" ",
                Collections.nCopies(40, "a booking app for my salon with staff calendars,"));
        double[] longMillis = new double[20];
        for (int i = 0; i < longMillis.length; i++) {
            long start = System.nanoTime();
            classifier.guess(longPrompt);
            longMillis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(longMillis);
        System.out.printf(Locale.ROOT,
                "  a %d-character prompt (classified by its first %d): p50 %.2f ms, max %.2f ms%n", longPrompt.length(),
                AppTypeClassifier.MAX_CHARS, percentile(longMillis, 50), longMillis[longMillis.length - 1]);
        System.out.printf(Locale.ROOT, "  start-up: model load %.0f ms, embedding the training set %.0f ms%n",
                modelLoadMs, trainingEmbedMs);

        assertThat(accuracy).isGreaterThanOrEqualTo(0.90);
    }

    /**
     * How K and the keyword weight were chosen: leave-one-out accuracy on the training
     * set (the held-out set plays no part in the choice; its accuracy is printed beside
     * it, for information).
     */
    @Test
    void leaveOneOutAccuracyOnTheTrainingSetChoosesTheParameters() {
        List<LabelledPrompt> training = LabelledPrompts.load(LabelledPrompts.TRAINING);
        List<LabelledPrompt> heldOut = LabelledPrompts.load(HELD_OUT);
        float[][] trainingVectors = embeddings.embedAll(training.stream().map(LabelledPrompt::prompt).toList());
        float[][] heldOutVectors = embeddings.embedAll(heldOut.stream().map(LabelledPrompt::prompt).toList());
        NearestPrompts nearest = new NearestPrompts(training, trainingVectors);
        int[] ks = { 1, 3, 5, 7, 9, 11, 15 };
        double[] weights = { 0, 0.02, 0.05, 0.1, 0.2 };
        double[] bonuses = { 0, 0.5, 1.0 };
        double chosen = 0;
        for (double bonus : bonuses) {
            System.out.printf(Locale.ROOT,
                    "%nLeave-one-out accuracy on the %d training prompts (held-out accuracy in brackets), strong phrase bonus %.1f%n  %-8s",
                    training.size(), bonus, "k \\ kw");
            for (double w : weights) {
                System.out.printf(Locale.ROOT, "%17.2f", w);
            }
            System.out.println();
            for (int k : ks) {
                System.out.printf(Locale.ROOT, "  %-8d", k);
                for (double w : weights) {
                    int looCorrect = 0;
                    for (int i = 0; i < training.size(); i++) {
                        List<Neighbour> neighbours = nearest.nearest(trainingVectors[i], k, i);
                        AppType type = AppTypeClassifier
                            .decide(neighbours, AppTypeKeywords.evidence(training.get(i).prompt()), w, bonus)
                            .type();
                        looCorrect += type.equals(training.get(i).type()) ? 1 : 0;
                    }
                    int heldOutCorrect = 0;
                    for (int i = 0; i < heldOut.size(); i++) {
                        List<Neighbour> neighbours = nearest.nearest(heldOutVectors[i], k);
                        AppType type = AppTypeClassifier
                            .decide(neighbours, AppTypeKeywords.evidence(heldOut.get(i).prompt()), w, bonus)
                            .type();
                        heldOutCorrect += type.equals(heldOut.get(i).type()) ? 1 : 0;
                    }
                    double loo = (double) looCorrect / training.size();
                    boolean isChosen = k == AppTypeClassifier.K && w == AppTypeClassifier.KEYWORD_WEIGHT
                            && bonus == AppTypeClassifier.STRONG_BONUS;
                    if (isChosen) {
                        chosen = loo;
                    }
                    System.out.printf(Locale.ROOT, "%7.1f%% (%4.1f%%)%s", 100 * loo,
                            100.0 * heldOutCorrect / heldOut.size(), isChosen ? "*" : " ");
                }
                System.out.println();
            }
        }
        System.out.println("  (* the parameters in use)");
        assertThat(chosen).isGreaterThanOrEqualTo(0.85);
    }

    private static double percentile(double[] sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(index, sorted.length - 1))];
    }

}
