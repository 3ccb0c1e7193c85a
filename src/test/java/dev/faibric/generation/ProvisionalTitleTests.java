package dev.faibric.generation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.faibric.project.AppType;
import org.junit.jupiter.api.Test;

/**
 * The name a project has from the moment it is created, which its permanent slug (and so
 * its address) is made from: the request's subject, not its first words.
 */
class ProvisionalTitleTests {

    @Test
    void namesTheSubjectNotTheRequestsVerb() {
        assertThat(AppGenerator.provisionalTitle(
                "Please implement a website for generating stock reports. Set the background color to white.",
                AppType.WEBSITE))
            .isEqualTo("Stock Reports");
        assertThat(AppGenerator.provisionalTitle("a tip calculator", AppType.TOOL)).isEqualTo("Tip Calculator");
    }

    @Test
    void keepsTheFirstWordsWhenTheRequestNamesNoSubject() {
        assertThat(AppGenerator.provisionalTitle("please make me something nice", AppType.TOOL)).isNotBlank()
            .doesNotStartWith("Please");
    }

}
