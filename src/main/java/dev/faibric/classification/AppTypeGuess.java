package dev.faibric.classification;

import dev.faibric.classification.NearestPrompts.Neighbour;
import dev.faibric.project.AppType;
import java.util.List;
import java.util.Map;

/**
 * What {@link AppTypeClassifier} made of a prompt: the app type, how sure it is (the
 * winning type's share of all the types' scores, 0..1), every type's score
 * (nearest-neighbour vote plus keyword bonus) and the labelled examples nearest to the
 * prompt, most similar first.
 */
record AppTypeGuess(AppType type, double confidence, Map<AppType, Double> scores, List<Neighbour> nearest) {
}
