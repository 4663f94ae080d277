package nl.koers.web;

import jakarta.servlet.http.HttpServletResponse;

import org.apache.tomcat.util.http.InvalidParameterException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * A page that declines a request shows the Dutch reason on the error page, with the right status. REST
 * controllers are answered first by {@link ApiExceptionHandler} with problem+json.
 */
@ControllerAdvice(annotations = Controller.class)
class PageExceptionHandler {

    private final ProblemWriter problems;

    PageExceptionHandler(ProblemWriter problems) {
        this.problems = problems;
    }

    @ExceptionHandler(KoersProblem.class)
    String problem(KoersProblem problem, HttpServletResponse response, Model model) {
        response.setStatus(problem.status().value());
        problem.retryAfterHeader().ifPresent(seconds -> response.setHeader(HttpHeaders.RETRY_AFTER, seconds));
        model.addAttribute("status", problem.status().value());
        model.addAttribute("title", problems.title(problem.status()));
        model.addAttribute("detail", problem.getMessage());
        return "error";
    }

    /** A query or form parameter whose bytes are no UTF-8 ({@code ?q=%00%ff}): Tomcat refuses it when it is read. */
    @ExceptionHandler(InvalidParameterException.class)
    String unreadableParameter(InvalidParameterException unreadable, HttpServletResponse response, Model model) {
        HttpStatus status = HttpStatus.BAD_REQUEST;
        response.setStatus(status.value());
        model.addAttribute("status", status.value());
        model.addAttribute("title", problems.title(status));
        model.addAttribute("detail", problems.unreadableParameter());
        return "error";
    }
}
