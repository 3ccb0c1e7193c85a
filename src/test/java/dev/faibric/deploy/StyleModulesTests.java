package dev.faibric.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class StyleModulesTests {

    @Test
    void aCssModulesClassNamesAreMadeUniqueOnlyInSelectors() {
        Map<String, String> names = new LinkedHashMap<>();
        String css = """
                /* .comment stays */
                .card, .card-title:hover > .icon { padding: .5rem; background: url("a.b.png"); }
                @media (max-width: 600px) { .card { padding: 0.25rem; } }
                @keyframes spin { from { transform: rotate(0); } to { transform: rotate(1turn); } }
                :global(.dark) .card { color: white; }
                """;

        String scoped = StyleModules.scoped(css, "x1", names);

        assertThat(scoped)
            .contains(".card_x1, .card-title_x1:hover > .icon_x1 { padding: .5rem; background: url(\"a.b.png\"); }")
            .contains("@media (max-width: 600px) { .card_x1 { padding: 0.25rem; } }")
            .contains("@keyframes spin { from { transform: rotate(0); } to { transform: rotate(1turn); } }")
            .contains(".dark .card_x1 { color: white; }");
        assertThat(names).containsEntry("card", "card_x1")
            .containsEntry("card-title", "card-title_x1")
            .containsEntry("cardTitle", "card-title_x1")
            .doesNotContainKey("dark");
    }

    @Test
    void aPlainStylesheetIsAddedToThePageAsItIs() {
        String module = StyleModules.stylesheet("App.css", "h1 { color: navy; }\n", JsonMapper.builder().build());

        assertThat(module).contains("style.textContent = \"h1 { color: navy; }\\n\"")
            .contains("document.head.append(style)")
            .endsWith("export default {};\n");
    }

}
