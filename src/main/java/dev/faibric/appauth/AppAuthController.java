package dev.faibric.appauth;

import dev.faibric.limits.LimitedAction;
import dev.faibric.limits.RateLimits;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Sign-up, log-in, log-out and "who am I" for the users of a generated app, on the app's
 * own origin ({@code /_api/auth/...}). The app is the one the host names; its users and
 * sessions are its own. Changes must come from the app's own pages as JSON
 * ({@link AppWrites}); sign-up and log-in are counted per app and per address on it.
 */
@RestController
class AppAuthController {

    static final String WRONG = "Wrong e-mail address or password.";

    private final AppRequests requests;

    private final AppUserAccounts accounts;

    private final AppSessions sessions;

    private final AppSignIns signIns;

    private final RateLimits rates;

    private final AppAuthSettings settings;

    AppAuthController(AppRequests requests, AppUserAccounts accounts, AppSessions sessions, AppSignIns signIns,
            RateLimits rates, AppAuthSettings settings) {
        this.requests = requests;
        this.accounts = accounts;
        this.sessions = sessions;
        this.signIns = signIns;
        this.rates = rates;
        this.settings = settings;
    }

    /** Who is signed in, as every answer here says it: {@code {"user": {...} | null}}. */
    record SignedIn(@Nullable AppUser user) {
    }

    @PostMapping({ "/_api/auth/signup", "/_api/auth/signup/" })
    ResponseEntity<SignedIn> signUp(HttpServletRequest request) {
        AppRequests.App app = attempt(request);
        SignInForm form = SignInForm.signUp(requests.body(request));
        AppUser user = accounts.signUp(app.id(), form.email(), form.password(), form.name())
            .orElseThrow(() -> new ResponseStatusException(HttpStatus.CONFLICT,
                    "This e-mail address already has an account here: log in instead."));
        return signedIn(app, user, request, HttpStatus.CREATED);
    }

    @PostMapping({ "/_api/auth/login", "/_api/auth/login/" })
    ResponseEntity<SignedIn> logIn(HttpServletRequest request) {
        AppRequests.App app = attempt(request);
        SignInForm form = SignInForm.logIn(requests.body(request));
        AppUser user = accounts.logIn(app.id(), form.email(), form.password())
            .orElseThrow(() -> new ResponseStatusException(HttpStatus.UNAUTHORIZED, WRONG));
        return signedIn(app, user, request, HttpStatus.OK);
    }

    @PostMapping({ "/_api/auth/logout", "/_api/auth/logout/" })
    ResponseEntity<Void> logOut(HttpServletRequest request) {
        AppRequests.App app = requests.change(request, true);
        String token = SessionCookie.read(request);
        if (token != null) {
            sessions.end(app.id(), token);
        }
        return ResponseEntity.noContent()
            .cacheControl(CacheControl.noStore())
            .header(HttpHeaders.SET_COOKIE, SessionCookie.cleared(request).toString())
            .build();
    }

    @GetMapping({ "/_api/auth/me", "/_api/auth/me/" })
    ResponseEntity<SignedIn> me(HttpServletRequest request) {
        AppRequests.App app = requests.app(request);
        return ResponseEntity.ok()
            .cacheControl(CacheControl.noStore())
            .body(new SignedIn(signIns.current(request, app.id()).orElse(null)));
    }

    /** A sign-up or log-in: from the app's own pages, within the app's rates. */
    private AppRequests.App attempt(HttpServletRequest request) {
        AppRequests.App app = requests.change(request, true);
        rates.takeForApp(LimitedAction.APP_SIGN_IN, app.id(), request.getRemoteAddr());
        return app;
    }

    private ResponseEntity<SignedIn> signedIn(AppRequests.App app, AppUser user, HttpServletRequest request,
            HttpStatus status) {
        String token = sessions.issue(app.id(), user.id(), settings.sessionTtl());
        return ResponseEntity.status(status)
            .cacheControl(CacheControl.noStore())
            .header(HttpHeaders.SET_COOKIE, SessionCookie.of(token, settings.sessionTtl(), request).toString())
            .body(new SignedIn(user));
    }

}
