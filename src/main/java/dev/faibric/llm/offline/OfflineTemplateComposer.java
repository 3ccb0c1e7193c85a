package dev.faibric.llm.offline;

import dev.faibric.llm.AiSettings;
import dev.faibric.llm.LlmException;
import dev.faibric.llm.LlmProvider;
import dev.faibric.llm.LlmRequest;
import dev.faibric.llm.LlmUsage;
import dev.faibric.llm.TokenSink;
import dev.faibric.library.TemplateConfig;
import dev.faibric.library.TemplateFinder;
import dev.faibric.library.TemplateMatch;
import dev.faibric.project.SourceFile;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.json.JsonMapper;

/**
 * The offline provider. It is not a language model: it picks the built-in template that
 * fits the prompt, names it after the prompt, colours it as asked, and streams the result
 * in the same output format a model uses (so the rest of the pipeline cannot tell the
 * difference, and is exercised the same way), paced in small chunks.
 */
@Component
public class OfflineTemplateComposer implements LlmProvider {

    private static final int CHARS_PER_TOKEN = 4;

    private final TemplateFinder templates;

    private final AiSettings.Offline pacing;

    private final JsonMapper json;

    OfflineTemplateComposer(TemplateFinder templates, AiSettings settings, JsonMapper json) {
        this.templates = templates;
        this.pacing = settings.offline();
        this.json = json;
    }

    /** The composer over the given templates, outside a Spring context. */
    public static OfflineTemplateComposer create(AiSettings settings, JsonMapper json, TemplateFinder templates) {
        return new OfflineTemplateComposer(templates, settings, json);
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
            // the total
            // close to streamTime however coarse the sleeps are.
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

    /** The whole answer, in the model output format of docs/ARCHITECTURE.md. */
    java.util.Optional<String> compose(LlmRequest request) {
        return templates.closestTemplate(request.userPrompt(), request.appType()).map(t -> compose(request, t));
    }

    private String compose(LlmRequest request, TemplateMatch template) {
        String prompt = request.userPrompt();
        String title = request.currentTitle() != null ? request.currentTitle()
                : AppTitles.from(prompt, template.defaultTitle(), template.appType().equals("website"));
        Palettes.Palette palette = Palettes.forPrompt(prompt, template.appType());

        StringBuilder out = new StringBuilder(8192);
        out.append("Offline template composer (not a language model): adapting the built-in '")
            .append(template.name())
            .append("' template.\n\n");
        out.append("<faibric-app type=\"")
            .append(template.appType())
            .append("\" title=\"")
            .append(attribute(title))
            .append("\" requires_backend=\"false\" template=\"")
            .append(template.slug())
            .append("\">\n");
        out.append("<description>")
            .append(template.description())
            .append(" Composed offline from the built-in '")
            .append(template.name())
            .append("' template.</description>\n");
        boolean first = true;
        for (SourceFile file : template.files()) {
            appendFile(out, file.path(), file.content());
            if (first) {
                appendFile(out, "config.ts", config(title, template.tagline(), palette, template.appType()));
                first = false;
            }
        }
        Map<String, Object> styles = new LinkedHashMap<>();
        styles.put("colors", palette.colors());
        styles.put("fonts", fonts(template.appType()));
        styles.put("theme", palette.dark() ? "dark" : "light");
        out.append("<styles>").append(json.writeValueAsString(styles)).append("</styles>\n");
        out.append("<features>").append(json.writeValueAsString(template.features())).append("</features>\n");
        out.append("</faibric-app>\n");
        return out.toString();
    }

    private static void appendFile(StringBuilder out, String path, String content) {
        out.append("<file path=\"").append(path).append("\">\n").append(content);
        if (!content.endsWith("\n")) {
            out.append('\n');
        }
        out.append("</file>\n");
    }

    private static String config(String title, String tagline, Palettes.Palette palette, String type) {
        return TemplateConfig.render(title, tagline, palette.colors(), fonts(type), palette.dark());
    }

    private static Map<String, String> fonts(String appType) {
        return Map.of("heading",
                appType.equals("website") ? "Georgia, 'Times New Roman', serif"
                        : "system-ui, -apple-system, 'Segoe UI', sans-serif",
                "body", "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif");
    }

    private static String attribute(String value) {
        return HtmlUtils.htmlEscape(value);
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
