package nl.koers;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A small HTTP client for tests that talk to Koers as users do: HTTP Basic for the API, or a browser-like
 * session with cookies and the CSRF token for pages.
 */
public final class KoersHttp {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    private final String base;
    private final HttpClient client;

    private KoersHttp(String base, HttpClient client) {
        this.base = base;
        this.client = client;
    }

    /** Without cookies, as a script would call the API. */
    public static KoersHttp api(int port) {
        return new KoersHttp("http://localhost:" + port, HttpClient.newHttpClient());
    }

    /** With a cookie jar and no redirects followed, as a browser session. */
    public static KoersHttp browser(int port) {
        return new KoersHttp("http://localhost:" + port,
                HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER)
                        .build());
    }

    public HttpResponse<String> get(String path, String... headers) {
        return send(request(path, headers).GET().build());
    }

    public HttpResponse<String> send(String method, String path, String body, String... headers) {
        return send(request(path, headers).method(method, HttpRequest.BodyPublishers.ofString(body)).build());
    }

    public static String[] basic(String username, String password) {
        String token = Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        return new String[] {"Authorization", "Basic " + token};
    }

    /** Signs in through the login form, with the CSRF token from the login page. */
    public HttpResponse<String> login(String username, String password) {
        String token = csrfToken(get("/login").body());
        return postForm("/login", Map.of("username", username, "password", password, "_csrf", token));
    }

    public HttpResponse<String> postForm(String path, Map<String, String> fields, String... headers) {
        String form = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        String[] all = java.util.Arrays.copyOf(headers, headers.length + 2);
        all[headers.length] = "Content-Type";
        all[headers.length + 1] = "application/x-www-form-urlencoded";
        return send("POST", path, form, all);
    }

    public static String csrfToken(String html) {
        Matcher matcher = CSRF.matcher(html);
        if (!matcher.find()) {
            throw new AssertionError("no CSRF token in page:\n" + html);
        }
        return matcher.group(1);
    }

    private HttpRequest.Builder request(String path, String... headers) {
        var builder = HttpRequest.newBuilder(URI.create(base + path));
        if (headers.length > 0) {
            builder.headers(headers);
        }
        return builder;
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException failure) {
            throw new IllegalStateException(failure);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }
}
