package dev.faibric.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * One answer of the corpus in {@code src/test/resources/model-answers/}: a whole answer
 * as a model streams it, in the style of one vendor's models, with a header that names
 * the style, the wire format to stream it in, the prompt, the text the live app must
 * show, the mistake it makes (if any), who fixes it ({@code pipeline} without a model
 * call, {@code repair} with the one repair call) and, for the latter, the answer the
 * simulated model gives to the repair request.
 *
 * <pre>
 * style: gpt-4o
 * vendor: openai
 * prompt: a tip calculator
 * expect: Tip Calculator | $5.40
 * mistake: missing-import: ...
 * fix: pipeline
 * === answer ===
 * ...the answer, byte for byte as streamed...
 * === repair ===
 * ...the repair call's answer, edits or whole files...
 * </pre>
 */
public record ModelAnswer(String name, String style, String vendor, String prompt, List<String> expect, String mistake,
        String fix, String answer, @Nullable String repair) {

    private static final String ANSWER = "=== answer ===\n";

    private static final String REPAIR = "\n=== repair ===\n";

    /**
     * Every answer of the corpus, in file order; {@code -Dmodel-answers.only=NN} keeps
     * those whose name starts so (comma-separated), for a quick look at a few.
     */
    public static List<ModelAnswer> corpus() {
        List<String> only = Arrays.stream(System.getProperty("model-answers.only", "").split(","))
            .filter(s -> !s.isBlank())
            .toList();
        try {
            Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath:model-answers/*.txt");
            Arrays.sort(files, Comparator.comparing(Resource::getFilename));
            List<ModelAnswer> answers = new ArrayList<>();
            for (Resource file : files) {
                if (!only.isEmpty() && only.stream().noneMatch(file.getFilename()::startsWith)) {
                    continue;
                }
                answers.add(parse(file.getFilename().replaceFirst("\\.txt$", ""),
                        file.getContentAsString(StandardCharsets.UTF_8)));
            }
            return answers;
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ModelAnswer parse(String name, String text) {
        int start = text.indexOf(ANSWER);
        if (start < 0) {
            throw new IllegalArgumentException(name + ": no '" + ANSWER.strip() + "' line");
        }
        Map<String, String> header = new LinkedHashMap<>();
        for (String line : text.substring(0, start).split("\n")) {
            int colon = line.indexOf(':');
            if (colon > 0) {
                header.put(line.substring(0, colon).strip().toLowerCase(Locale.ROOT),
                        line.substring(colon + 1).strip());
            }
        }
        String body = text.substring(start + ANSWER.length());
        int repairAt = body.indexOf(REPAIR);
        String answer = repairAt < 0 ? body : body.substring(0, repairAt);
        String repair = repairAt < 0 ? null : body.substring(repairAt + REPAIR.length());
        List<String> expect = Arrays.stream(header.getOrDefault("expect", "").split("\\|"))
            .map(String::strip)
            .filter(s -> !s.isEmpty())
            .toList();
        if (expect.isEmpty()) {
            throw new IllegalArgumentException(name + ": no 'expect:' texts");
        }
        return new ModelAnswer(name, header.getOrDefault("style", "?"), header.getOrDefault("vendor", "openai"),
                header.getOrDefault("prompt", name), expect, header.getOrDefault("mistake", "none"),
                header.getOrDefault("fix", repair == null ? "none needed" : "repair"), answer, repair);
    }

    public boolean streamsAsAnthropic() {
        return vendor.equals("anthropic");
    }

    /** The kind of mistake, without its explanation: {@code missing-import}, ... */
    public String mistakeKind() {
        int colon = mistake.indexOf(':');
        return colon < 0 ? mistake : mistake.substring(0, colon);
    }

    /** Whether the pipeline is meant to fix the answer itself, with a note. */
    public boolean fixedByPipeline() {
        return fix.equals("pipeline");
    }

}
