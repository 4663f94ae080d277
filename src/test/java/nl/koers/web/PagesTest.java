package nl.koers.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import nl.koers.KoersHttp;
import nl.koers.KoersIntegrationTest;

@KoersIntegrationTest
class PagesTest {

    @LocalServerPort
    int port;

    private KoersHttp browser;

    @BeforeEach
    void browser() {
        browser = KoersHttp.browser(port);
    }

    @Test
    void homeRequiresSigningIn() {
        HttpResponse<String> response = browser.get("/");

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/login"));
    }

    @Test
    void loginPageIsDutch() {
        HttpResponse<String> response = browser.get("/login");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("<html lang=\"nl\"", "Inloggen bij Koers", "Gebruikersnaam", "Wachtwoord");
    }

    @Test
    void employeeSignsInAndSeesTheirLeaderOnTheDutchHomePage() {
        HttpResponse<String> login = browser.login("medewerker", "koers");
        assertThat(login.statusCode()).isEqualTo(302);

        HttpResponse<String> home = browser.get("/");

        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).contains("Welkom, Sanne de Vries", "Leidinggevende", "Fatima El Amrani",
                "Het loopbaangesprek in drie fasen");
    }

    @Test
    void leaderSeesTheirTeam() {
        browser.login("leidinggevende", "koers");

        assertThat(browser.get("/").body()).contains("Jouw team", "Sanne de Vries", "Daan Bakker");
    }

    @Test
    void wrongPasswordShowsDutchMessage() {
        HttpResponse<String> login = browser.login("medewerker", "verkeerd");

        assertThat(login.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/login?fout"));
        assertThat(browser.get("/login?fout").body()).contains("klopt niet");
    }

    @Test
    void formWithoutCsrfTokenIsRefused() {
        browser.get("/login");

        HttpResponse<String> response = browser.postForm("/login", Map.of("username", "medewerker", "password", "koers"));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).contains("Geen toegang");
    }

    @Test
    void signingInChangesTheSessionId() {
        String before = sessionCookie(browser.get("/login"));
        assertThat(before).as("the login page starts a session for its CSRF token").isNotNull();

        String after = sessionCookie(browser.login("medewerker", "koers"));

        assertThat(after).isNotNull().isNotEqualTo(before);
    }

    @Test
    void unknownPageIsDutchNotFoundPage() {
        browser.login("medewerker", "koers");

        HttpResponse<String> response = browser.get("/bestaat-niet", "Accept", "text/html");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("Niet gevonden", "Terug naar de startpagina");
    }

    @Test
    void pagesForbidInlineScriptsAndFraming() {
        HttpResponse<String> response = browser.get("/login");

        assertThat(response.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp)
                .contains("script-src 'self'", "frame-ancestors 'none'").doesNotContain("unsafe-inline"));
        assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
        assertThat(response.body()).doesNotContain("<script>", "style=\"");
    }

    @Test
    void logoutEndsTheSession() {
        browser.login("medewerker", "koers");
        String token = KoersHttp.csrfToken(browser.get("/").body());

        HttpResponse<String> logout = browser.postForm("/logout", Map.of("_csrf", token));

        assertThat(logout.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/login?uitgelogd"));
        assertThat(browser.get("/").statusCode()).isEqualTo(302);
    }

    private static String sessionCookie(HttpResponse<String> response) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter(cookie -> cookie.startsWith("JSESSIONID="))
                .map(cookie -> cookie.substring("JSESSIONID=".length(), cookie.indexOf(';')))
                .findFirst().orElse(null);
    }
}
