package dev.faibric.classification;

import dev.faibric.classification.AppTypeKeywords.Evidence;
import dev.faibric.classification.LabelledPrompts.LabelledPrompt;
import dev.faibric.classification.NearestPrompts.Neighbour;
import dev.faibric.embedding.TextEmbeddings;
import dev.faibric.project.AppType;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Picks the seed's app type (website, webapp, tool, dashboard, game, form) for a prompt,
 * locally: no AI call is spent on classification. The prompt is embedded and compared
 * with every labelled example prompt of {@link LabelledPrompts#TRAINING}; its {@link #K}
 * nearest vote for their types, each vote weighted by its similarity, and keywords add a
 * bonus to their type ({@link AppTypeKeywords}); the first strong phrase, such as "tic
 * tac toe", "landing page" or "dashboard" (the prompt's head noun, usually), adds a
 * further bonus, so that "a landing page for my calculator app" is a website and "tic tac
 * toe for my bakery's website" a game. Ties go to the earlier type in {@link #TYPES}. A
 * prompt with no keyword that is not near any example is a {@code website}, the seed's
 * default.
 */
@Component
public class AppTypeClassifier {

    private static final Logger log = LoggerFactory.getLogger(AppTypeClassifier.class);

    /** Every type, in the order ties are broken (the enum's: most specific first). */
    static final List<AppType> TYPES = List.of(AppType.values());

    // K, KEYWORD_WEIGHT and STRONG_BONUS were chosen on the grid that
    // AppTypeClassifierTests prints (leave-one-out accuracy on the training set, held-out
    // accuracy beside it).

    /** Nearest examples that vote. */
    static final int K = 7;

    /** Bonus per keyword point, against a nearest-neighbour vote share of at most 1. */
    static final double KEYWORD_WEIGHT = 0.05;

    /**
     * Bonus for the type whose strong phrase comes first (see
     * {@link AppTypeKeywords.Evidence}).
     */
    static final double STRONG_BONUS = 0.5;

    /**
     * Below this similarity to every example, and with no keyword, the prompt says
     * nothing: default.
     */
    static final double MIN_SIMILARITY = 0.25;

    /**
     * Longer prompts are classified by their beginning, where people say what they want
     * (about 100 tokens): the model's cost grows with the length of the text, and this
     * keeps one call near the cost of a short prompt.
     */
    static final int MAX_CHARS = 500;

    private final TextEmbeddings embeddings;

    private final NearestPrompts examples;

    @Autowired
    AppTypeClassifier(TextEmbeddings embeddings) {
        this(embeddings, LabelledPrompts.load(LabelledPrompts.TRAINING));
    }

    AppTypeClassifier(TextEmbeddings embeddings, List<LabelledPrompt> examples) {
        this.embeddings = embeddings;
        long start = System.nanoTime();
        this.examples = new NearestPrompts(examples,
                embeddings.embedAll(examples.stream().map(LabelledPrompt::prompt).toList()));
        log.info("Embedded {} labelled example prompts for app type classification in {} ms", examples.size(),
                (System.nanoTime() - start) / 1_000_000);
    }

    /** The app type of a prompt: one of {@link #TYPES}. */
    public AppType classify(String prompt) {
        return guess(prompt).type();
    }

    /**
     * The app type of a prompt with its confidence, every type's score and the nearest
     * examples.
     */
    AppTypeGuess guess(String prompt) {
        String text = prompt.strip();
        if (text.length() > MAX_CHARS) {
            text = text.substring(0, MAX_CHARS);
        }
        if (text.chars().noneMatch(Character::isLetterOrDigit)) {
            return decide(List.of(), Evidence.NONE, KEYWORD_WEIGHT, STRONG_BONUS);
        }
        return decide(examples.nearest(embeddings.embed(text), K), AppTypeKeywords.evidence(text), KEYWORD_WEIGHT,
                STRONG_BONUS);
    }

    /**
     * Combines the nearest examples' similarity-weighted vote (each type's share, 0..1)
     * with the keyword scores (times {@code keywordWeight}) and the first strong phrase
     * ({@code strongBonus}), and picks the highest.
     */
    static AppTypeGuess decide(List<Neighbour> neighbours, Evidence words, double keywordWeight, double strongBonus) {
        double[] scores = new double[TYPES.size()];
        for (int t = 0; t < scores.length; t++) {
            scores[t] = keywordWeight * words.scores()[t];
        }
        if (words.firstStrong() >= 0) {
            scores[words.firstStrong()] += strongBonus;
        }
        boolean nearAny = !neighbours.isEmpty() && neighbours.getFirst().similarity() >= MIN_SIMILARITY;
        if (!words.any() && !nearAny) {
            return new AppTypeGuess(AppType.DEFAULT, 0, scoreMap(scores), neighbours);
        }
        double votes = 0;
        for (Neighbour n : neighbours) {
            votes += Math.max(n.similarity(), 0);
        }
        if (votes > 0) {
            for (Neighbour n : neighbours) {
                scores[n.type().ordinal()] += Math.max(n.similarity(), 0) / votes;
            }
        }
        int best = 0;
        double total = 0;
        for (int t = 0; t < scores.length; t++) {
            total += scores[t];
            if (scores[t] > scores[best]) {
                best = t;
            }
        }
        return new AppTypeGuess(TYPES.get(best), total > 0 ? scores[best] / total : 0, scoreMap(scores), neighbours);
    }

    private static Map<AppType, Double> scoreMap(double[] scores) {
        Map<AppType, Double> map = new EnumMap<>(AppType.class);
        for (int t = 0; t < scores.length; t++) {
            map.put(TYPES.get(t), scores[t]);
        }
        return Collections.unmodifiableMap(map);
    }

}
