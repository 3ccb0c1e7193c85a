package dev.faibric.account;

import org.springframework.stereotype.Component;

/** Who is asking: the account behind the current request. */
@Component
public class CurrentAccount {

    /** The signed-in account, or the local user when accounts are off. */
    public Account get() {
        return Account.LOCAL;
    }

    public long id() {
        return get().id();
    }

}
