package dev.faibric.composer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.core.io.ClassPathResource;

/**
 * The labelled requests of {@code composer/requests.tsv}: requests written the way people
 * write them, each with the words its title must have, the templates that fit it (or
 * {@code composed:} and the features a composed app must have), and the page background
 * and component colours it names.
 */
record LabelledRequests(String request, List<String> titleWords, List<String> templates, List<String> features,
        boolean composedFits, String background, String components) {

    static List<LabelledRequests> all() {
        String table;
        try {
            table = new ClassPathResource("composer/requests.tsv").getContentAsString(StandardCharsets.UTF_8);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<LabelledRequests> rows = new ArrayList<>();
        for (String line : table.split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t");
            List<String> templates = new ArrayList<>();
            List<String> features = new ArrayList<>();
            boolean composed = false;
            for (String option : cells[2].split("\\|")) {
                if (option.startsWith("composed")) {
                    composed = true;
                    String list = option.substring("composed".length()).replaceFirst("^:", "");
                    features.addAll(Arrays.stream(list.split(",")).filter(f -> !f.isBlank()).toList());
                }
                else {
                    templates.add(option);
                }
            }
            rows.add(new LabelledRequests(cells[0], List.of(cells[1].split(" ")), List.copyOf(templates),
                    List.copyOf(features), composed, cells[3], cells[4]));
        }
        return rows;
    }

    /** Whether a template (or, for null, a composed app) is an acceptable answer. */
    boolean accepts(String templateSlug) {
        return templateSlug == null ? composedFits : templates.contains(templateSlug);
    }

    @Override
    public String toString() {
        return request;
    }

}
