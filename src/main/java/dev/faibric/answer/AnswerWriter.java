package dev.faibric.answer;

import dev.faibric.project.SourceFile;
import java.util.Map;
import org.springframework.web.util.HtmlUtils;

/**
 * Writes the answer format that {@link AppStreamParser} and {@link ChangeStreamParser}
 * read: the offline composer answers in it, and files are shown to a model in it (the
 * files a change or a repair concerns, the library components it may copy). The one place
 * that renders a {@code <file>}.
 */
public final class AnswerWriter {

    private final StringBuilder out = new StringBuilder(4096);

    /**
     * Text outside any tag: what a model says before its answer (the parsers skip it).
     */
    public AnswerWriter prose(String text) {
        out.append(text);
        return this;
    }

    /** Opens {@code <faibric-app ...>} with these attributes, escaped. */
    public AnswerWriter openApp(Map<String, String> attributes) {
        out.append("<faibric-app");
        attributes.forEach((name,
                value) -> out.append(' ').append(name).append("=\"").append(HtmlUtils.htmlEscape(value)).append('"'));
        out.append(">\n");
        return this;
    }

    /**
     * A metadata block: {@code <description>}, {@code <styles>}, {@code <features>} and
     * the like.
     */
    public AnswerWriter section(String name, String body) {
        out.append('<').append(name).append('>').append(body).append("</").append(name).append(">\n");
        return this;
    }

    /** One whole file; its closing tag always starts a line, as the parsers expect. */
    public AnswerWriter file(String path, String content) {
        out.append("<file path=\"").append(path).append("\">\n").append(content);
        if (!content.isEmpty() && !content.endsWith("\n")) {
            out.append('\n');
        }
        out.append("</file>\n");
        return this;
    }

    public AnswerWriter file(SourceFile file) {
        return file(file.path(), file.content());
    }

    public AnswerWriter closeApp() {
        out.append("</faibric-app>\n");
        return this;
    }

    @Override
    public String toString() {
        return out.toString();
    }

}
