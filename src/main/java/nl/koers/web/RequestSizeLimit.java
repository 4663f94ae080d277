package nl.koers.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import nl.koers.system.LimitsProperties;

/**
 * Refuses request bodies above {@code koers.limits.max-request-size} (default 256 KB) with 413, before anything
 * reads them, signed in or not. A body without a declared length is counted while it is read.
 */
@Component
class RequestSizeLimit extends OncePerRequestFilter implements Ordered {

    private final long max;
    private final ProblemWriter problems;

    RequestSizeLimit(LimitsProperties limits, ProblemWriter problems) {
        this.max = limits.maxRequestSize().toBytes();
        this.problems = problems;
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 10; // before Spring Security, so an anonymous giant body is refused too
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long declared = request.getContentLengthLong();
        if (declared > max) {
            refuse(request, response);
            return;
        }
        chain.doFilter(declared >= 0 ? request : new Counted(request, max), response);
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
        // the client may still be sending; closing the connection keeps Tomcat from reading the rest
        response.setHeader("Connection", "close");
        String detail = problems.message("problem.too-large", max / 1024);
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            problems.write(request, response, HttpStatus.PAYLOAD_TOO_LARGE, detail);
        } else {
            response.sendError(HttpStatus.PAYLOAD_TOO_LARGE.value());
        }
    }

    /** A body that went over the limit while it was read. */
    static final class TooLarge extends IOException {
        TooLarge(long max) {
            super("request body larger than " + max + " bytes");
        }
    }

    /** Counts the bytes of a body without a declared length and stops at the limit. */
    private static final class Counted extends HttpServletRequestWrapper {

        private final long max;
        private ServletInputStream counted;

        Counted(HttpServletRequest request, long max) {
            super(request);
            this.max = max;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (counted == null) {
                ServletInputStream body = super.getInputStream();
                counted = new ServletInputStream() {
                    private long read;

                    @Override
                    public int read() throws IOException {
                        int next = body.read();
                        if (next >= 0) {
                            count(1);
                        }
                        return next;
                    }

                    @Override
                    public int read(byte[] buffer, int offset, int length) throws IOException {
                        int n = body.read(buffer, offset, length);
                        if (n > 0) {
                            count(n);
                        }
                        return n;
                    }

                    private void count(int n) throws TooLarge {
                        read += n;
                        if (read > max) {
                            throw new TooLarge(max);
                        }
                    }

                    @Override
                    public boolean isFinished() {
                        return body.isFinished();
                    }

                    @Override
                    public boolean isReady() {
                        return body.isReady();
                    }

                    @Override
                    public void setReadListener(ReadListener listener) {
                        body.setReadListener(listener);
                    }
                };
            }
            return counted;
        }
    }
}
