package nl.koers.web;

import static nl.koers.KoersHttp.basic;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.jayway.jsonpath.JsonPath;

import nl.koers.KoersHttp;
import nl.koers.KoersIntegrationTest;

@KoersIntegrationTest
class ApiErrorsAndSecurityTest {

    @LocalServerPort
    int port;

    private KoersHttp http;

    @BeforeEach
    void client() {
        http = KoersHttp.api(port);
    }

    @Test
    void anonymousApiCallGetsDutchProblemWithBasicChallenge() {
        HttpResponse<String> response = http.get("/api/me");

        assertThat(response.statusCode()).isEqualTo(401);
        assertProblem(response, 401, "Niet ingelogd");
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                challenge -> assertThat(challenge).startsWith("Basic realm=\"Koers\""));
    }

    @Test
    void wrongPasswordIsRefused() {
        HttpResponse<String> response = http.get("/api/me", basic("medewerker", "fout"));

        assertProblem(response, 401, "Niet ingelogd");
    }

    @ParameterizedTest
    @CsvSource({
            "medewerker,     MEDEWERKER,     leidinggevende",
            "medewerker2,    MEDEWERKER,     leidinggevende",
            "leidinggevende, LEIDINGGEVENDE, ",
            "hr,             HR,             "})
    void demoUsersSignInWithTheirRoleAndTeamLeader(String username, String role, String leader) {
        HttpResponse<String> response = http.get("/api/me", basic(username, "koers"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(JsonPath.<String>read(response.body(), "$.username")).isEqualTo(username);
        assertThat(JsonPath.<String>read(response.body(), "$.role")).isEqualTo(role);
        assertThat(JsonPath.<String>read(response.body(), "$.leader")).isEqualTo(leader);
    }

    @Test
    void unknownApiPathIsDutchNotFound() {
        HttpResponse<String> response = http.get("/api/bestaat-niet", basic("medewerker", "koers"));

        assertProblem(response, 404, "Niet gevonden");
        assertThat(JsonPath.<String>read(response.body(), "$.instance")).isEqualTo("/api/bestaat-niet");
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"/api/conversations/%ff", "/api/conversations/a%2Fb",
            "/api/conversations/a%5Cb", "/api/a%00b"})
    void anAddressTomcatCannotDecodeIsADutchProblemOnTheApi(String path) {
        HttpResponse<String> response = http.get(path, basic("medewerker", "koers"));

        assertProblem(response, 400, "Ongeldige aanvraag");
        assertThat(JsonPath.<String>read(response.body(), "$.detail")).startsWith("Dit adres kan Koers niet lezen");
        assertThat(response.body()).doesNotContain("Tomcat", "HTTP Status");
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"/gesprekken/%ff", "/kennis/a%2Fb", "/a%00b"})
    void anAddressTomcatCannotDecodeIsADutchPage(String path) {
        HttpResponse<String> response = http.get(path);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/html"));
        assertThat(response.body()).contains("<html lang=\"nl\">", "Ongeldige aanvraag", "Dit adres kan Koers niet lezen",
                "Terug naar de startpagina").doesNotContain("Tomcat", "HTTP Status");
    }

    @Test
    void unsupportedMethodIsDutchProblem() {
        HttpResponse<String> response = http.send("DELETE", "/api/me", "", basic("medewerker", "koers"));

        assertProblem(response, 405, "Methode niet toegestaan");
    }

    @Test
    void healthIsPublicAndUpWithoutDetails() {
        HttpResponse<String> response = http.get("/actuator/health");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(JsonPath.<String>read(response.body(), "$.status")).isEqualTo("UP");
        assertThat(response.body()).doesNotContain("components");
    }

    @Test
    void signedInHealthShowsDatabaseUpAndOllamaDownWhileKoersStaysUp() {
        HttpResponse<String> response = http.get("/actuator/health", basic("hr", "koers"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(JsonPath.<String>read(response.body(), "$.status")).isEqualTo("UP");
        assertThat(JsonPath.<String>read(response.body(), "$.components.db.status")).isEqualTo("UP");
        assertThat(JsonPath.<String>read(response.body(), "$.components.ollama.status")).isEqualTo("DOWN");
        assertThat(JsonPath.<String>read(response.body(), "$.components.ollama.details.reason"))
                .contains("begeleid");
    }

    @Test
    void metricsAreForSignedInCallersOnly() {
        HttpResponse<String> anonymous = http.get("/actuator/metrics");
        HttpResponse<String> signedIn = http.get("/actuator/metrics", basic("medewerker", "koers"));

        assertProblem(anonymous, 401, "Niet ingelogd");
        assertThat(anonymous.body()).doesNotContain("jvm.", "gen_ai");
        assertThat(signedIn.statusCode()).isEqualTo(200);
        assertThat(JsonPath.<java.util.List<String>>read(signedIn.body(), "$.names")).contains("jvm.memory.used");
    }

    @Test
    void apiAnswersCarryTheSecurityHeaders() {
        HttpResponse<String> response = http.get("/api/me", basic("medewerker", "koers"));

        assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(response.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(response.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
                csp -> assertThat(csp).contains("frame-ancestors 'none'"));
        assertThat(response.headers().firstValue("Set-Cookie")).as("the API keeps no session").isEmpty();
    }

    static void assertProblem(HttpResponse<String> response, int status, String title) {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(JsonPath.<Integer>read(response.body(), "$.status")).isEqualTo(status);
        assertThat(JsonPath.<String>read(response.body(), "$.title")).isEqualTo(title);
        String detail = JsonPath.read(response.body(), "$.detail");
        assertThat(detail).as("a Dutch sentence, no stack trace").isNotBlank().doesNotContain("Exception", "\tat ");
        assertThat(response.body()).doesNotContain("trace");
    }
}
