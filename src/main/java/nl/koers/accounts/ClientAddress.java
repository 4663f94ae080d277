package nl.koers.accounts;

import java.util.Collections;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AuthenticationDetailsSource;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

import nl.koers.system.LimitsProperties;

/**
 * The address a sign-in comes from, for the sign-in limits. Without {@code koers.limits.sign-in.client-address-header}
 * it is the address of the connection. Behind a reverse proxy that header names where the proxy writes the client's
 * address, such as {@code X-Forwarded-For}; Koers takes its <em>right-most</em> entry, the one the proxy in front of
 * Koers added itself. The entries to its left come from the client and could be anything, so an attacker cannot
 * pose as many addresses by sending the header. With a chain of proxies, let the last one set the header afresh.
 * Set the header only when every request passes the proxy: otherwise a client can send it directly.
 */
@Component
class ClientAddress implements AuthenticationDetailsSource<HttpServletRequest, WebAuthenticationDetails> {

    /** Longer values are cut: an address is a key in the sign-in limits' memory. */
    static final int MAX_LENGTH = 64;

    private final @Nullable String header;

    ClientAddress(LimitsProperties limits) {
        this.header = limits.signIn().clientAddressHeader();
    }

    String of(HttpServletRequest request) {
        if (header != null) {
            List<String> lines = Collections.list(request.getHeaders(header));
            if (!lines.isEmpty()) {
                String[] entries = lines.getLast().split(",");
                String rightMost = entries.length == 0 ? "" : entries[entries.length - 1].strip();
                if (!rightMost.isEmpty()) {
                    return rightMost.length() > MAX_LENGTH ? rightMost.substring(0, MAX_LENGTH) : rightMost;
                }
            }
        }
        return request.getRemoteAddr();
    }

    /** The details of every sign-in attempt, form and HTTP Basic alike, carry this address. */
    @Override
    public WebAuthenticationDetails buildDetails(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return new WebAuthenticationDetails(of(request), session == null ? null : session.getId());
    }
}
