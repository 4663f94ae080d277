package nl.koers.web;

import org.springframework.http.HttpStatus;

/**
 * A request Koers declines for a reason the user can act on. The message is Dutch and is shown as is:
 * as the {@code detail} of a problem+json answer, or on the page.
 */
public class KoersProblem extends RuntimeException {

    private final HttpStatus status;

    public KoersProblem(HttpStatus status, String dutchMessage) {
        super(dutchMessage);
        this.status = status;
    }

    public HttpStatus status() {
        return status;
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
