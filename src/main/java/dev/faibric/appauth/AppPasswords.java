package dev.faibric.appauth;

import java.util.Base64;
import org.jspecify.annotations.Nullable;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Apps' users' passwords, hashed with bcrypt. Bcrypt reads at most 72 bytes, so it hashes
 * the password's SHA-256 (base64, 44 characters): every character of a password of up to
 * 128 counts. Checking a password takes as long whether its user exists or not.
 */
@Component
class AppPasswords {

    private final BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder();

    /** Compared against when there is no hash to check, so that takes as long. */
    private final String nobodysHash = hash("no user of any app has this password");

    String hash(String password) {
        return bcrypt.encode(digest(password));
    }

    /**
     * Whether the password is the one hashed; never for no hash (a user who has none).
     */
    boolean matches(String password, @Nullable String hash) {
        boolean matches = bcrypt.matches(digest(password), hash == null ? nobodysHash : hash);
        return hash != null && matches;
    }

    private static String digest(String password) {
        return Base64.getEncoder().encodeToString(Digests.sha256(password));
    }

}
