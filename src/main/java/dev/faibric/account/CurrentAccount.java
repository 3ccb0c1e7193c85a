package dev.faibric.account;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.preauth.PreAuthenticatedCredentialsNotFoundException;
import org.springframework.stereotype.Component;

/** Who is asking: the account behind the current request. */
@Component
public class CurrentAccount {

    /**
     * The signed-in account (the local user when accounts are off).
     * @throws PreAuthenticatedCredentialsNotFoundException outside a signed-in request,
     * answered 401
     */
    public Account get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof Account account) {
            return account;
        }
        throw new PreAuthenticatedCredentialsNotFoundException("not signed in");
    }

    public long id() {
        return get().id();
    }

}
