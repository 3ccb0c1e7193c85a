package dev.faibric.benchmark;

import dev.faibric.benchmark.SeedPrompts.Case;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** What one request (and its change, if any) measured; NaN where nothing was. */
final class SeedSample {

    final String profile;

    final String vendor;

    final Case request;

    double preview = Double.NaN;

    double generation = Double.NaN;

    double generationDeploy = Double.NaN;

    boolean repaired;

    int aiCalls = -1;

    boolean reused;

    double update = Double.NaN;

    double updateDeploy = Double.NaN;

    int updateAiCalls = -1;

    final List<Integer> ratings = new ArrayList<>();

    final List<String> problems = new ArrayList<>();

    SeedSample(String profile, String vendor, Case request) {
        this.profile = profile;
        this.vendor = vendor;
        this.request = request;
    }

    void generation(double previewMs, double deployedMs, double deployMs, boolean repair) {
        preview = Double.isNaN(deployedMs) ? Double.NaN : previewMs;
        generation = deployedMs;
        generationDeploy = deployMs;
        repaired = repair;
    }

    void built(int calls, boolean fromLibrary) {
        aiCalls = calls;
        reused = fromLibrary;
    }

    void update(double deployedMs, double deployMs) {
        update = deployedMs;
        updateDeploy = deployMs;
    }

    void updated(int calls) {
        updateAiCalls = calls;
    }

    void rated(int rating) {
        ratings.add(rating);
    }

    void problem(String problem) {
        problems.add(request.prompt() + ": " + problem);
    }

    /** Each request's own figures, ms. */
    static void write(List<SeedSample> samples, Path file) {
        StringBuilder csv = new StringBuilder("profile,vendor,prompt,template,reused,preview,generation,deploy,"
                + "aiCalls,update,updateDeploy,updateAiCalls,repaired,ratings,problems\n");
        for (SeedSample s : samples) {
            csv.append(String.join(",", s.profile, s.vendor, "\"" + s.request.prompt() + "\"", s.request.template(),
                    String.valueOf(s.reused), ms(s.preview), ms(s.generation), ms(s.generationDeploy),
                    String.valueOf(s.aiCalls), ms(s.update), ms(s.updateDeploy), String.valueOf(s.updateAiCalls),
                    String.valueOf(s.repaired), s.ratings.toString().replace(",", " "),
                    "\"" + String.join("; ", s.problems).replace("\"", "'") + "\""))
                .append('\n');
        }
        try {
            java.nio.file.Files.writeString(file, csv);
        }
        catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String ms(double value) {
        return Double.isNaN(value) ? "" : String.format(Locale.ROOT, "%.0f", value);
    }

}
