package dev.faibric.appauth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;

/**
 * Passwords are bcrypt hashes in which every character counts, and checking one for a
 * user who does not exist costs a bcrypt hash too.
 */
class AppPasswordsTests {

    private final AppPasswords passwords = new AppPasswords();

    @Test
    void aHashIsBcryptSaltedAndMatchesOnlyItsPassword() {
        String hash = passwords.hash("correct horse battery");

        assertThat(hash).startsWith("$2a$10$").doesNotContain("correct");
        assertThat(passwords.hash("correct horse battery")).isNotEqualTo(hash);
        assertThat(passwords.matches("correct horse battery", hash)).isTrue();
        assertThat(passwords.matches("correct horse batterY", hash)).isFalse();
        assertThat(passwords.matches("correct horse battery", null)).isFalse();
    }

    @Test
    void everyCharacterOfALongPasswordCounts() {
        String long1 = "x".repeat(127) + "1";
        String hash = passwords.hash(long1);

        assertThat(passwords.matches("x".repeat(127) + "2", hash)).isFalse();
        assertThat(passwords.matches(long1, hash)).isTrue();
    }

    @Test
    void noUserTakesAboutAsLongAsAWrongPassword() {
        String hash = passwords.hash("correct horse battery");
        passwords.matches("warm up", hash);

        long known = medianNanos(() -> passwords.matches("wrong password", hash));
        long unknown = medianNanos(() -> passwords.matches("wrong password", null));

        assertThat((double) unknown / known).isBetween(0.5, 2.0);
    }

    private static long medianNanos(BooleanSupplier check) {
        long[] times = new long[7];
        for (int i = 0; i < times.length; i++) {
            long start = System.nanoTime();
            check.getAsBoolean();
            times[i] = System.nanoTime() - start;
        }
        Arrays.sort(times);
        return times[times.length / 2];
    }

}
