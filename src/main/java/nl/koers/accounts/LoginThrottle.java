package nl.koers.accounts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;

import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

import nl.koers.accounts.SignInRecords.Entry;
import nl.koers.accounts.SignInRecords.Kind;
import nl.koers.system.LimitsProperties;
import nl.koers.system.LimitsProperties.SignIn;

/**
 * Limits on wrong passwords, for the form and for HTTP Basic alike, that nobody can use to keep someone else out:
 * <ul>
 * <li>a username is paused <em>for the address that failed</em>: after {@code koers.limits.login-failures} (5) wrong
 * passwords within {@code login-pause} (15 minutes), that username from that address waits out the pause; the owner
 * signs in from anywhere else;</li>
 * <li>an address is paused after {@code sign-in.address-failures} (20) wrong passwords within the same window,
 * whatever the usernames: one password tried on many accounts;</li>
 * <li>a username that fails from many addresses together ({@code sign-in.slow-down-after}, 10) is slowed down, not
 * locked. Each address then waits before its next attempt: the first wait is {@code sign-in.first-delay} (1 s), it
 * doubles with every further failure, up to {@code sign-in.max-delay} (5 s). The wait is per address, so an attacker
 * cannot take the turn away from the owner: the owner is told to wait at most the maximum once, and then the
 * password is checked. An address that gave the right password is trusted for the window, so the owner's own API
 * calls are not slowed, nor paused with a busy shared address.</li>
 * </ul>
 * The throttle never sleeps: it answers "try again in so many seconds" (429 with {@code Retry-After}, or the
 * message on the login page), so no request thread is held, the wait holds no connection, and tests move a clock
 * instead of waiting. Counted for every username, whether it exists or not, and before the password is checked,
 * so the answers tell nothing about which accounts exist. Kept in {@link SignInRecords}: in the database on
 * PostgreSQL, so the limits hold across the instances that share it, and in memory on the embedded H2.
 */
@Component
public class LoginThrottle {

    /** Why signing in has to wait. */
    enum Reason {
        /** this username, from this address */
        NAME,
        /** this address, whatever the username */
        ADDRESS,
        /** this username is slowed down after failures from many addresses */
        SLOWED
    }

    private final SignInRecords records;
    private final int perPair;
    private final Duration window;
    private final SignIn signIn;
    private final Clock clock;

    LoginThrottle(LimitsProperties limits, SignInRecords records, Clock clock) {
        this.records = records;
        this.perPair = limits.loginFailures();
        this.window = limits.loginPause();
        this.signIn = limits.signIn();
        this.clock = clock;
    }

    /**
     * Checked before the password. Null when this attempt may go on; otherwise why and how long it has to wait.
     * During a slowdown this is not a pure question: a first attempt from an address is told to come back after the
     * delay, and an attempt that comes back in time goes on (once).
     */
    @Nullable Paused check(@Nullable String username, String address) {
        Instant now = clock.instant();
        String name = key(username);
        String pair = pair(name, address);
        Entry fromHere = records.get(Kind.NAME_AT_ADDRESS, pair);
        boolean trusted = fromHere.trusted(now);
        if (fromHere.paused(now)) {
            return new Paused(Reason.NAME, Duration.between(now, fromHere.pausedUntil()));
        }
        Entry ofAddress = records.get(Kind.ADDRESS, address);
        if (!trusted && ofAddress.paused(now)) {
            return new Paused(Reason.ADDRESS, Duration.between(now, ofAddress.pausedUntil()));
        }
        int failures = records.get(Kind.NAME, name).count(now, window);
        if (trusted || failures < signIn.slowDownAfter()) {
            return null;
        }
        Duration delay = delay(failures);
        var wait = new AtomicReference<Duration>(Duration.ZERO);
        records.update(Kind.NAME_AT_ADDRESS, pair, now, entry -> {
            if (entry.notBefore().equals(Instant.MIN)) {
                wait.set(delay);
                return entry.notBefore(now.plus(delay));
            }
            if (now.isBefore(entry.notBefore())) {
                wait.set(Duration.between(now, entry.notBefore()));
                return entry;
            }
            wait.set(Duration.ZERO);
            return entry.notBefore(Instant.MIN); // waited: this attempt goes on, the next one waits again
        });
        return wait.get().isZero() ? null : new Paused(Reason.SLOWED, wait.get());
    }

    /** The wait during a slowdown: the first delay, doubled per further failure, at most the maximum. */
    Duration delay(int failures) {
        int doublings = Math.min(30, failures - signIn.slowDownAfter());
        Duration grown = signIn.firstDelay().multipliedBy(1L << doublings);
        return grown.compareTo(signIn.maxDelay()) > 0 ? signIn.maxDelay() : grown;
    }

    @EventListener
    void failed(AuthenticationFailureBadCredentialsEvent event) {
        failed(event.getAuthentication().getName(), address(event.getAuthentication()));
    }

    void failed(@Nullable String username, String address) {
        Instant now = clock.instant();
        String name = key(username);
        records.update(Kind.NAME_AT_ADDRESS, pair(name, address), now,
                entry -> pauseAt(entry.failed(now, window), perPair, now));
        records.update(Kind.ADDRESS, address, now,
                entry -> pauseAt(entry.failed(now, window), signIn.addressFailures(), now));
        records.update(Kind.NAME, name, now, entry -> entry.failed(now, window));
    }

    private Entry pauseAt(Entry counted, int allowed, Instant now) {
        return counted.count() >= allowed ? counted.pausedUntil(now.plus(window)) : counted;
    }

    /**
     * The right password: this address is trusted for this username for the window. The failures from elsewhere
     * keep counting: the owner signing in does not reset what an attacker has tried. A trust that is still fresh is
     * left alone (see {@link Entry#trusted(Instant, Duration)}).
     */
    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        succeeded(event.getAuthentication().getName(), address(event.getAuthentication()));
    }

    void succeeded(@Nullable String username, String address) {
        Instant now = clock.instant();
        records.update(Kind.NAME_AT_ADDRESS, pair(key(username), address), now, entry -> entry.trusted(now, window));
    }

    /** Checked before the password: a paused or slowed attempt is refused even with the right one. */
    AuthenticationProvider guard() {
        return new AuthenticationProvider() {
            @Override
            public Authentication authenticate(Authentication attempt) {
                Paused paused = check(attempt.getName(), address(attempt));
                if (paused != null) {
                    throw paused;
                }
                return null; // not decided here: the password check follows
            }

            @Override
            public boolean supports(Class<?> authentication) {
                return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
            }
        };
    }

    /** The client address that {@link ClientAddress} put in the details of the attempt. */
    private static String address(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details
                && details.getRemoteAddress() != null ? details.getRemoteAddress() : "";
    }

    private static String key(@Nullable String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }

    /** A username from one address, as one key; the length keeps apart names that end as others begin. */
    private static String pair(String name, String address) {
        return name.length() + ":" + name + "@" + address;
    }

    /** Signing in has to wait; carries why and how long, for the Dutch message. */
    static final class Paused extends LockedException {

        private final Reason reason;
        private final Duration left;

        Paused(Reason reason, Duration left) {
            super("sign-in paused after repeated failures");
            this.reason = reason;
            this.left = left;
        }

        Reason reason() {
            return reason;
        }

        /** Whole minutes, rounded up: for the pauses. */
        long minutes() {
            return Math.max(1, (left.toSeconds() + 59) / 60);
        }

        /** Whole seconds, rounded up: for {@code Retry-After} and the slowdown. */
        long seconds() {
            return Math.max(1, (left.toMillis() + 999) / 1000);
        }
    }
}
