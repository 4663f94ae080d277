package nl.koers.accounts;

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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;

import nl.koers.KoersHttp;
import nl.koers.MovableClock;
import nl.koers.OllamaIntegrationTest;
import nl.koers.WireMockOllama;
import nl.koers.pop.PdfRenderings;

/**
 * The limits, set low so they can be reached: request size, messages per minute, the daily budget of model turns
 * (WireMock plays Ollama), the sign-in limits, conversations per day and PDF renderings at once. The sign-in tests
 * pose as client addresses through {@code X-Forwarded-For}, as a proxy would set it; each ends with its window.
 */
@OllamaIntegrationTest
@TestPropertySource(properties = {"koers.limits.max-request-size=16KB", "koers.limits.messages-per-minute=4",
        "koers.limits.model-turns-per-day=2", "koers.limits.login-failures=3", "koers.limits.login-pause=15m",
        "koers.limits.sign-in.address-failures=10", "koers.limits.sign-in.slow-down-after=5",
        "koers.limits.sign-in.max-delay=4s", "koers.limits.sign-in.client-address-header=X-Forwarded-For",
        "koers.limits.conversations-per-day=3", "koers.limits.pdf-renderings=1", "koers.limits.pdf-wait=0s"})
class LimitsTest {

    static final WireMockServer OLLAMA = WireMockOllama.server();
    static final String JSON = "application/json";

    @LocalServerPort
    int port;

    @Autowired
    MovableClock clock;

    @Autowired
    PdfRenderings renderings;

    @BeforeEach
    void phrasing() {
        // every phrasing call streams the same reply
        OLLAMA.stubFor(post(urlEqualTo("/api/chat")).withRequestBody(matchingJsonPath("$.stream", equalTo("true")))
                .willReturn(aResponse().withHeader("Content-Type", "application/x-ndjson")
                        .withBodyFile("ollama/chat-stream-phrasing.ndjson")));
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

    @Test
    void wrongPasswordsFromOneAddressDoNotStopTheOwnerFromAnother() {
        for (int i = 0; i < 3; i++) {
            assertThat(me("medewerker", "geraden" + i, "10.0.0.1").statusCode()).isEqualTo(401);
        }

        HttpResponse<String> there = me("medewerker", "koers", "10.0.0.1");
        HttpResponse<String> elsewhere = me("medewerker", "koers", "10.0.0.2");
        HttpResponse<String> form = formLogin(KoersHttp.browser(port), "medewerker", "koers", "10.0.0.3");

        assertThat(there.statusCode()).isEqualTo(429);
        assertThat(there.headers().firstValue("Retry-After")).hasValue("900");
        assertThat(elsewhere.statusCode()).as("the owner from another address").isEqualTo(200);
        assertThat(form.headers().firstValue("Location")).as("the login page from another address signs in")
                .hasValueSatisfying(l -> assertThat(l).doesNotContain("/login"));
        clock.advance(Duration.ofMinutes(16));
    }

    @Test
    void anAddressTryingOnePasswordOnManyNamesIsPaused() {
        for (int i = 0; i < 10; i++) {
            assertThat(me("spray-" + i, "Welkom2026!", "10.0.1.1").statusCode()).isEqualTo(401);
        }

        HttpResponse<String> paused = me("leidinggevende", "koers", "10.0.1.1");
        KoersHttp page = KoersHttp.browser(port);
        HttpResponse<String> form = formLogin(page, "leidinggevende", "koers", "10.0.1.1");

        assertThat(paused.statusCode()).as("even a right password from there").isEqualTo(429);
        assertThat(paused.headers().firstValue("Retry-After")).hasValue("900");
        assertThat(paused.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type)
                .startsWith("application/problem+json"));
        assertThat(JsonPath.parse(paused.body()).read("$.detail", String.class)).isEqualTo("Vanaf dit netwerkadres is te"
                + " vaak een verkeerd wachtwoord gebruikt. Inloggen kan weer over 15 minuten.");
        assertThat(form.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login?adres=15"));
        assertThat(page.get("/login?adres=15").body()).contains("Vanaf dit netwerkadres is te vaak een verkeerd wachtwoord");
        assertThat(me("leidinggevende", "koers", "10.0.1.2").statusCode()).as("another address").isEqualTo(200);
        clock.advance(Duration.ofMinutes(16));
        assertThat(me("leidinggevende", "koers", "10.0.1.1").statusCode()).as("after the window").isEqualTo(200);
    }

    @Test
    void manyAddressesOnOneNameOnlySlowItDownAndTheRightPasswordThenSucceeds() {
        for (int i = 0; i < 5; i++) {
            assertThat(me("hr", "geraden" + i, "10.1.0." + i).statusCode()).isEqualTo(401);
        }

        HttpResponse<String> slowed = me("hr", "koers", "192.168.7.7");
        HttpResponse<String> tooEarly = me("hr", "koers", "192.168.7.7");
        clock.advance(Duration.ofSeconds(1));
        HttpResponse<String> afterTheWait = me("hr", "koers", "192.168.7.7");
        HttpResponse<String> next = me("hr", "koers", "192.168.7.7");

        assertThat(slowed.statusCode()).isEqualTo(429);
        assertThat(slowed.headers().firstValue("Retry-After")).hasValue("1");
        assertThat(JsonPath.parse(slowed.body()).read("$.detail", String.class)).isEqualTo("Voor deze gebruikersnaam is"
                + " de laatste tijd vaak een verkeerd wachtwoord gebruikt. Probeer het over 1 seconde opnieuw.");
        assertThat(tooEarly.statusCode()).isEqualTo(429);
        assertThat(afterTheWait.statusCode()).as("not a lock: the right password gets in").isEqualTo(200);
        assertThat(next.statusCode()).as("and the owner's next call is not slowed").isEqualTo(200);

        assertThat(me("hr", "geraden", "10.1.1.1").statusCode()).as("an attacker's next address waits too").isEqualTo(429);
        clock.advance(Duration.ofSeconds(1));
        assertThat(me("hr", "geraden", "10.1.1.1").statusCode()).as("and then gets an answer").isEqualTo(401);
        KoersHttp page = KoersHttp.browser(port);
        HttpResponse<String> form = formLogin(page, "hr", "koers", "192.168.8.8");
        assertThat(form.headers().firstValue("Location")).as("six failures: two seconds")
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login?wacht=2"));
        assertThat(page.get("/login?wacht=2").body()).contains("Probeer het over 2 seconden opnieuw.");
        clock.advance(Duration.ofSeconds(2));
        assertThat(formLogin(page, "hr", "koers", "192.168.8.8").headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).doesNotContain("/login"));

        for (int i = 0; i < 5; i++) {
            assertThat(me("niemand", "geraden" + i, "10.1.2." + i).statusCode()).isEqualTo(401);
        }
        HttpResponse<String> unknown = me("niemand", "koers", "192.168.7.7");
        assertThat(unknown.statusCode()).as("an unknown name is slowed alike: nothing to learn").isEqualTo(429);
        assertThat(unknown.headers().firstValue("Retry-After")).hasValue("1");
        assertThat(unknown.body()).isEqualTo(slowed.body());
        clock.advance(Duration.ofMinutes(16));
    }

    @Test
    void aPersonStartsThreeConversationsADayHereAndThenGets429WithTheWait() {
        for (int i = 0; i < 3; i++) {
            assertThat(startVraag("hr").statusCode()).isEqualTo(201);
        }

        HttpResponse<String> fourth = startVraag("hr");
        KoersHttp page = KoersHttp.browser(port);
        page.login("hr", "koers");
        HttpResponse<String> form = page.postForm("/gesprekken",
                Map.of("type", "VRAAG", "_csrf", KoersHttp.csrfToken(page.get("/").body())));

        assertThat(fourth.statusCode()).isEqualTo(429);
        assertThat(fourth.headers().firstValue("Retry-After")).as("the first one leaves the window in a day")
                .hasValue("86400");
        assertThat(fourth.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(JsonPath.parse(fourth.body()).read("$.detail", String.class)).isEqualTo("Je hebt in de afgelopen 24"
                + " uur al 3 gesprekken gestart, het maximum per dag. Over 24 uur kun je weer een nieuw gesprek starten;"
                + " je bestaande gesprekken kun je gewoon voortzetten.");
        assertThat(form.statusCode()).as("the page form: a Dutch page, no 500").isEqualTo(429);
        assertThat(form.body()).contains("<html", "Je hebt in de afgelopen 24 uur al 3 gesprekken gestart");
        assertThat(form.headers().firstValue("Retry-After")).hasValue("86400");

        clock.advance(Duration.ofHours(23).plusMinutes(30));
        HttpResponse<String> later = startVraag("hr");
        assertThat(later.headers().firstValue("Retry-After")).hasValue("1800");
        assertThat(JsonPath.parse(later.body()).read("$.detail", String.class)).contains("Over 30 minuten");
        clock.advance(Duration.ofMinutes(30).plusSeconds(1));
        assertThat(startVraag("hr").statusCode()).as("a day later").isEqualTo(201);
    }

    @Test
    void whileEveryPdfRenderingIsTakenTheDownloadGets503AndThenThePdf() throws Exception {
        String id = start("medewerker2");
        var held = new CountDownLatch(1);
        var release = new CountDownLatch(1);
        CompletableFuture<Object> holder = CompletableFuture.supplyAsync(() -> renderings.run(() -> {
            held.countDown();
            try {
                return release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException stopped) {
                throw new IllegalStateException(stopped);
            }
        }), Executors.newVirtualThreadPerTaskExecutor());
        assertThat(held.await(30, TimeUnit.SECONDS)).isTrue();
        HttpResponse<String> api;
        HttpResponse<String> download;
        try {
            api = KoersHttp.api(port).get("/api/conversations/" + id + "/pop.pdf", KoersHttp.basic("medewerker2", "koers"));
            KoersHttp page = KoersHttp.browser(port);
            page.login("medewerker2", "koers");
            download = page.get("/gesprekken/" + id + "/pop.pdf");
        } finally {
            release.countDown();
            holder.get(30, TimeUnit.SECONDS);
        }

        assertThat(api.statusCode()).isEqualTo(503);
        assertThat(api.headers().firstValue("Retry-After")).hasValue("1");
        assertThat(api.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(JsonPath.parse(api.body()).read("$.detail", String.class)).isEqualTo("Koers maakt op dit moment al"
                + " zoveel PDF-bestanden tegelijk als het aankan. Probeer het over 1 seconde opnieuw.");
        assertThat(download.statusCode()).isEqualTo(503);
        assertThat(download.body()).contains("<html", "Tijdelijk niet beschikbaar", "zoveel PDF-bestanden tegelijk");
        HttpResponse<String> free = KoersHttp.api(port).get("/api/conversations/" + id + "/pop.pdf",
                KoersHttp.basic("medewerker2", "koers"));
        assertThat(free.statusCode()).as("a free place again").isEqualTo(200);
        assertThat(free.headers().firstValue("Content-Type")).hasValue("application/pdf");
    }

    private HttpResponse<String> startVraag(String username) {
        return KoersHttp.api(port).send("POST", "/api/conversations", "{\"type\":\"VRAAG\"}",
                with(KoersHttp.basic(username, "koers"), "Content-Type", JSON));
    }

    private HttpResponse<String> me(String username, String password, String address) {
        return KoersHttp.api(port).get("/api/me", with(KoersHttp.basic(username, password), "X-Forwarded-For", address));
    }

    private static HttpResponse<String> formLogin(KoersHttp page, String username, String password, String address) {
        String token = KoersHttp.csrfToken(page.get("/login").body());
        return page.postForm("/login", Map.of("username", username, "password", password, "_csrf", token),
                "X-Forwarded-For", address);
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
