package dev.faibric.appauth;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /_api/auth/admin?ticket=...} on an app's origin: the owner's one-time link
 * ({@link AdminLinkController}) arrives, and leaves signed in as the app's admin, on the
 * app's first page. A forged, used, expired or another app's ticket is refused (403).
 */
@RestController
class AdminSignInController {

    private final AppRequests requests;

    private final AdminTickets tickets;

    private final AppUserAccounts accounts;

    private final AppSessions sessions;

    private final AppAuthSettings settings;

    AdminSignInController(AppRequests requests, AdminTickets tickets, AppUserAccounts accounts, AppSessions sessions,
            AppAuthSettings settings) {
        this.requests = requests;
        this.tickets = tickets;
        this.accounts = accounts;
        this.sessions = sessions;
        this.settings = settings;
    }

    @GetMapping({ "/_api/auth/admin", "/_api/auth/admin/" })
    ResponseEntity<Void> admin(@RequestParam(defaultValue = "") String ticket, HttpServletRequest request) {
        AppRequests.App app = requests.app(request);
        String email = tickets.redeem(app.id(), ticket);
        AppUser admin = accounts.admin(app.id(), email);
        String token = sessions.issue(app.id(), admin.id(), settings.sessionTtl());
        return ResponseEntity.status(HttpStatus.SEE_OTHER)
            .location(java.net.URI.create("/"))
            .cacheControl(CacheControl.noStore())
            .header("Referrer-Policy", "no-referrer")
            .header(HttpHeaders.SET_COOKIE, SessionCookie.of(token, settings.sessionTtl(), request).toString())
            .build();
    }

}
