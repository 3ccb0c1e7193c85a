package dev.faibric.generation;

import dev.faibric.library.Library;
import dev.faibric.library.LibrarySettings;
import dev.faibric.library.TemplateMatch;
import dev.faibric.support.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;

/**
 * The seed's code reuse rate on a committed set of 101 varied prompts: the share of
 * generations that would start from a library template (classifier's app type, closest
 * template, at or above MIN_REUSE_SIMILARITY), with the distribution of similarities. Run
 * with {@code ./mvnw -DskipFrontend test -Pbenchmark -Dtest=ReuseBenchmark}.
 */
@Tag("benchmark")
class ReuseBenchmark extends IntegrationTest {

    @Autowired
    Library library;

    @Autowired
    AppTypeClassifier classifier;

    @Autowired
    LibrarySettings settings;

    @Test
    void codeReuseRateOnVariedPrompts() throws Exception {
        List<String> prompts = new ClassPathResource("library/reuse-prompts.txt")
            .getContentAsString(StandardCharsets.UTF_8)
            .lines()
            .map(String::strip)
            .filter(l -> !l.isEmpty() && !l.startsWith("#"))
            .toList();
        List<Double> similarities = new ArrayList<>();
        int reused = 0;
        System.out.printf(Locale.ROOT,
                "%nCode reuse on %d prompts (MIN_REUSE_SIMILARITY %.2f); columns: relevance, "
                        + "cosine similarity, closest template, app type, prompt%n",
                prompts.size(), settings.minReuseSimilarity());
        for (String prompt : prompts) {
            String type = classifier.classify(prompt);
            TemplateMatch match = library.closestTemplate(prompt, type).orElseThrow();
            boolean reuse = library.reusableTemplate(prompt, type).isPresent();
            reused += reuse ? 1 : 0;
            similarities.add(match.relevance());
            System.out.printf(Locale.ROOT, "  %s %.3f %.3f %-24s %-9s %s%n", reuse ? "reuse" : "     ",
                    match.relevance(), match.similarity(), match.slug(), type, prompt);
        }
        double[] sorted = similarities.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        System.out.printf(Locale.ROOT, "Reuse rate: %d of %d = %.1f %% (relevance p25 %.3f, p50 %.3f, p75 %.3f)%n",
                reused, prompts.size(), 100.0 * reused / prompts.size(), sorted[sorted.length / 4],
                sorted[sorted.length / 2], sorted[3 * sorted.length / 4]);
    }

}
