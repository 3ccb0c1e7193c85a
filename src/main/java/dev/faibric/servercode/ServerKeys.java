package dev.faibric.servercode;

import dev.faibric.platform.PlatformSecrets;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The key an app's server code presents to the app's data API ({@code FAIBRIC_SERVER_KEY}
 * in its container): derived from a platform secret and the app, so every node knows it
 * without storing it, and one app's key opens no other app's data.
 */
@Component
public class ServerKeys {

    private final PlatformSecrets secrets;

    private volatile byte @Nullable [] secret;

    ServerKeys(PlatformSecrets secrets) {
        this.secrets = secrets;
    }

    public String key(long projectId) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret(), "HmacSHA256"));
            byte[] digest = mac.doFinal(("app-server:" + projectId).getBytes(StandardCharsets.UTF_8));
            return "fsk_" + Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        }
        catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    /** Whether {@code presented} is this app's key (compared in constant time). */
    public boolean matches(long projectId, @Nullable String presented) {
        return presented != null && MessageDigest.isEqual(key(projectId).getBytes(StandardCharsets.UTF_8),
                presented.getBytes(StandardCharsets.UTF_8));
    }

    private byte[] secret() {
        byte[] known = this.secret;
        if (known == null) {
            known = this.secrets.secret("app-server-keys");
            this.secret = known;
        }
        return known;
    }

}
