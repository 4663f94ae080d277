package nl.koers.web;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
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
}
