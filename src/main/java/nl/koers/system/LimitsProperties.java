package nl.koers.system;

import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits that keep one person, script or attacker from taking Koers for themselves. On PostgreSQL every limit but the
 * PDF renderings holds across the Koers instances that share it (see {@link RateWindows}); the PDF renderings protect
 * one process's CPU.
 *
 * @param maxRequestSize      the largest request body Koers reads; larger ones get 413
 * @param messagesPerMinute   messages one person may send per minute, far above what anyone types; beyond it 429
 * @param modelTurnsPerDay    turns per person per day that may go to the language model; beyond it turns run guided
 *                            with a notice (0: never the model)
 * @param loginFailures       wrong passwords for one username from one address after which signing in with that
 *                            username from that address is paused
 * @param loginPause          how long that pause lasts; also the window in which every sign-in failure counts
 * @param conversationsPerDay conversations one person may start in 24 hours; beyond it 429
 * @param pdfRenderings       PDF renderings one instance runs at once
 * @param pdfWait             how long a PDF request waits for a free rendering before it gets 503
 * @param concurrentTurns     guided turns one instance works on at once; others wait their turn, in order
 * @param turnWait            how long a turn waits for a place before it gets 503
 * @param signIn              the sign-in limits beyond the pause per username and address
 */
@ConfigurationProperties("koers.limits")
public record LimitsProperties(
        @DefaultValue("256KB") DataSize maxRequestSize,
        @DefaultValue("300") int messagesPerMinute,
        @DefaultValue("200") int modelTurnsPerDay,
        @DefaultValue("5") int loginFailures,
        @DefaultValue("15m") Duration loginPause,
        @DefaultValue("50") int conversationsPerDay,
        @DefaultValue("2") int pdfRenderings,
        @DefaultValue("5s") Duration pdfWait,
        @DefaultValue("8") int concurrentTurns,
        @DefaultValue("5s") Duration turnWait,
        @DefaultValue SignIn signIn) {

    public LimitsProperties {
        if (messagesPerMinute < 1 || modelTurnsPerDay < 0 || loginFailures < 1 || maxRequestSize.toBytes() < 16 * 1024
                || conversationsPerDay < 1 || pdfRenderings < 1 || pdfWait.isNegative() || concurrentTurns < 1
                || turnWait.isNegative()) {
            throw new IllegalArgumentException("koers.limits: messages-per-minute, login-failures,"
                    + " conversations-per-day, pdf-renderings and concurrent-turns must be at least 1,"
                    + " model-turns-per-day at least 0, pdf-wait and turn-wait not negative, and max-request-size at"
                    + " least 16KB (a message of 4,000 characters must fit)");
        }
    }

    /**
     * The sign-in limits that do not depend on the username alone, so that nobody can pause someone else's account.
     *
     * @param addressFailures     failed sign-ins from one client address, whatever the usernames, after which that
     *                            address is paused for {@code login-pause}
     * @param slowDownAfter       failed sign-ins for one username from all addresses together after which every
     *                            further attempt for it waits first: a delay, never a lock
     * @param firstDelay          the first such delay; it doubles with every further failure
     * @param maxDelay            the longest delay: the right password always gets in after at most this wait
     * @param clientAddressHeader behind a reverse proxy: the header that carries the client address, such as
     *                            {@code X-Forwarded-For}; its right-most entry counts (the one the proxy added). Unset:
     *                            the address of the connection
     */
    public record SignIn(
            @DefaultValue("20") int addressFailures,
            @DefaultValue("10") int slowDownAfter,
            @DefaultValue("1s") Duration firstDelay,
            @DefaultValue("5s") Duration maxDelay,
            @Nullable String clientAddressHeader) {

        public SignIn {
            if (addressFailures < 1 || slowDownAfter < 1 || !firstDelay.isPositive() || maxDelay.compareTo(firstDelay) < 0) {
                throw new IllegalArgumentException("koers.limits.sign-in: address-failures and slow-down-after must be"
                        + " at least 1, first-delay positive and max-delay at least first-delay");
            }
            if (clientAddressHeader != null && clientAddressHeader.isBlank()) {
                clientAddressHeader = null;
            }
        }
    }
}
