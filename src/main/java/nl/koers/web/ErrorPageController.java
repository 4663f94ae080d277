package nl.koers.web;

import java.io.IOException;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.tomcat.util.http.InvalidParameterException;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Where the servlet container sends every error that no handler answered: unknown paths, errors in
 * filters, failures while rendering. API callers get problem+json, people get a Dutch page.
 */
@Controller
class ErrorPageController implements ErrorController {

    private final ProblemWriter problems;

    ErrorPageController(ProblemWriter problems) {
        this.problems = problems;
    }

    @RequestMapping("/error")
    String error(HttpServletRequest request, HttpServletResponse response, Model model) throws IOException {
        boolean unreadable = unreadableParameter(request);
        HttpStatus status = unreadable ? HttpStatus.BAD_REQUEST : status(request);
        String detail = unreadable ? problems.unreadableParameter() : problems.defaultDetail(status);
        String path = originalPath(request);
        if (wantsProblem(request, path)) {
            problems.write(response, problems.problem(status, detail, path));
            return null;
        }
        response.setStatus(status.value());
        model.addAttribute("status", status.value());
        model.addAttribute("title", problems.title(status));
        model.addAttribute("detail", detail);
        return "error";
    }

    /** A parameter whose bytes are no UTF-8, read by a filter before any controller (the CSRF token of a form). */
    private static boolean unreadableParameter(HttpServletRequest request) {
        for (Object failure = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION); failure instanceof Throwable cause;
                failure = cause.getCause()) {
            if (cause instanceof InvalidParameterException) {
                return true;
            }
        }
        return false;
    }

    private static HttpStatus status(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer value ? HttpStatus.resolve(value) : null;
        return status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status;
    }

    private static String originalPath(HttpServletRequest request) {
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        return uri instanceof String path ? path : request.getRequestURI();
    }

    private static boolean wantsProblem(HttpServletRequest request, String path) {
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        return path.startsWith("/api/") || path.startsWith("/actuator/")
                || (accept != null && accept.contains("json") && !accept.contains("text/html"));
    }
}
