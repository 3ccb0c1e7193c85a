package dev.faibric.hosting;

import dev.faibric.platform.PlatformSecrets;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.springframework.util.function.SingletonSupplier;

/**
 * A preview is the work in progress of its owner, so its address is unguessable: the
 * app's slug, two dashes and a key made from the slug with a secret only the platform
 * knows ({@code tip-calc-x1--3f9a0c17be52d4}). Only the owner is sent the address; any
 * other name is not a preview. The key fits with the longest slug in one DNS label (63
 * characters).
 */
@Component
public class PreviewKeys {

    private static final int KEY_LENGTH = 14;

    private static final Pattern NAME = Pattern.compile("(.+)--([0-9a-f]{" + KEY_LENGTH + "})");

    private final Supplier<byte[]> secret;

    @Autowired
    PreviewKeys(PlatformSecrets secrets) {
        this.secret = SingletonSupplier.of(() -> secrets.secret("preview-keys"));
    }

    /** With a fixed secret, for tests and tools. */
    public PreviewKeys(byte[] secret) {
        this.secret = () -> secret;
    }

    /** The name a slug's preview is served under. */
    public String previewName(String slug) {
        return slug + "--" + key(slug);
    }

    /** The slug whose preview this name is, if it is one. */
    public Optional<String> previewOf(String name) {
        Matcher matcher = NAME.matcher(name);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        String slug = matcher.group(1);
        boolean valid = MessageDigest.isEqual(key(slug).getBytes(StandardCharsets.US_ASCII),
                matcher.group(2).getBytes(StandardCharsets.US_ASCII));
        return valid ? Optional.of(slug) : Optional.empty();
    }

    private String key(String slug) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.get(), "HmacSHA256"));
            return HexFormat.of()
                .formatHex(mac.doFinal(("preview:" + slug).getBytes(StandardCharsets.UTF_8)))
                .substring(0, KEY_LENGTH);
        }
        catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

}
