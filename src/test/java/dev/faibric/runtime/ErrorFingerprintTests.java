package dev.faibric.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The same error is recognised however the browser phrased it this time: another id,
 * another address, the {@code Uncaught} prefix, other spacing or case.
 */
class ErrorFingerprintTests {

    @Test
    void whatChangesFromOneRunToTheNextDoesNotCount() {
        String first = ErrorFingerprint
            .normalise("Uncaught TypeError: Cannot read properties of undefined (reading 'sum') at item 12");
        String again = ErrorFingerprint
            .normalise("  typeerror:  cannot read properties of undefined (reading 'sum') at item 7 ");
        assertThat(first).isEqualTo(again)
            .isEqualTo("typeerror: cannot read properties of undefined (reading 'sum') at item #");
        assertThat(ErrorFingerprint.of(first)).isEqualTo(ErrorFingerprint.of(again)).hasSize(64);
    }

    @Test
    void addressesOfOtherVersionsAndPreviewsAreTheSameError() {
        assertThat(ErrorFingerprint.normalise("Failed to fetch http://tip-k3x9.apps.localhost:8080/data.json?v=3"))
            .isEqualTo(ErrorFingerprint.normalise("Failed to fetch http://tip--a1b2.apps.localhost:9090/data.json"))
            .isEqualTo("failed to fetch <url>");
    }

    @Test
    void anotherMessageIsAnotherError() {
        assertThat(ErrorFingerprint.of(ErrorFingerprint.normalise("TypeError: x is undefined")))
            .isNotEqualTo(ErrorFingerprint.of(ErrorFingerprint.normalise("TypeError: y is undefined")));
    }

    @Test
    void aLongMessageIsComparedByItsBeginning() {
        assertThat(ErrorFingerprint.normalise("Error: " + "x".repeat(5000))).hasSize(ErrorFingerprint.MAX_LENGTH);
    }

}
