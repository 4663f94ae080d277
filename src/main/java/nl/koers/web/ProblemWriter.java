package nl.koers.web;

import java.io.IOException;
import java.net.URI;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * Writes RFC 9457 problem documents with Dutch titles and details, for the places that answer outside
 * Spring MVC's exception handling: the security filters and the error controller.
 */
@Component
public class ProblemWriter {

    public static final Locale DUTCH = Locale.of("nl");

    private final MessageSource messages;
    private final JsonMapper json;

    ProblemWriter(MessageSource messages, JsonMapper json) {
        this.messages = messages;
        this.json = json;
    }

    public String message(String code, Object... args) {
        return messages.getMessage(code, args, DUTCH);
    }

    /** The Dutch detail for a query or form parameter whose bytes are no UTF-8, which Tomcat refuses to read. */
    String unreadableParameter() {
        return message("problem.unreadable-parameter");
    }

    /** The Dutch title for a status, such as "Niet gevonden" for 404. */
    public String title(HttpStatusCode status) {
        return messages.getMessage("problem.title." + status.value(), null,
                messages.getMessage("problem.title.default", null, DUTCH), DUTCH);
    }

    /** The Dutch detail to use when nothing more specific is known about an error with this status. */
    public String defaultDetail(HttpStatusCode status) {
        return messages.getMessage("problem.detail." + status.value(), null,
                messages.getMessage("problem.detail.default", null, DUTCH), DUTCH);
    }

    public ProblemDetail problem(HttpStatusCode status, String detail, String instance) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title(status));
        problem.setInstance(URI.create(instance));
        return problem;
    }

    public void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String detail)
            throws IOException {
        write(response, problem(status, detail, request.getRequestURI()));
    }

    /** A problem as JSON text, without an instance: for answers written where only a writer is at hand. */
    String json(HttpStatusCode status, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title(status));
        return json.writeValueAsString(problem);
    }

    public void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
        response.setStatus(problem.getStatus());
        response.setCharacterEncoding("UTF-8");
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }
}
