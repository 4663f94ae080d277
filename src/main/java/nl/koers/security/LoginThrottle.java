package nl.koers.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

import nl.koers.system.LimitsProperties;

/**
 * Pauses signing in for a username after repeated wrong passwords ({@code koers.limits.login-failures} within the
 * pause, default 5 in 15 minutes), for the form and for HTTP Basic alike. Counted per username, whether it exists
 * or not, so the pause tells nothing about which accounts exist. Kept in memory: each instance counts its own.
 * The price of counting per username is that someone can keep another person's sign-in paused; the pause ends
 * by itself, and a correct password afterwards starts the count afresh.
 */
@Component
public class LoginThrottle {

    private record Failures(int count, Instant first, Instant pausedUntil) {
    }

    private final ConcurrentHashMap<String, Failures> failures = new ConcurrentHashMap<>();
    private final int allowed;
    private final Duration pause;
    private final Clock clock;

    LoginThrottle(LimitsProperties limits, Clock clock) {
        this.allowed = limits.loginFailures();
        this.pause = limits.loginPause();
        this.clock = clock;
    }

    /** How long signing in stays paused for this username; zero when it is not. */
    public Duration remaining(String username) {
        Failures known = failures.get(key(username));
        if (known == null) {
            return Duration.ZERO;
        }
        Duration left = Duration.between(clock.instant(), known.pausedUntil());
        return left.isNegative() ? Duration.ZERO : left;
    }

    /** Above this many usernames with failures, finished ones are forgotten: random names cannot fill memory. */
    static final int PRUNE_ABOVE = 10_000;

    @EventListener
    void failed(AuthenticationFailureBadCredentialsEvent event) {
        Instant now = clock.instant();
        if (failures.size() > PRUNE_ABOVE) {
            failures.values().removeIf(known -> known.first().plus(pause).isBefore(now) && known.pausedUntil().isBefore(now));
        }
        failures.compute(key(event.getAuthentication().getName()), (name, known) -> {
            if (known == null || known.first().plus(pause).isBefore(now)) {
                known = new Failures(0, now, Instant.MIN);
            }
            int count = known.count() + 1;
            return new Failures(count, known.first(), count >= allowed ? now.plus(pause) : known.pausedUntil());
        });
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        failures.remove(key(event.getAuthentication().getName()));
    }

    /** How many usernames are being counted. */
    int tracked() {
        return failures.size();
    }

    /** Checked before the password: a paused username is refused even with the right one. */
    AuthenticationProvider guard() {
        return new AuthenticationProvider() {
            @Override
            public Authentication authenticate(Authentication attempt) {
                Duration left = remaining(attempt.getName());
                if (!left.isZero()) {
                    throw new Paused(left);
                }
                return null; // not decided here: the password check follows
            }

            @Override
            public boolean supports(Class<?> authentication) {
                return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
            }
        };
    }

    private static String key(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }

    /** Signing in is paused; carries how long, in whole minutes rounded up, for the Dutch message. */
    static final class Paused extends LockedException {

        private final Duration left;

        Paused(Duration left) {
            super("sign-in paused after repeated failures");
            this.left = left;
        }

        long minutes() {
            return Math.max(1, (left.toSeconds() + 59) / 60);
        }

        long seconds() {
            return Math.max(1, left.toSeconds());
        }
    }
}
