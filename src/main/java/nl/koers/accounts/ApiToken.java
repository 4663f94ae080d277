package nl.koers.accounts;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** A personal API token as its owner sees it afterwards: never the token itself, only what it is called and when. */
public record ApiToken(long id, String name, Instant createdAt, @Nullable Instant expiresAt,
        @Nullable Instant lastUsedAt) {

    boolean expiredAt(Instant now) {
        return expiresAt != null && !now.isBefore(expiresAt);
    }

    ApiToken usedAt(@Nullable Instant used) {
        return used == null || (lastUsedAt != null && !lastUsedAt.isBefore(used)) ? this
                : new ApiToken(id, name, createdAt, expiresAt, used);
    }
}
