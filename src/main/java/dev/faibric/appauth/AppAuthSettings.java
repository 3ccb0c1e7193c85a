package dev.faibric.appauth;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How sign-in to generated apps behaves.
 *
 * @param sessionTtl how long an app user's session lasts
 * ({@code FAIBRIC_APP_AUTH_SESSION_TTL}, 30 days by default)
 */
@ConfigurationProperties("faibric.app-auth")
public record AppAuthSettings(Duration sessionTtl) {

    public AppAuthSettings {
        sessionTtl = sessionTtl == null || sessionTtl.isNegative() || sessionTtl.isZero() ? Duration.ofDays(30)
                : sessionTtl;
    }

}
