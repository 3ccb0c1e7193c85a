package dev.faibric.composer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.faibric.classification.AppTypeClassifier;
import dev.faibric.library.LibrarySearch;
import dev.faibric.library.TemplateMatch;
import dev.faibric.support.IntegrationTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Tunes {@link TemplateFit} on the labelled requests: for each pair of thresholds, how
 * often the decision (the closest template, or a composed app) is one the labels accept.
 * Prints the grid and the requests the chosen thresholds get wrong; asserts the chosen
 * thresholds are at least 80 % right.
 */
class TemplateFitTuningTests extends IntegrationTest {

    @Autowired
    LibrarySearch library;

    @Autowired
    AppTypeClassifier classifier;

    @Test
    void theChosenThresholdsFitTheLabelledRequests() {
        List<LabelledRequests> requests = LabelledRequests.all();
        List<TemplateMatch> closest = new ArrayList<>();
        for (LabelledRequests r : requests) {
            closest
                .add(library.closestTemplate(RequestText.withoutColours(r.request()), classifier.classify(r.request()))
                    .orElseThrow());
        }
        StringBuilder grid = new StringBuilder("similar \\ near:");
        double[] nears = { 0.7, 0.75, 0.8, 0.85, 0.9, 1.01 };
        for (double near : nears) {
            grid.append(String.format("  %5.2f", near));
        }
        for (double similar = 0.3; similar <= 0.751; similar += 0.05) {
            grid.append(String.format("%n%5.2f         ", similar));
            for (double near : nears) {
                grid.append(
                        String.format("  %4.0f%%", 100.0 * right(requests, closest, similar, near) / requests.size()));
            }
        }
        System.out.println("Template fit accuracy on " + requests.size() + " labelled requests\n" + grid);
        int right = right(requests, closest, TemplateFit.SIMILAR, TemplateFit.NEAR);
        for (int i = 0; i < requests.size(); i++) {
            TemplateMatch t = closest.get(i);
            boolean fits = TemplateFit.fits(requests.get(i).request(), t);
            if (!requests.get(i).accepts(fits ? t.slug() : null)) {
                System.out.printf("wrong: %s -> %s (similarity %.3f, relevance %.3f, shares a word: %s)%n",
                        requests.get(i).request(), fits ? t.slug() : "composed (closest " + t.slug() + ")",
                        t.similarity(), t.relevance(), TemplateFit.sharesADomainWord(requests.get(i).request(), t));
            }
        }
        System.out.printf("chosen (%.2f, %.2f): %d of %d right%n", TemplateFit.SIMILAR, TemplateFit.NEAR, right,
                requests.size());
        assertThat(right).isGreaterThanOrEqualTo(requests.size() * 8 / 10);
    }

    private static int right(List<LabelledRequests> requests, List<TemplateMatch> closest, double similar,
            double near) {
        int right = 0;
        for (int i = 0; i < requests.size(); i++) {
            TemplateMatch t = closest.get(i);
            if (requests.get(i)
                .accepts(TemplateFit.fits(requests.get(i).request(), t, similar, near) ? t.slug() : null)) {
                right++;
            }
        }
        return right;
    }

}
