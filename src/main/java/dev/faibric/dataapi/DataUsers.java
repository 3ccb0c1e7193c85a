package dev.faibric.dataapi;

import dev.faibric.appauth.AppSignIns;
import dev.faibric.appauth.AppUser;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Who is signed in to an app, and the names its users show, as the app's sign-in says.
 * Without a sign-in in the application nobody is ever signed in and rows show no names.
 */
@Component
class DataUsers {

    private final ObjectProvider<AppSignIns> signIns;

    DataUsers(ObjectProvider<AppSignIns> signIns) {
        this.signIns = signIns;
    }

    Optional<AppUser> current(HttpServletRequest request, long projectId) {
        AppSignIns found = this.signIns.getIfAvailable();
        return (found == null) ? Optional.empty() : found.current(request, projectId);
    }

    Map<Long, String> names(long projectId, Collection<Long> userIds) {
        AppSignIns found = this.signIns.getIfAvailable();
        return (found == null || userIds.isEmpty()) ? Map.of() : found.names(projectId, userIds);
    }

}
