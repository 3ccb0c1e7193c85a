package dev.faibric.account;

import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The accounts table: who exists and with which password hash. */
@Component
class Accounts {

    private final JdbcClient jdbc;

    Accounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Stored(Account account, @Nullable String passwordHash) {
    }

    /** Creates the account, or answers empty when the address is taken. */
    Optional<Account> create(String email, String passwordHash, Account.Role role) {
        String address = normalise(email);
        if (findByEmail(address).isPresent()) {
            return Optional.empty();
        }
        try {
            jdbc.sql("INSERT INTO accounts (email, password_hash, role) VALUES (?, ?, ?)")
                .params(address, passwordHash, role.wire())
                .update();
        }
        catch (org.springframework.dao.DuplicateKeyException taken) {
            return Optional.empty();
        }
        return findByEmail(address).map(Stored::account);
    }

    Optional<Stored> findByEmail(String email) {
        return jdbc.sql("SELECT id, email, role, password_hash FROM accounts WHERE email = ?")
            .param(normalise(email))
            .query((rs,
                    row) -> new Stored(new Account(rs.getLong("id"), rs.getString("email"),
                            Account.Role.parse(rs.getString("role"))), rs.getString("password_hash")))
            .optional();
    }

    static String normalise(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

}
