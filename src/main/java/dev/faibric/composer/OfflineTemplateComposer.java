package dev.faibric.composer;

import dev.faibric.answer.AnswerWriter;
import dev.faibric.data.AppSchema;
import dev.faibric.llm.LlmException;
import dev.faibric.llm.LlmProvider;
import dev.faibric.llm.LlmRequest;
import dev.faibric.llm.LlmUsage;
import dev.faibric.llm.TokenSink;
import dev.faibric.library.TemplateConfig;
import dev.faibric.library.TemplateFinder;
import dev.faibric.library.TemplateMatch;
import dev.faibric.project.AppType;
import dev.faibric.project.SourceFile;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The offline provider. It is not a language model: it picks the built-in template that
 * fits the prompt (or, when none fits, assembles the app from the library's sections by
 * the features the prompt lists), names it after the prompt, colours it as asked, and
 * streams the result in the same output format a model uses (so the rest of the pipeline
 * cannot tell the difference, and is exercised the same way), paced in small chunks. A
 * data-backed template, or a composed app whose request needs shared data, is answered
 * with {@code requires_backend="true"} and its data model in a {@code <database>} block.
 */
@Component
class OfflineTemplateComposer implements LlmProvider {

    private static final int NOTE_LIMIT = 1000;

    private final TemplateFinder templates;

    private final ComposerSettings pacing;

    private final JsonMapper json;

    OfflineTemplateComposer(TemplateFinder templates, ComposerSettings pacing, JsonMapper json) {
        this.templates = templates;
        this.pacing = pacing;
        this.json = json;
    }

    @Override
    public String name() {
        return "offline";
    }

    @Override
    public String model() {
        return "template-composer";
    }

    @Override
    public boolean writesEdits() {
        return false;
    }

    @Override
    public String description() {
        return "Offline template composer: assembles apps from the code library's templates; not a language model";
    }

    @Override
    public LlmUsage stream(LlmRequest request, TokenSink sink) throws LlmException {
        long started = System.nanoTime();
        String answer = compose(request).orElseThrow(
                () -> new LlmException(LlmException.Kind.REJECTED, "the code library has no template to compose from"));
        int chunks = Math.max(1, (answer.length() + pacing.chunkSize() - 1) / pacing.chunkSize());
        long nanosPerChunk = pacing.streamTime().toNanos() / chunks;
        Duration firstToken = null;
        for (int i = 0; i < chunks; i++) {
            // Chunk i is due at started + i * nanosPerChunk: sleeping to a schedule keeps
            // the total close to streamTime however coarse the sleeps are.
            waitUntil(started + i * nanosPerChunk);
            int at = i * pacing.chunkSize();
            sink.accept(answer.substring(at, Math.min(answer.length(), at + pacing.chunkSize())));
            if (firstToken == null) {
                firstToken = Duration.ofNanos(System.nanoTime() - started);
            }
        }
        // No model, no tokens and no AI call: the composer is counted as zero calls.
        return new LlmUsage(name(), model(), 0, 0, 0, firstToken == null ? Duration.ZERO : firstToken,
                Duration.ofNanos(System.nanoTime() - started));
    }

    /**
     * The whole answer, in the model output format of docs/ARCHITECTURE.md: the closest
     * template when it fits the request ({@link TemplateFit}), otherwise an app composed
     * from the library's sections ({@link ComposedApp}). Template choice reads the
     * request without its colour instructions.
     */
    Optional<String> compose(LlmRequest request) {
        return templates.closestTemplate(RequestText.withoutColours(request.userPrompt()), request.appType())
            .map(t -> TemplateFit.fits(request.userPrompt(), t) ? compose(request, t) : composed(request));
    }

    /** The answer for an app composed from the library's sections. */
    String composed(LlmRequest request) {
        String prompt = request.userPrompt();
        ComposedApp composed = ComposedApp.compose(prompt,
                request.appType() == null ? AppType.DEFAULT : request.appType());
        AppType type = composed.layout().appType();
        String title = request.currentTitle() != null ? request.currentTitle()
                : AppTitles.from(prompt, ComposedApp.capitalised(composed.kind().plural()), type == AppType.WEBSITE);
        Palettes.Palette palette = Palettes.forPrompt(prompt, type);
        Map<String, String> app = new LinkedHashMap<>();
        app.put("type", type.wire());
        app.put("title", title);
        app.put("requires_backend", String.valueOf(composed.shared()));
        String said = ComposedProse.chat(composed, prompt) + colours(palette);
        app.put("note", note(said));
        AnswerWriter answer = new AnswerWriter().prose(said + "\n\n")
            .openApp(app)
            .section("description", ComposedProse.description(composed));
        boolean first = true;
        for (SourceFile file : composed.files()) {
            answer.file(file);
            if (first) {
                answer.file(TemplateConfig.PATH, TemplateConfig.render(title, ComposedProse.tagline(composed),
                        palette.colors(), fonts(type), palette.dark()));
                first = false;
            }
        }
        answer.section("styles", json.writeValueAsString(styles(palette, type)))
            .section("features", json.writeValueAsString(ComposedProse.features(composed)));
        AppSchema database = composed.database();
        if (database != null) {
            answer.section("database", database.toJson());
        }
        return answer.closeApp().toString();
    }

    /** The chat's note, short enough for the app tag that carries it. */
    private static String note(String said) {
        return said.length() <= NOTE_LIMIT ? said : said.substring(0, NOTE_LIMIT - 1) + "…";
    }

    private static String colours(Palettes.Palette palette) {
        return palette.notes().isEmpty() ? "" : " Colours: " + String.join("; ", palette.notes()) + ".";
    }

    private static Map<String, Object> styles(Palettes.Palette palette, AppType type) {
        Map<String, Object> styles = new LinkedHashMap<>();
        styles.put("colors", palette.colors());
        styles.put("fonts", fonts(type));
        styles.put("theme", palette.dark() ? "dark" : "light");
        return styles;
    }

    private String compose(LlmRequest request, TemplateMatch template) {
        String prompt = request.userPrompt();
        AppType type = template.appType();
        String title = request.currentTitle() != null ? request.currentTitle()
                : AppTitles.from(prompt, template.defaultTitle(), type == AppType.WEBSITE);
        Palettes.Palette palette = Palettes.forPrompt(prompt, type);

        Map<String, String> app = new LinkedHashMap<>();
        app.put("type", type.wire());
        app.put("title", title);
        app.put("requires_backend", String.valueOf(template.database() != null));
        app.put("template", template.slug());
        String said = "Offline template composer (not a language model): adapting the built-in '" + template.name()
                + "' template." + colours(palette);
        app.put("note", note(said));
        AnswerWriter answer = new AnswerWriter().prose(said + "\n\n")
            .openApp(app)
            .section("description",
                    template.description() + " Composed offline from the built-in '" + template.name() + "' template.");
        boolean first = true;
        for (SourceFile file : template.files()) {
            answer.file(file);
            if (first) {
                answer.file(TemplateConfig.PATH, TemplateConfig.render(title, template.tagline(), palette.colors(),
                        fonts(type), palette.dark()));
                first = false;
            }
        }
        answer.section("styles", json.writeValueAsString(styles(palette, type)))
            .section("features", json.writeValueAsString(template.features()));
        if (template.database() != null) {
            answer.section("database", template.database().toJson());
        }
        return answer.closeApp().toString();
    }

    private static Map<String, String> fonts(AppType type) {
        return Map.of("heading",
                type == AppType.WEBSITE ? "Georgia, 'Times New Roman', serif"
                        : "system-ui, -apple-system, 'Segoe UI', sans-serif",
                "body", "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif");
    }

    private static void waitUntil(long deadline) throws LlmException {
        long wait = deadline - System.nanoTime();
        if (wait <= 0) {
            return;
        }
        try {
            Thread.sleep(Duration.ofNanos(wait));
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LlmException(LlmException.Kind.INTERRUPTED, "the generation was cancelled");
        }
    }

}
