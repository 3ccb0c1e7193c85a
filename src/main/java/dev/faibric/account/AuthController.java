package dev.faibric.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseCookie;
import org.springframework.http.ResponseEntity;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Sign-up, sign-in and sign-out for the UI (a session cookie), and personal API tokens
 * for scripts. With {@code FAIBRIC_AUTH=none} only {@code me} answers: the local user.
 */
@RestController
class AuthController {

    /** Compared against when the address is unknown, so both cases take as long. */
    private final String unknownAccountHash;

    private final Accounts accounts;

    private final AccountTokens tokens;

    private final PasswordEncoder passwords;

    private final CurrentAccount current;

    private final AuthSettings settings;

    AuthController(Accounts accounts, AccountTokens tokens, PasswordEncoder passwords, CurrentAccount current,
            AuthSettings settings) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.passwords = passwords;
        this.current = current;
        this.settings = settings;
        this.unknownAccountHash = passwords.encode("no account has this password");
    }

    record Credentials(@NotNull(
            message = "Send an e-mail address: {\"email\": \"you@example.com\", \"password\": \"...\"}.") @Size(
                    max = 254, message = "The e-mail address may be at most 254 characters.") @Pattern(
                            regexp = "[^@\\s\\p{Cc}]+@[^@\\s\\p{Cc}]+\\.[^@\\s\\p{Cc}]+",
                            message = "The e-mail address is not valid: it looks like you@example.com.") String email,
            @NotNull(
                    message = "Send a password: {\"email\": \"you@example.com\", \"password\": \"...\"}.") String password) {
    }

    record Me(long id, String email, String role, String auth) {

        static Me of(Account account, AuthSettings settings) {
            return new Me(account.id(), account.email(), account.role().wire(),
                    settings.accounts() ? "accounts" : "none");
        }

    }

    record NewToken(@Nullable @Size(max = 100, message = "A token's name may be at most 100 characters.") String name) {
    }

    record IssuedToken(String token, @Nullable String name) {
    }

    record TokenView(long id, @Nullable String name, Instant createdAt, @Nullable Instant lastUsedAt) {
    }

    @GetMapping({ "/api/auth/me", "/api/auth/me/" })
    Me me() {
        return Me.of(current.get(), settings);
    }

    @PostMapping({ "/api/auth/signup", "/api/auth/signup/" })
    ResponseEntity<Me> signup(@Valid @RequestBody Credentials body, HttpServletRequest request) {
        requireAccounts();
        int bytes = body.password().getBytes(StandardCharsets.UTF_8).length;
        if (body.password().length() < settings.minPasswordLength() || bytes > 72) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
                    "A password needs at least " + settings.minPasswordLength() + " characters and at most 72 bytes.");
        }
        Account.Role role = settings.admins().contains(Accounts.normalise(body.email())) ? Account.Role.ADMIN
                : Account.Role.USER;
        Account account = accounts.create(body.email(), passwords.encode(body.password()), role)
            .orElseThrow(() -> new ResponseStatusException(HttpStatus.CONFLICT,
                    "An account with this e-mail address exists: sign in instead."));
        return signedIn(account, request, HttpStatus.CREATED);
    }

    @PostMapping({ "/api/auth/login", "/api/auth/login/" })
    ResponseEntity<Me> login(@Valid @RequestBody Credentials body, HttpServletRequest request) {
        requireAccounts();
        Accounts.Stored stored = accounts.findByEmail(body.email()).orElse(null);
        String hash = stored == null || stored.passwordHash() == null ? unknownAccountHash : stored.passwordHash();
        boolean matches = passwords.matches(body.password(), hash);
        if (stored == null || stored.passwordHash() == null || !matches) {
            throw new ResponseStatusException(HttpStatus.UNAUTHORIZED, "Wrong e-mail address or password.");
        }
        return signedIn(stored.account(), request, HttpStatus.OK);
    }

    @PostMapping({ "/api/auth/logout", "/api/auth/logout/" })
    ResponseEntity<Void> logout(HttpServletRequest request) {
        String session = TokenAuthentication.sessionCookie(request);
        if (session != null) {
            tokens.revoke(session);
        }
        return ResponseEntity.noContent()
            .header(HttpHeaders.SET_COOKIE, cookie("", Duration.ZERO, request).toString())
            .build();
    }

    @PostMapping({ "/api/auth/tokens", "/api/auth/tokens/" })
    ResponseEntity<IssuedToken> issue(@Valid @RequestBody(required = false) @Nullable NewToken body) {
        requireAccounts();
        String name = body == null || body.name() == null || body.name().isBlank() ? null : body.name().strip();
        String token = tokens.issue(current.id(), AccountTokens.Kind.API, name, null);
        return ResponseEntity.status(HttpStatus.CREATED).body(new IssuedToken(token, name));
    }

    @GetMapping({ "/api/auth/tokens", "/api/auth/tokens/" })
    List<TokenView> tokens() {
        return tokens.apiTokens(current.id())
            .stream()
            .map(t -> new TokenView(t.id(), t.name(), t.createdAt(), t.lastUsedAt()))
            .toList();
    }

    @DeleteMapping({ "/api/auth/tokens/{id}", "/api/auth/tokens/{id}/" })
    ResponseEntity<Void> revoke(@PathVariable long id) {
        if (!tokens.deleteApiToken(current.id(), id)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "You have no API token with id " + id + ".");
        }
        return ResponseEntity.noContent().build();
    }

    private ResponseEntity<Me> signedIn(Account account, HttpServletRequest request, HttpStatus status) {
        String token = tokens.issue(account.id(), AccountTokens.Kind.SESSION, null, settings.sessionTtl());
        return ResponseEntity.status(status)
            .header(HttpHeaders.SET_COOKIE, cookie(token, settings.sessionTtl(), request).toString())
            .body(Me.of(account, settings));
    }

    private static ResponseCookie cookie(String value, Duration maxAge, HttpServletRequest request) {
        return ResponseCookie.from(TokenAuthentication.SESSION_COOKIE, value)
            .httpOnly(true)
            .secure(request.isSecure())
            .sameSite("Lax")
            .path("/")
            .maxAge(maxAge)
            .build();
    }

    private void requireAccounts() {
        if (!settings.accounts()) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
                    "Accounts are off (FAIBRIC_AUTH=none): " + "Faibric has one local user and nobody signs in.");
        }
    }

}
