package nl.koers.accounts;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

import nl.koers.web.ProblemWriter;

/** 401 for the API in problem+json, with the Basic challenge so that curl and scripts know what to send. */
final class ProblemAuthenticationEntryPoint implements AuthenticationEntryPoint {

    private final ProblemWriter problems;

    ProblemAuthenticationEntryPoint(ProblemWriter problems) {
        this.problems = problems;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException {
        if (failure instanceof LoginThrottle.Paused paused) {
            response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(paused.seconds()));
            problems.write(request, response, HttpStatus.TOO_MANY_REQUESTS, switch (paused.reason()) {
                case NAME -> problems.message("problem.login-paused", paused.minutes());
                case ADDRESS -> problems.message("problem.login-paused-address", paused.minutes());
                case SLOWED -> problems.message("problem.login-slowed", paused.seconds());
            });
            return;
        }
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Koers\", charset=\"UTF-8\"");
        problems.write(request, response, HttpStatus.UNAUTHORIZED, problems.message("problem.unauthorized"));
    }

    /** 401 for a Bearer token that is unknown, revoked or expired: the caller learns which of the three it may be. */
    void rejectToken(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"Koers\", error=\"invalid_token\"");
        problems.write(request, response, HttpStatus.UNAUTHORIZED, problems.message("token.invalid"));
    }
}
