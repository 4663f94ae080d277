package nl.koers.web;

import java.util.stream.Collectors;

import org.apache.tomcat.util.http.InvalidParameterException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponse;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error of a REST controller becomes problem+json with a Dutch title and detail. Spring's own
 * exceptions find their Dutch detail in the message bundle under {@code problemDetail.<exception class>};
 * one without a translation gets the Dutch default for its status. Stack traces stay in the log.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    private final ProblemWriter problems;
    private final MessageSource messages;

    ApiExceptionHandler(ProblemWriter problems, MessageSource messages) {
        this.problems = problems;
        this.messages = messages;
        setMessageSource(messages);
    }

    @ExceptionHandler(KoersProblem.class)
    ResponseEntity<ProblemDetail> koersProblem(KoersProblem problem, WebRequest request) {
        var response = ResponseEntity.status(problem.status());
        problem.retryAfterHeader().ifPresent(seconds -> response.header(HttpHeaders.RETRY_AFTER, seconds));
        return response.body(problems.problem(problem.status(), problem.getMessage(), path(request)));
    }

    /** Two requests raced for the same conversation and the database gave up waiting: nothing was stored. */
    @ExceptionHandler(ConcurrencyFailureException.class)
    ResponseEntity<ProblemDetail> concurrent(ConcurrencyFailureException race, WebRequest request) {
        log.info("Concurrent update on {}: {}", loggable(path(request)), race.getMessage());
        HttpStatus status = HttpStatus.CONFLICT;
        return ResponseEntity.status(status).body(problems.problem(status, problems.defaultDetail(status), path(request)));
    }

    /** A query or form parameter whose bytes are no UTF-8 ({@code ?q=%00%ff}): Tomcat refuses it when it is read. */
    @ExceptionHandler(InvalidParameterException.class)
    ResponseEntity<ProblemDetail> unreadableParameter(InvalidParameterException unreadable, WebRequest request) {
        // Tomcat's message quotes the raw bytes (a NUL, a line break): one clean line in the log, never forged ones.
        log.info("Unreadable parameter on {}: {}", loggable(path(request)), loggable(unreadable.getMessage()));
        HttpStatus status = HttpStatus.BAD_REQUEST;
        return ResponseEntity.status(status)
                .body(problems.problem(status, problems.unreadableParameter(), path(request)));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception failure, WebRequest request) {
        log.error("Unexpected failure on {}", loggable(path(request)), failure);
        HttpStatus status = HttpStatus.INTERNAL_SERVER_ERROR;
        return ResponseEntity.status(status)
                .body(problems.problem(status, problems.defaultDetail(status), path(request)));
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException invalid,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String fields = invalid.getBindingResult().getFieldErrors().stream()
                .map(error -> error.getField() + ": " + messages.getMessage(error, ProblemWriter.DUTCH))
                .collect(Collectors.joining("; "));
        ProblemDetail problem = problems.problem(status, problems.message("problem.invalid-fields", fields),
                path(request));
        return handleExceptionInternal(invalid, problem, headers, status, request);
    }

    /** A body without a declared length that went over the limit while it was read: 413, not a parse error. */
    @Override
    protected @Nullable ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException unreadable,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        for (Throwable cause = unreadable; cause != null; cause = cause.getCause()) {
            if (cause instanceof RequestSizeLimit.TooLarge) {
                HttpStatus tooLarge = HttpStatus.PAYLOAD_TOO_LARGE;
                return handleExceptionInternal(unreadable, problems.problem(tooLarge, problems.defaultDetail(tooLarge),
                        path(request)), headers, tooLarge, request);
            }
        }
        String field = field(unreadable);
        if (field != null) {
            return handleExceptionInternal(unreadable, problems.problem(status,
                    problems.message("problem.unreadable-field", field), path(request)), headers, status, request);
        }
        return super.handleHttpMessageNotReadable(unreadable, headers, status, request);
    }

    /**
     * The JSON field whose value could not be read ({@code goals[0].deadline} for "2027-02-30"), or null when the
     * body as a whole is no JSON.
     */
    private static @Nullable String field(HttpMessageNotReadableException unreadable) {
        for (Throwable cause = unreadable; cause != null; cause = cause.getCause()) {
            if (cause instanceof tools.jackson.databind.DatabindException mapping && !mapping.getPath().isEmpty()) {
                var field = new StringBuilder();
                for (tools.jackson.core.JacksonException.Reference step : mapping.getPath()) {
                    if (step.getPropertyName() != null) {
                        field.append(field.isEmpty() ? "" : ".").append(step.getPropertyName());
                    } else if (step.getIndex() >= 0) {
                        field.append('[').append(step.getIndex()).append(']');
                    }
                }
                return field.isEmpty() ? null : loggable(field.toString());
            }
        }
        return null;
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleExceptionInternal(Exception failure, @Nullable Object body,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (body == null && failure instanceof ErrorResponse response) {
            ProblemDetail problem = response.updateAndGetBody(messages, ProblemWriter.DUTCH);
            if (messages.getMessage(response.getDetailMessageCode(), null, null, ProblemWriter.DUTCH) == null) {
                problem.setDetail(problems.defaultDetail(status));
            }
            body = problem;
        }
        return super.handleExceptionInternal(failure, body, headers, status, request);
    }

    @Override
    protected ResponseEntity<Object> createResponseEntity(@Nullable Object body, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        if (body instanceof ProblemDetail problem) {
            problem.setTitle(problems.title(status));
            if (problem.getDetail() == null) {
                problem.setDetail(problems.defaultDetail(status));
            }
        }
        return super.createResponseEntity(body, headers, status, request);
    }

    private static String path(WebRequest request) {
        return request instanceof ServletWebRequest servlet ? servlet.getRequest().getRequestURI() : "";
    }

    /** Text from a request, safe for one log line: control characters (line breaks, NUL) become '?'. */
    static String loggable(@Nullable String text) {
        return text == null ? "" : text.replaceAll("\\p{Cntrl}", "?");
    }
}
