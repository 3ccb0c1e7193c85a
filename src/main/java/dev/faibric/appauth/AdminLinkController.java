package dev.faibric.appauth;

import dev.faibric.account.Account;
import dev.faibric.account.CurrentAccount;
import dev.faibric.hosting.AppUrls;
import dev.faibric.project.Project;
import dev.faibric.project.ProjectAccess;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/projects/{id}/data/admin-link}, on the platform: a one-time link that
 * opens the owner's app signed in as its admin ({@link AdminSignInController}). The admin
 * has the owner's address, or {@code owner@<slug>} for the local user, who has none.
 */
@RestController
class AdminLinkController {

    private final ProjectAccess projects;

    private final CurrentAccount current;

    private final AdminTickets tickets;

    private final AppUrls urls;

    AdminLinkController(ProjectAccess projects, CurrentAccount current, AdminTickets tickets, AppUrls urls) {
        this.projects = projects;
        this.current = current;
        this.tickets = tickets;
        this.urls = urls;
    }

    /** Where to send the owner's browser: valid for a short while, and once. */
    record AdminLink(String url) {
    }

    @PostMapping({ "/api/projects/{id}/data/admin-link", "/api/projects/{id}/data/admin-link/" })
    ResponseEntity<AdminLink> adminLink(@PathVariable long id) {
        Project project = projects.owned(id);
        String ticket = tickets.issue(project.id(), adminEmail(current.get(), project));
        return ResponseEntity.ok()
            .cacheControl(CacheControl.noStore())
            .body(new AdminLink(urls.url(project.slug()) + "_api/auth/admin?ticket=" + ticket));
    }

    static String adminEmail(Account owner, Project project) {
        boolean address = owner.id() != Account.LOCAL_ID && SignInForm.emailProblem(owner.email()) == null;
        return address ? owner.email() : "owner@" + project.slug();
    }

}
