package nl.koers.web;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.web.util.HtmlUtils;

/**
 * Tomcat's last word, for requests it refuses before Koers sees them: an address it cannot decode
 * ({@code /api/conversations/%ff}, an encoded slash or NUL). Tomcat's own page is English HTML with its version;
 * this one is Dutch, problem+json under {@code /api/} and a plain page elsewhere. Requests that reach Koers are
 * answered by Koers itself, so this writes nothing when the response already has a body.
 */
class DutchErrorReportValve extends ErrorReportValve {

    private final ProblemWriter problems;

    DutchErrorReportValve(ProblemWriter problems) {
        this.problems = problems;
    }

    @Override
    protected void report(Request request, Response response, Throwable failure) {
        int code = response.getStatus();
        if (code < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        HttpStatusCode status = HttpStatusCode.valueOf(code);
        String detail = code == HttpStatus.BAD_REQUEST.value() ? problems.message("problem.unreadable-path")
                : problems.defaultDetail(status);
        // The address as sent: the decoded one is what Tomcat could not make.
        String uri = String.valueOf(request.getCoyoteRequest().requestURI());
        try {
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            if (uri.startsWith("/api/")) {
                response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
                write(response, problems.json(status, detail));
            } else {
                response.setContentType(MediaType.TEXT_HTML_VALUE);
                write(response, "<!DOCTYPE html><html lang=\"nl\"><head><meta charset=\"utf-8\"><title>"
                        + HtmlUtils.htmlEscape(problems.title(status)) + " · Koers</title></head><body><main><h1>"
                        + HtmlUtils.htmlEscape(problems.title(status)) + "</h1><p>" + HtmlUtils.htmlEscape(detail)
                        + "</p><p><a href=\"/\">" + HtmlUtils.htmlEscape(problems.message("error.home"))
                        + "</a></p></main></body></html>");
            }
        } catch (IOException | IllegalStateException gone) {
            // The client left, or the response was already committed: there is nobody to tell.
        }
    }

    private static void write(Response response, String body) throws IOException {
        Writer writer = response.getReporter();
        if (writer != null) {
            writer.write(body);
            response.finishResponse();
        }
    }
}
