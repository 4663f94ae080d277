package nl.koers.security;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;

import nl.koers.KoersHttp;
import nl.koers.MovableClock;
import nl.koers.MovableClockConfiguration;
import nl.koers.WireMockOllama;
import nl.koers.llm.ModelCircuit;

/**
 * The limits, set low so they can be reached: request size, messages per minute, the daily budget of model turns
 * (WireMock plays Ollama) and the pause after wrong passwords.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:koers-limits;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1",
        "koers.data-dir=target/test-data/${random.uuid}", "koers.search.watch-folder=false",
        "koers.accounts.demo-users=true", "koers.llm.connect-timeout=500ms", "koers.llm.first-token-timeout=2s",
        "koers.llm.total-timeout=4s", "koers.limits.max-request-size=16KB", "koers.limits.messages-per-minute=4",
        "koers.limits.model-turns-per-day=2", "koers.limits.login-failures=3", "koers.limits.login-pause=15m"})
@Import(MovableClockConfiguration.class)
class LimitsTest {

    static final WireMockServer OLLAMA = WireMockOllama.started();
    static final String JSON = "application/json";

    @LocalServerPort
    int port;

    @Autowired
    MovableClock clock;

    @Autowired
    ModelCircuit circuit;

    @DynamicPropertySource
    static void ollama(DynamicPropertyRegistry registry) {
        registry.add("spring.ai.ollama.base-url", OLLAMA::baseUrl);
    }

    @BeforeEach
    void reset() {
        OLLAMA.resetAll();
        // every phrasing call streams the same reply
        OLLAMA.stubFor(post(urlEqualTo("/api/chat")).withRequestBody(matchingJsonPath("$.stream", equalTo("true")))
                .willReturn(aResponse().withHeader("Content-Type", "application/x-ndjson")
                        .withBodyFile("ollama/chat-stream-phrasing.ndjson")));
        circuit.succeeded();
    }

    @AfterAll
    static void stop() {
        OLLAMA.stop();
    }

    @Test
    void aPersonGetsTwoModelTurnsADayAndThenGuidedTurnsWithANotice() {
        String id = start("medewerker");

        DocumentContext first = say("medewerker", id, "Planner");
        DocumentContext second = say("medewerker", id, "Als een rit rond komt");
        DocumentContext third = say("medewerker", id, "plannen en overzicht");

        assertThat(first.read("$.mode", String.class)).isEqualTo("llm");
        assertThat(second.read("$.mode", String.class)).isEqualTo("llm");
        assertThat(third.read("$.mode", String.class)).isEqualTo("guided");
        assertThat(third.read("$.notice", String.class)).isEqualTo("Je hebt vandaag al 2 beurten met het taalmodel"
                + " gehad, het maximum per dag. Tot morgen komen de vragen uit de vaste vragenlijst; er gaat niets verloren.");
        assertThat(third.read("$.reply.text", String.class)).contains("over een jaar");
        assertThat(OLLAMA.findAll(postRequestedFor(urlEqualTo("/api/chat")))).as("no model call beyond the budget").hasSize(2);
        assertThat(conversation("medewerker", id).read("$.pop.talents", java.util.List.class)).as("nothing lost")
                .containsExactly("plannen", "overzicht");

        clock.advance(Duration.ofDays(1));
        assertThat(say("medewerker", id, "Zelfstandig inkopen").read("$.mode", String.class)).as("a new day").isEqualTo("llm");
    }

    @Test
    void morePerMinuteThanTheCapGets429AndNothingIsStored() {
        String id = start("medewerker2");
        for (String answer : new String[] {"Planner", "Ritten", "plannen", "inkopen"}) {
            assertThat(send("medewerker2", id, answer).statusCode()).isEqualTo(200);
        }
        int stored = conversation("medewerker2", id).read("$.messages.length()");

        HttpResponse<String> fifth = send("medewerker2", id, "Teamleider");

        assertThat(fifth.statusCode()).isEqualTo(429);
        assertThat(fifth.headers().firstValue("Retry-After")).as("the clock stood still: the oldest leaves in a minute")
                .hasValue("60");
        assertThat(fifth.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(JsonPath.parse(fifth.body()).read("$.detail", String.class)).startsWith("Je stuurt meer berichten dan Koers per minuut aanneemt");
        assertThat(conversation("medewerker2", id).read("$.messages.length()", Integer.class)).isEqualTo(stored);

        clock.advance(Duration.ofSeconds(61));
        assertThat(send("medewerker2", id, "Teamleider").statusCode()).as("a minute later").isEqualTo(200);
    }

    @Test
    void aBodyAboveTheLimitGets413BeforeAnythingReadsIt() throws Exception {
        String id = start("leidinggevende");
        String big = "{\"text\":\"" + "x".repeat(20_000) + "\"}";

        HttpResponse<String> declared = KoersHttp.api(port).send("POST", "/api/conversations/" + id + "/messages", big,
                with(KoersHttp.basic("leidinggevende", "koers"), "Content-Type", JSON));
        HttpResponse<String> anonymous = KoersHttp.api(port).send("POST", "/api/conversations/" + id + "/messages", big,
                "Content-Type", JSON);
        HttpResponse<String> chunked = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/conversations/" + id + "/messages"))
                .header("Authorization", KoersHttp.basic("leidinggevende", "koers")[1]).header("Content-Type", JSON)
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big.getBytes()))).build(),
                HttpResponse.BodyHandlers.ofString());
        KoersHttp page = KoersHttp.browser(port);
        page.login("leidinggevende", "koers");
        HttpResponse<String> form = page.postForm("/gesprekken/" + id + "/bericht",
                Map.of("text", "x".repeat(20_000), "_csrf", KoersHttp.csrfToken(page.get("/").body())));

        assertThat(declared.statusCode()).isEqualTo(413);
        assertThat(JsonPath.parse(declared.body()).read("$.detail", String.class)).isEqualTo("De aanvraag is te groot: Koers"
                + " leest hoogstens 16 KB per aanvraag. Een bericht mag hoogstens 4.000 tekens hebben.");
        assertThat(anonymous.statusCode()).isEqualTo(413);
        assertThat(chunked.statusCode()).as("no declared length: counted while read").isEqualTo(413);
        assertThat(chunked.body()).contains("De aanvraag is te groot");
        assertThat(form.statusCode()).isEqualTo(413);
        assertThat(form.body()).contains("<html", "Aanvraag te groot");
        assertThat(conversation("leidinggevende", id).read("$.messages.length()", Integer.class)).isEqualTo(1);
    }

    @Test
    void wrongPasswordsPauseSigningInForThatNameOnly() {
        for (int i = 0; i < 3; i++) {
            assertThat(me("hr", "geraden" + i).statusCode()).isEqualTo(401);
        }

        HttpResponse<String> paused = me("hr", "koers");

        assertThat(paused.statusCode()).as("even the right password waits").isEqualTo(429);
        assertThat(paused.headers().firstValue("Retry-After")).hasValue("900");
        assertThat(JsonPath.parse(paused.body()).read("$.detail", String.class)).contains("Inloggen kan weer over 15 minuten");
        KoersHttp page = KoersHttp.browser(port);
        HttpResponse<String> form = page.login("hr", "koers");
        assertThat(form.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login?gepauzeerd=15"));
        assertThat(page.get("/login?gepauzeerd=15").body()).contains("Inloggen kan weer over 15 minuten");
        assertThat(me("leidinggevende", "koers").statusCode()).as("other names are not paused").isEqualTo(200);

        for (int i = 0; i < 3; i++) {
            me("bestaat-niet", "geraden" + i);
        }
        assertThat(me("bestaat-niet", "x").statusCode()).as("an unknown name pauses alike: nothing to learn").isEqualTo(429);

        clock.advance(Duration.ofMinutes(16));
        assertThat(me("hr", "koers").statusCode()).isEqualTo(200);
    }

    private HttpResponse<String> me(String username, String password) {
        return KoersHttp.api(port).get("/api/me", KoersHttp.basic(username, password));
    }

    private String start(String username) {
        String type = "leidinggevende".equals(username) ? "VRAAG" : "VOORBEREIDING";
        HttpResponse<String> started = KoersHttp.api(port).send("POST", "/api/conversations", "{\"type\":\"" + type + "\"}",
                with(KoersHttp.basic(username, "koers"), "Content-Type", JSON));
        assertThat(started.statusCode()).isEqualTo(201);
        return JsonPath.read(started.body(), "$.id");
    }

    private HttpResponse<String> send(String username, String id, String text) {
        return KoersHttp.api(port).send("POST", "/api/conversations/" + id + "/messages",
                "{\"text\":\"" + text + "\"}", with(KoersHttp.basic(username, "koers"), "Content-Type", JSON));
    }

    private DocumentContext say(String username, String id, String text) {
        HttpResponse<String> response = send(username, id, text);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JsonPath.parse(response.body());
    }

    private DocumentContext conversation(String username, String id) {
        return JsonPath.parse(KoersHttp.api(port).get("/api/conversations/" + id, KoersHttp.basic(username, "koers")).body());
    }

    private static String[] with(String[] basic, String... more) {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(basic), java.util.stream.Stream.of(more))
                .toArray(String[]::new);
    }

}
