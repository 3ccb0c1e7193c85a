package dev.faibric.classification;

import dev.faibric.project.AppType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Example prompts labelled with their app type, read from a classpath file of
 * {@code type<TAB>prompt} lines ({@code #} starts a comment line; blank lines are
 * skipped).
 */
final class LabelledPrompts {

    /** The committed training set the classifier's nearest neighbours come from. */
    static final String TRAINING = "classification/app-types.tsv";

    record LabelledPrompt(AppType type, String prompt) {
    }

    private LabelledPrompts() {
    }

    static List<LabelledPrompt> load(String resource) {
        try (InputStream in = LabelledPrompts.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("No labelled prompts at classpath:" + resource);
            }
            return parse(resource, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<LabelledPrompt> parse(String source, String text) {
        List<LabelledPrompt> prompts = new ArrayList<>();
        String[] lines = text.split("\r?\n");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int tab = line.indexOf('\t');
            Optional<AppType> type = tab < 0 ? Optional.empty() : AppType.parse(line.substring(0, tab));
            String prompt = tab < 0 ? "" : line.substring(tab + 1).strip();
            if (type.isEmpty() || prompt.isEmpty()) {
                throw new IllegalStateException(
                        source + ":" + (i + 1) + ": expected <app type>TAB<prompt>, got: " + line);
            }
            prompts.add(new LabelledPrompt(type.get(), prompt));
        }
        return List.copyOf(prompts);
    }

}
