package dev.faibric.project;

import dev.faibric.account.CurrentAccount;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * The one place that decides whether the account asking may see a project: only its owner
 * may. Another account's project answers exactly as a project that does not exist (404),
 * so ids reveal nothing.
 */
@Component
public class ProjectAccess {

    private final Projects projects;

    private final CurrentAccount current;

    ProjectAccess(Projects projects, CurrentAccount current) {
        this.projects = projects;
        this.current = current;
    }

    /**
     * The project, if the account asking owns it.
     * @throws ResponseStatusException 404 otherwise
     */
    public Project owned(long id) {
        return ownedBy(current.id(), id)
            .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No project with id " + id));
    }

    /** The answer for a version the project does not have: 404, as for a project. */
    public static ResponseStatusException noSuchVersion(long id, int number) {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "Project " + id + " has no version " + number);
    }

    /** The project, if that account owns it. */
    public Optional<Project> ownedBy(long accountId, long id) {
        return projects.find(id).filter(p -> p.ownerId() == accountId);
    }

    /** The account's most recently changed projects. */
    public List<Project> recent(int limit) {
        return projects.recent(current.id(), limit);
    }

}
