package dev.faibric.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The change request a run-time error becomes. */
class FixPromptTests {

    private static final RuntimeError ERROR = new RuntimeError(
            "TypeError: Cannot read properties of undefined (reading 'sum')",
            "TypeError: Cannot read properties of undefined (reading 'sum')\n    at readTotal (components/Total.js:2:17)\n"
                    + "    at App.js:9:7\n\n    at a\n    at b\n    at c\n    at d\n    at e",
            "components/Total.js", 2, 17);

    @Test
    void itSaysTheErrorWhereItWasThrownInTheSourceAndTheFirstLinesOfTheStack() {
        assertThat(FixPrompt.of(ERROR, "components/Total.tsx")).isEqualTo(
                """
                        The app throws this error at run time:

                        TypeError: Cannot read properties of undefined (reading 'sum')

                        It is thrown in components/Total.tsx (components/Total.js, line 2, column 17 in the JavaScript the browser runs).

                        Stack:
                            TypeError: Cannot read properties of undefined (reading 'sum')
                            at readTotal (components/Total.js:2:17)
                            at App.js:9:7
                            at a
                            at b
                            at c

                        Fix it.""");
    }

    @Test
    void withoutAStackOrAFileItIsTheMessageAlone() {
        assertThat(FixPrompt.of(new RuntimeError("Unhandled promise rejection: offline", null, null, null, null), null))
            .isEqualTo("The app throws this error at run time:\n\nUnhandled promise rejection: offline\n\nFix it.");
    }

    @Test
    void aFileTheVersionDoesNotHaveIsNamedAsTheBrowserGaveIt() {
        assertThat(FixPrompt.of(new RuntimeError("Error: boom", "", "/lib/chart.js?v=2", 10, 0), null))
            .contains("It is thrown in lib/chart.js, line 10.");
    }

}
