package dev.faibric.composer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.faibric.support.Browser;
import dev.faibric.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * Tests where two people use a deployed app, each in a headless Chromium of their own:
 * both browsers serve every test of the class, are printed when a test fails, and must
 * end each test with a clean console.
 */
abstract class TwoBrowsersTest extends IntegrationTest {

    @RegisterExtension
    static final Browser first = new Browser();

    @RegisterExtension
    static final Browser second = new Browser();

    @RegisterExtension
    final TestWatcher printBrowsersOnFailure = new TestWatcher() {
        @Override
        public void testFailed(ExtensionContext context, Throwable cause) {
            System.out.println("===== first browser =====\n" + first.snapshot());
            System.out.println("===== second browser =====\n" + second.snapshot());
        }
    };

    @AfterEach
    void noConsoleProblems() {
        assertThat(first.consoleProblems()).as("first browser's console").isEmpty();
        assertThat(second.consoleProblems()).as("second browser's console").isEmpty();
    }

}
