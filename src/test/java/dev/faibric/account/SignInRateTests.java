package dev.faibric.account;

import static org.assertj.core.api.Assertions.assertThat;

import dev.faibric.support.Api;
import dev.faibric.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/** Guessing passwords is slow: sign-in attempts from one address have a rate. */
@TestPropertySource(properties = { "faibric.auth.mode=accounts", "faibric.limits.sign-in.per-address=5" })
class SignInRateTests extends IntegrationTest {

    @Test
    void aSixthGuessInAMinuteIsAnsweredTooManyRequests() {
        Visitor guesser = new Visitor(baseUrl());
        guesser.get("/api/auth/me");
        String guess = "{\"email\": \"victim@example.com\", \"password\": \"guess number one\"}";
        for (int i = 0; i < 5; i++) {
            assertThat(guesser.post("/api/auth/login", guess).status()).isEqualTo(401);
        }

        Api.Response refused = guesser.post("/api/auth/login", guess);

        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.header("retry-after")).matches("[1-9][0-9]*");
        assertThat(refused.json().path("detail").asString()).contains("sign-in attempts");
    }

}
