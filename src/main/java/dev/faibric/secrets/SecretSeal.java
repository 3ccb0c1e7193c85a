package dev.faibric.secrets;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.function.Supplier;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.util.function.SingletonSupplier;

/**
 * AES-256-GCM under one platform key: each value gets a random 12-byte IV and is stored
 * as base64 of the IV followed by the ciphertext and its tag. The project and the name
 * are authenticated with it, so a sealed value copied to another name or project does not
 * open.
 */
final class SecretSeal {

    private static final String CIPHER = "AES/GCM/NoPadding";

    private static final int IV_BYTES = 12;

    private static final int TAG_BITS = 128;

    private final SecureRandom random = new SecureRandom();

    private final SingletonSupplier<SecretKey> key;

    /** Under the key these 32 bytes make, asked for once, on first use. */
    SecretSeal(Supplier<byte[]> key) {
        this.key = SingletonSupplier.of(() -> new SecretKeySpec(key.get(), "AES"));
    }

    String seal(long projectId, String name, String value) {
        byte[] iv = new byte[IV_BYTES];
        this.random.nextBytes(iv);
        try {
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, projectId, name, iv);
            byte[] sealed = cipher.doFinal(value.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder()
                .encodeToString(ByteBuffer.allocate(IV_BYTES + sealed.length).put(iv).put(sealed).array());
        }
        catch (GeneralSecurityException e) {
            throw new IllegalStateException("Could not seal a secret of project " + projectId, e);
        }
    }

    String open(long projectId, String name, String sealed) {
        try {
            byte[] bytes = Base64.getDecoder().decode(sealed);
            Cipher cipher = cipher(Cipher.DECRYPT_MODE, projectId, name, Arrays.copyOf(bytes, IV_BYTES));
            return new String(cipher.doFinal(bytes, IV_BYTES, bytes.length - IV_BYTES), StandardCharsets.UTF_8);
        }
        catch (GeneralSecurityException | IllegalArgumentException e) {
            // Never the sealed text or anything of the value: only which secret.
            throw new IllegalStateException("Secret " + name + " of project " + projectId
                    + " does not open with the platform's key: it was changed or sealed under another key");
        }
    }

    private Cipher cipher(int mode, long projectId, String name, byte[] iv) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance(CIPHER);
        cipher.init(mode, this.key.obtain(), new GCMParameterSpec(TAG_BITS, iv));
        cipher.updateAAD((projectId + "/" + name).getBytes(StandardCharsets.UTF_8));
        return cipher;
    }

}
