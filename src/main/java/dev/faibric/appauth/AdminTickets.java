package dev.faibric.appauth;

import dev.faibric.platform.PlatformSecrets;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.function.Supplier;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;
import org.springframework.util.function.SingletonSupplier;
import org.springframework.web.server.ResponseStatusException;

/**
 * The tickets of the owner's one-time links into their app as its admin: the project,
 * when it expires ({@value #VALID_MINUTES} minutes after it was made), a random nonce and
 * the admin's address, signed with HMAC-SHA256 under a secret only the platform knows
 * ({@code app-admin-tickets}). Nothing is stored when one is made; one that was used is
 * remembered until it would have expired, so it works once, on any node.
 */
@Component
class AdminTickets implements SchedulingConfigurer {

    static final int VALID_MINUTES = 2;

    static final String SECRET = "app-admin-tickets";

    /** Far longer than any ticket made here (the address is at most 254 characters). */
    private static final int MAX_LENGTH = 1000;

    private static final Base64.Encoder BASE64 = Base64.getUrlEncoder().withoutPadding();

    private final SecureRandom random = new SecureRandom();

    private final Supplier<byte[]> secret;

    private final JdbcClient jdbc;

    private final Clock clock;

    @Autowired
    AdminTickets(PlatformSecrets secrets, JdbcClient jdbc) {
        this(SingletonSupplier.of(() -> secrets.secret(SECRET)), jdbc, Clock.systemUTC());
    }

    AdminTickets(Supplier<byte[]> secret, JdbcClient jdbc, Clock clock) {
        this.secret = secret;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A ticket that signs the project's owner in to its app as admin, once. */
    String issue(long projectId, String email) {
        byte[] nonce = new byte[16];
        random.nextBytes(nonce);
        long expires = clock.instant().plus(Duration.ofMinutes(VALID_MINUTES)).getEpochSecond();
        String payload = projectId + "." + expires + "." + HexFormat.of().formatHex(nonce) + "."
                + BASE64.encodeToString(email.getBytes(StandardCharsets.UTF_8));
        return BASE64.encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "."
                + BASE64.encodeToString(mac(payload));
    }

    /**
     * The admin's address from a ticket for this app, used up by this call.
     * @throws ResponseStatusException 403 for a forged, another app's, an expired or a
     * used ticket, saying which
     */
    String redeem(long projectId, String ticket) {
        String[] parts = ticket.length() > MAX_LENGTH ? new String[0] : ticket.split("\\.", -1);
        @Nullable String payload = parts.length == 2 ? decode(parts[0]) : null;
        byte @Nullable [] signature = parts.length == 2 ? bytes(parts[1]) : null;
        if (payload == null || signature == null || !MessageDigest.isEqual(mac(payload), signature)) {
            throw refused("This admin link is not valid: open the app again from its data tab in Faibric.");
        }
        String[] fields = payload.split("\\.", -1);
        if (!fields[0].equals(String.valueOf(projectId))) {
            throw refused("This admin link is for another app: open this app from its own data tab in Faibric.");
        }
        Instant expires = Instant.ofEpochSecond(Long.parseLong(fields[1]));
        if (!clock.instant().isBefore(expires)) {
            throw refused("This admin link has expired (a link works for " + VALID_MINUTES
                    + " minutes): open the app again from its data tab in Faibric.");
        }
        try {
            jdbc.sql("INSERT INTO app_admin_tickets_used (nonce, expires_at) VALUES (?, ?)")
                .params(fields[2], Timestamp.from(expires))
                .update();
        }
        catch (DuplicateKeyException used) {
            throw refused("This admin link was used already (a link works once): open the app again from its data "
                    + "tab in Faibric.");
        }
        return new String(Base64.getUrlDecoder().decode(fields[3]), StandardCharsets.UTF_8);
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        registrar
            .addFixedDelayTask(new FixedDelayTask(this::forgetExpired, Duration.ofHours(1), Duration.ofMinutes(9)));
    }

    int forgetExpired() {
        return jdbc.sql("DELETE FROM app_admin_tickets_used WHERE expires_at < ?")
            .param(Timestamp.from(clock.instant()))
            .update();
    }

    private byte[] mac(String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.get(), "HmacSHA256"));
            return mac.doFinal(payload.getBytes(StandardCharsets.UTF_8));
        }
        catch (GeneralSecurityException everyJavaHasIt) {
            throw new IllegalStateException(everyJavaHasIt);
        }
    }

    private static @Nullable String decode(String part) {
        byte[] bytes = bytes(part);
        return bytes == null ? null : new String(bytes, StandardCharsets.UTF_8);
    }

    private static byte @Nullable [] bytes(String part) {
        try {
            return Base64.getUrlDecoder().decode(part);
        }
        catch (IllegalArgumentException notBase64) {
            return null;
        }
    }

    private static ResponseStatusException refused(String detail) {
        return new ResponseStatusException(HttpStatus.FORBIDDEN, detail);
    }

}
