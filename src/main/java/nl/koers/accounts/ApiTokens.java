package nl.koers.accounts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.koers.web.KoersProblem;
import nl.koers.web.ProblemWriter;

/**
 * Personal API tokens, so that scripts and integrations do not pay a password hash on every request.
 *
 * <p>A token is 32 random bytes, Base64url, behind the prefix {@value #PREFIX} (so that secret scanners and people
 * recognise it). Only its SHA-256 is stored: the token is far too long to guess, so the slow hash a password needs
 * adds nothing but cost. Checking a token is one hash and one indexed look-up. When a token was last used is kept in
 * memory and written at most once a minute, never as a write per request.
 */
@Service
public class ApiTokens implements DisposableBean {

    static final String PREFIX = "koers_";
    static final int MAX_PER_PERSON = 10;
    static final int MAX_NAME_LENGTH = 100;
    private static final int SECRET_BYTES = 32;
    private static final int TOKEN_LENGTH = PREFIX.length() + (SECRET_BYTES * 4 + 2) / 3;

    private final ApiTokenRepository tokens;
    private final ProblemWriter problems;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final Map<Long, Instant> usedSinceLastWrite = new ConcurrentHashMap<>();

    ApiTokens(ApiTokenRepository tokens, ProblemWriter problems, Clock clock) {
        this.tokens = tokens;
        this.problems = problems;
        this.clock = clock;
    }

    /** A new token for this person; the token is in the answer and nowhere else. */
    @Transactional
    public Created create(KoersUser owner, String name, @Nullable Instant expiresAt) {
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty() || trimmed.length() > MAX_NAME_LENGTH) {
            throw KoersProblem.badRequest(problems.message("token.name-invalid", MAX_NAME_LENGTH));
        }
        Instant now = clock.instant();
        if (expiresAt != null && !expiresAt.isAfter(now)) {
            throw KoersProblem.badRequest(problems.message("token.expiry-past"));
        }
        tokens.lockOwner(owner.id());
        if (tokens.countOf(owner.id()) >= MAX_PER_PERSON) {
            throw KoersProblem.conflict(problems.message("token.too-many", MAX_PER_PERSON));
        }
        byte[] secret = new byte[SECRET_BYTES];
        random.nextBytes(secret);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        long id = tokens.insert(owner.id(), trimmed, hash(token), now, expiresAt);
        return new Created(id, trimmed, token, now, expiresAt);
    }

    /** This person's tokens, oldest first, with the last use this instance has seen but not yet written. */
    public List<ApiToken> of(KoersUser owner) {
        return tokens.ofUser(owner.id()).stream().map(token -> token.usedAt(usedSinceLastWrite.get(token.id())))
                .toList();
    }

    /** Revokes one of this person's tokens; someone else's token is as unknown as one that does not exist. */
    public void revoke(KoersUser owner, long id) {
        usedSinceLastWrite.remove(id);
        if (!tokens.delete(owner.id(), id)) {
            throw KoersProblem.notFound(problems.message("token.not-found"));
        }
    }

    /** Whose request this is, for a token that exists, has not expired and belongs to an enabled account. */
    Optional<Holder> authenticate(String token) {
        if (token.length() != TOKEN_LENGTH || !token.startsWith(PREFIX)) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return tokens.findByHash(hash(token))
                .filter(found -> found.expiresAt() == null || now.isBefore(found.expiresAt()))
                .map(found -> {
                    usedSinceLastWrite.put(found.tokenId(), now);
                    return new Holder(found.tokenId(), found.user());
                });
    }

    /** Writes the last uses seen since the previous write; a use seen while writing waits for the next one. */
    @Scheduled(fixedDelayString = "${koers.tokens.last-used-write:PT1M}",
            initialDelayString = "${koers.tokens.last-used-write:PT1M}")
    public void writeLastUse() {
        if (usedSinceLastWrite.isEmpty()) {
            return;
        }
        Map<Long, Instant> seen = Map.copyOf(usedSinceLastWrite);
        tokens.recordUse(seen);
        seen.forEach((id, at) -> usedSinceLastWrite.remove(id, at));
    }

    @Override
    public void destroy() {
        writeLastUse();
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException missing) {
            throw new IllegalStateException("every Java runtime has SHA-256", missing);
        }
    }

    /** A token just made: the only time {@code token} is known. */
    public record Created(long id, String name, String token, Instant createdAt, @Nullable Instant expiresAt) {
    }

    /** A request's token and owner. */
    record Holder(long tokenId, KoersUser user) {
    }
}
