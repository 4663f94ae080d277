package nl.koers.accounts;

import org.jspecify.annotations.Nullable;

/** Someone who can sign in. The password hash stays in {@link UserRepository}. */
public record KoersUser(long id, String username, String displayName, Role role, @Nullable Long teamId) {
}
