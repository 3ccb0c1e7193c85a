package dev.faibric.account;

import java.security.Principal;

/**
 * Someone who builds apps with Faibric. As a {@link Principal} its name is its id, so
 * anything keyed by {@code request.getUserPrincipal().getName()} is keyed by account.
 */
public record Account(long id, String email, Role role) implements Principal {

    /** The single local user of the embedded mode; it owns every project made there. */
    public static final long LOCAL_ID = 1;

    public static final Account LOCAL = new Account(LOCAL_ID, "local", Role.ADMIN);

    @Override
    public String getName() {
        return Long.toString(id);
    }

    public boolean isAdmin() {
        return role == Role.ADMIN;
    }

    /** What an account may do beyond its own projects. */
    public enum Role {

        /** Builds apps and sees only their own projects and private library entries. */
        USER,

        /** Also publishes library entries for everyone. */
        ADMIN;

        public String wire() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        static Role parse(String wire) {
            return "admin".equals(wire) ? ADMIN : USER;
        }

    }

}
