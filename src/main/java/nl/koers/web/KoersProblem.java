package nl.koers.web;

import java.time.Duration;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;

/**
 * A request Koers declines for a reason the user can act on. The message is Dutch and is shown as is:
 * as the {@code detail} of a problem+json answer, or on the page.
 */
public class KoersProblem extends RuntimeException {

    private final HttpStatus status;
    private final @Nullable Duration retryAfter;

    public KoersProblem(HttpStatus status, String dutchMessage) {
        this(status, dutchMessage, null);
    }

    private KoersProblem(HttpStatus status, String dutchMessage, @Nullable Duration retryAfter) {
        super(dutchMessage);
        this.status = status;
        this.retryAfter = retryAfter;
    }

    public HttpStatus status() {
        return status;
    }

    /** For 429 and 503: when trying again makes sense; sent as {@code Retry-After}. */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }

    /** The {@code Retry-After} value: whole seconds, rounded up, at least one. */
    public Optional<String> retryAfterHeader() {
        return retryAfter().map(wait -> String.valueOf(Math.max(1, wait.plusNanos(999_999_999).toSeconds())));
    }

    public static KoersProblem tooManyRequests(String dutchMessage, Duration retryAfter) {
        return new KoersProblem(HttpStatus.TOO_MANY_REQUESTS, dutchMessage, retryAfter);
    }

    /** 503: Koers is busy right now; trying again after {@code retryAfter} makes sense. */
    public static KoersProblem unavailable(String dutchMessage, Duration retryAfter) {
        return new KoersProblem(HttpStatus.SERVICE_UNAVAILABLE, dutchMessage, retryAfter);
    }

    public static KoersProblem notFound(String dutchMessage) {
        return new KoersProblem(HttpStatus.NOT_FOUND, dutchMessage);
    }

    public static KoersProblem badRequest(String dutchMessage) {
        return new KoersProblem(HttpStatus.BAD_REQUEST, dutchMessage);
    }

    public static KoersProblem conflict(String dutchMessage) {
        return new KoersProblem(HttpStatus.CONFLICT, dutchMessage);
    }
}
