package dev.faibric.generation;

import dev.faibric.generation.NearestPrompts.Neighbour;
import java.util.List;
import java.util.Map;

/**
 * What {@link AppTypeClassifier} made of a prompt: the app type, how sure it is (the
 * winning type's share of all the types' scores, 0..1), every type's score
 * (nearest-neighbour vote plus keyword bonus) and the labelled examples nearest to the
 * prompt, most similar first.
 */
record AppTypeGuess(String type, double confidence, Map<String, Double> scores, List<Neighbour> nearest) {
}
