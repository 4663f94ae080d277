package nl.koers.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;

import nl.koers.KoersHttp;
import nl.koers.conversation.ConversationClient;

/**
 * Input no person means, sent by a script or pasted from somewhere odd: control characters, lone surrogates, null
 * list items, absurd dates, bytes that are no UTF-8. Each gets a Dutch 400 or is cleaned and stored, never a 500,
 * and the same on H2 and PostgreSQL (PostgreSQL text cannot hold NUL, and its driver turns a lone surrogate into "?").
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class BadInputContract {

    /** In JSON: NUL, SOH, a vertical tab, a lone surrogate, the noncharacter U+FFFE and a CRLF. */
    private static final String AWKWARD_JSON = "\\u0000\\u0001\\u000b\\ud800\\ufffe\\r\\n";

    private String unchanging;

    abstract int port();

    abstract DataSource dataSource();

    @Test
    void controlCharactersInAMessageAreRemovedAndTheMessageIsStored() {
        var sanne = new ConversationClient(port(), "medewerker");
        String id = sanne.start("VOORBEREIDING", null).read("$.id");

        HttpResponse<String> posted = sanne.send("POST", "/api/conversations/" + id + "/messages",
                "{\"text\":\"Plan\\u0000ner\\u0001 bij\\u000b \\ud800 Transport\\ufffe\\r\\nBV\"}",
                "Content-Type", "application/json");

        assertThat(posted.statusCode()).as(posted.body()).isEqualTo(200);
        String stored = "Planner bij \ufffd Transport\nBV";
        assertThat(userMessages(sanne, id)).containsExactly(stored);
        assertThat(jdbc().sql("SELECT body FROM chat_message WHERE conversation_id = ? AND role = 'user'")
                .param(UUID.fromString(id)).query(String.class).list()).containsExactly(stored);
        assertThat(sanne.pop(id).read("$.role", String.class)).isEqualTo(stored);
    }

    @Test
    void aStreamedMessageAndAFormPostAreCleanedTheSameWay() {
        var sanne = new ConversationClient(port(), "medewerker");
        String id = sanne.start("VOORBEREIDING", null).read("$.id");

        HttpResponse<String> streamed = sanne.send("POST", "/api/conversations/" + id + "/messages/stream",
                "{\"text\":\"Plan\\u0000ner" + AWKWARD_JSON + "\"}", "Content-Type", "application/json",
                "Accept", "text/event-stream");
        assertThat(streamed.statusCode()).as(streamed.body()).isEqualTo(200);
        assertThat(streamed.body()).contains("event:done");

        KoersHttp browser = KoersHttp.browser(port());
        assertThat(browser.login("medewerker", "koers").statusCode()).isEqualTo(302);
        String chat = "/gesprekken/" + id;
        HttpResponse<String> form = browser.postForm(chat + "/bericht", Map.of("text", "Plannen\u0000 en\u0007 regelen\r\n",
                "_csrf", KoersHttp.csrfToken(browser.get(chat).body())));
        assertThat(form.statusCode()).isEqualTo(302);

        assertThat(userMessages(sanne, id)).containsExactly("Planner\ufffd", "Plannen en regelen");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\\u0000", "\\u0001\\u0002 \\u000b", "\\ufffe\\r\\n"})
    void aMessageOfOnlyControlCharactersIsAnEmptyMessage(String text) {
        var sanne = new ConversationClient(port(), "medewerker");
        String id = sanne.start("VOORBEREIDING", null).read("$.id");

        HttpResponse<String> refused = sanne.send("POST", "/api/conversations/" + id + "/messages",
                "{\"text\":\"" + text + "\"}", "Content-Type", "application/json");

        assertProblem(refused, "Je bericht is leeg");
        assertThat(userMessages(sanne, id)).isEmpty();
    }

    @Test
    void popEditsAreCleanedBeforeTheyAreStoredAndThePdfStillRenders() throws IOException {
        var sanne = new ConversationClient(port(), "medewerker");
        String id = finishedPreparation(sanne);
        DocumentContext pop = sanne.pop(id);
        pop.set("$.role", "ROLE");
        pop.set("$.openPoints", List.of("OPEN"));
        pop.set("$.goals[0].actions[0].description", "ACTION");

        HttpResponse<String> saved = sanne.send("PUT", "/api/conversations/" + id + "/pop", pop.jsonString()
                .replace("\"ROLE\"", "\"Senior" + AWKWARD_JSON + "planner\"")
                .replace("\"OPEN\"", "\"budget\\u0000 navragen\"")
                .replace("\"ACTION\"", "\"cursus\\u001f inkoop\""), "Content-Type", "application/json");

        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
        DocumentContext stored = sanne.pop(id);
        assertThat(stored.read("$.role", String.class)).isEqualTo("Senior\ufffd\nplanner");
        assertThat(stored.read("$.openPoints", List.class)).containsExactly("budget navragen");
        assertThat(stored.read("$.goals[0].actions[0].description", String.class)).isEqualTo("cursus inkoop");
        assertThat(pdfText(id, "medewerker")).contains("Senior", "planner", "budget navragen");
    }

    @Test
    void aValueThatIsNoDateOrNoKnownChoiceNamesItsField() {
        var sanne = new ConversationClient(port(), "medewerker");
        String id = unchanging(sanne);
        DocumentContext pop = sanne.pop(id);
        pop.set("$.goals[0].deadline", "2027-02-30");

        assertProblem(put(sanne, id, pop), "De waarde van het veld 'goals[0].deadline' kan Koers niet lezen");
        assertProblem(sanne.startRaw("{\"type\":\"VRIJDAGMIDDAG\"}"), "De waarde van het veld 'type' kan Koers niet lezen");
        assertThat(sanne.pop(id).read("$.goals[0].deadline", String.class)).isNotEqualTo("2027-02-30");
    }

    @Test
    void aPopEditFormWithControlCharactersIsCleaned() {
        var sanne = new ConversationClient(port(), "medewerker");
        String id = finishedPreparation(sanne);
        KoersHttp browser = KoersHttp.browser(port());
        browser.login("medewerker", "koers");
        String edit = "/gesprekken/" + id + "/pop/bewerken";
        String page = browser.get(edit).body();

        HttpResponse<String> saved = browser.postForm(edit, Map.of("_csrf", KoersHttp.csrfToken(page),
                "version", version(page), "role", "Senior\u0000 planner", "goal0.description", "\u0001\u0002",
                "goal1.description", "Zelf\u000b inkopen", "reviews", "1-3-2027\r\n\u0000"));

        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
        DocumentContext stored = sanne.pop(id);
        assertThat(stored.read("$.role", String.class)).isEqualTo("Senior planner");
        assertThat(stored.read("$.goals[*].description", List.class)).containsExactly("Zelf inkopen");
        assertThat(stored.read("$.reviews", List.class)).containsExactly("2027-03-01");
    }

    @ParameterizedTest
    @ValueSource(strings = {"$.goals", "$.goals[0].actions", "$.talents", "$.openPoints", "$.funding"})
    void aNullListItemInAPopEditIsADutchBadRequest(String list) {
        var sanne = new ConversationClient(port(), "medewerker");
        String id = unchanging(sanne);
        DocumentContext pop = sanne.pop(id);
        pop.set(list, java.util.Collections.singletonList(null));

        assertProblem(put(sanne, id, pop), "De invoer klopt niet");
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"euros\": -5}", "{\"hours\": -3}", "{\"euros\": 1e308}", "{\"hours\": 1000000}",
            "{\"days\": -1}", "{\"days\": 100000}"})
    void aNegativeOrAbsurdAmountInAPopEditIsADutchBadRequest(String resources) {
        var sanne = new ConversationClient(port(), "medewerker");
        String id = unchanging(sanne);
        DocumentContext pop = sanne.pop(id);
        pop.set("$.goals[0].actions[0].resources", "RESOURCES");

        assertProblem(sanne.send("PUT", "/api/conversations/" + id + "/pop", pop.jsonString()
                .replace("\"RESOURCES\"", resources), "Content-Type", "application/json"), "De invoer klopt niet");
        assertThat(sanne.pop(id).read("$.goals[0].actions[0].resources", Object.class)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"$.goals[0].description", "$.goals[0].actions[0].description"})
    void aMissingGoalOrActionDescriptionIsADutchBadRequest(String description) {
        var sanne = new ConversationClient(port(), "medewerker");
        String id = unchanging(sanne);
        DocumentContext pop = sanne.pop(id);

        pop.set(description, null);
        assertProblem(put(sanne, id, pop), "De invoer klopt niet");
        pop.set(description, "   ");
        assertProblem(put(sanne, id, pop), "De invoer klopt niet");
        pop.set(description, "DESCRIPTION");
        assertProblem(sanne.send("PUT", "/api/conversations/" + id + "/pop", pop.jsonString()
                .replace("\"DESCRIPTION\"", "\"\\u0000\\u0001\""), "Content-Type", "application/json"), "is leeg");
        assertThat(sanne.pop(id).read(description, String.class)).isNotBlank();
    }

    @ParameterizedTest
    @ValueSource(strings = {"+999999999-12-31", "0000-01-01", "-0001-06-15", "1899-12-31", "2201-01-01"})
    void anAbsurdDateInAPopEditIsADutchBadRequest(String date) {
        var sanne = new ConversationClient(port(), "medewerker");
        String id = unchanging(sanne);
        Map<String, String> named = Map.of("$.reviews", "De datum van voortgangsgesprek 2",
                "$.goals[0].deadline", "De einddatum van doel 1",
                "$.goals[0].actions[0].deadline", "De datum van actie 1 bij doel 1", "$.date", "De datum van de POP");
        named.forEach((field, subject) -> {
            DocumentContext pop = sanne.pop(id);
            pop.set(field, field.equals("$.reviews") ? List.of("2027-03-01", date) : date);

            assertProblem(put(sanne, id, pop), subject + " (" + date + ") kan niet"
                    + " kloppen: kies een datum in de jaren 1900 tot en met 2200.");
        });
        assertThat(sanne.get("/api/conversations/" + id + "/pop.ics").statusCode()).isEqualTo(200);
    }

    @Test
    void datesAtTheEdgesOfTheWindowAreAccepted() {
        var sanne = new ConversationClient(port(), "medewerker");
        String id = finishedPreparation(sanne);
        DocumentContext pop = sanne.pop(id);
        pop.set("$.reviews", List.of("1900-01-01", "2200-12-31"));

        assertThat(put(sanne, id, pop).statusCode()).isEqualTo(200);
        assertThat(sanne.get("/api/conversations/" + id + "/pop.ics").body()).contains("DTSTART;VALUE=DATE:19000101",
                "DTSTART;VALUE=DATE:22001231");
    }

    @Test
    void anAbsurdDateInThePopEditFormIsShownOnTheForm() {
        var sanne = new ConversationClient(port(), "medewerker");
        String id = unchanging(sanne);
        KoersHttp browser = KoersHttp.browser(port());
        browser.login("medewerker", "koers");
        String edit = "/gesprekken/" + id + "/pop/bewerken";
        String page = browser.get(edit).body();

        HttpResponse<String> refused = browser.postForm(edit, Map.of("_csrf", KoersHttp.csrfToken(page),
                "version", version(page), "goal0.description", "Leren inkopen", "reviews", "+999999999-12-31"));

        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("role=\"alert\"", "kies een datum in de jaren 1900 tot en met 2200");
        assertThat(sanne.pop(id).read("$.reviews", List.class)).isEmpty();
    }

    /** A POP stored before input was cleaned and dates were checked: every rendering still answers, for both people. */
    @Test
    void aPopStoredWithControlCharactersAndAbsurdDatesStillRendersForBothPeople() throws IOException {
        var fatima = new ConversationClient(port(), "leidinggevende");
        var sanne = new ConversationClient(port(), "medewerker");
        String id = fatima.start("GESPREK", "medewerker").read("$.id");
        fatima.say(id, "Planner");
        fatima.say(id, "stop");
        DocumentContext pop = sanne.pop(id);
        pop.set("$.role", "ROLE");
        pop.set("$.openPoints", List.of("OPEN"));
        pop.set("$.reviews", List.of("+999999999-12-31", "0000-01-01", "2027-03-01"));
        pop.set("$.goals", List.of(Map.of("description", "GOAL", "deadline", "-0001-06-15",
                "actions", List.of(Map.of("description", "ACTION", "deadline", "+999999999-12-31")))));
        String content = pop.jsonString().replace("\"ROLE\"", "\"Plan" + AWKWARD_JSON + "ner\"")
                .replace("\"OPEN\"", "\"\\u0000\"").replace("\"GOAL\"", "\"Doel\\u0001\\udfff\"")
                .replace("\"ACTION\"", "\"Actie\\u000b\"");
        assertThat(jdbc().sql("UPDATE pop_draft SET content = ? WHERE conversation_id = ?")
                .params(content, UUID.fromString(id)).update()).isEqualTo(1);

        for (String person : List.of("medewerker", "leidinggevende")) {
            var client = new ConversationClient(port(), person);
            assertThat(client.get("/api/conversations/" + id + "/pop").statusCode()).isEqualTo(200);
            assertThat(pdfText(id, person)).contains("Plan", "Doel", "Actie", "1 maart 2027");
            HttpResponse<String> calendar = client.get("/api/conversations/" + id + "/pop.ics");
            assertThat(calendar.statusCode()).isEqualTo(200);
            assertThat(calendar.body()).contains("DTSTART;VALUE=DATE:20270301").doesNotContain("\u0000");
            assertThat(calendar.body().split("BEGIN:VEVENT", -1)).as("only the one real review").hasSize(2);
            HttpResponse<String> markdown = client.get("/api/conversations/" + id + "/pop", "Accept", "text/markdown");
            assertThat(markdown.statusCode()).isEqualTo(200);
            assertThat(markdown.body()).contains("**Functie:** Plan\ufffd / ner").doesNotContain("\u0000", "\u0001");
        }
        KoersHttp browser = KoersHttp.browser(port());
        browser.login("medewerker", "koers");
        for (String page : List.of("", "/pop", "/pop/bewerken", "/pop.pdf", "/pop.md", "/pop.ics")) {
            assertThat(browser.get("/gesprekken/" + id + page).statusCode()).as(page).isEqualTo(200);
        }
    }

    @Test
    void aSearchThatIsNoUtf8IsADutchBadRequest() {
        HttpResponse<String> api = KoersHttp.api(port()).get("/api/knowledge/search?q=%00%ff",
                KoersHttp.basic("medewerker", "koers"));
        assertProblem(api, "tekens die Koers niet kan lezen");

        KoersHttp browser = KoersHttp.browser(port());
        browser.login("medewerker", "koers");
        HttpResponse<String> page = browser.get("/kennis?q=%00%ff");
        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/html"));
        assertThat(page.body()).contains("Ongeldige aanvraag", "tekens die Koers niet kan lezen");
    }

    @Test
    void aFormPostThatIsNoUtf8IsADutchBadRequest() {
        var sanne = new ConversationClient(port(), "medewerker");
        String id = sanne.start("VOORBEREIDING", null).read("$.id");
        KoersHttp browser = KoersHttp.browser(port());
        browser.login("medewerker", "koers");
        String chat = "/gesprekken/" + id;

        HttpResponse<String> posted = browser.send("POST", chat + "/bericht", "text=Plan%ffner&_csrf="
                + KoersHttp.csrfToken(browser.get(chat).body()), "Content-Type", "application/x-www-form-urlencoded");

        assertThat(posted.statusCode()).isEqualTo(400);
        assertThat(posted.body()).contains("Ongeldige aanvraag", "tekens die Koers niet kan lezen");
        assertThat(userMessages(sanne, id)).isEmpty();
    }

    @Test
    void controlCharactersInASearchAreIgnored() {
        HttpResponse<String> api = KoersHttp.api(port()).get("/api/knowledge/search?q=SLIM%00%01subsidie",
                KoersHttp.basic("medewerker", "koers"));
        assertThat(api.statusCode()).isEqualTo(200);

        KoersHttp browser = KoersHttp.browser(port());
        browser.login("medewerker", "koers");
        assertThat(browser.get("/kennis?q=%00").statusCode()).isEqualTo(200);
        assertProblem(KoersHttp.api(port()).get("/api/knowledge/search?q=%00%01", KoersHttp.basic("medewerker", "koers")),
                "Geef een zoekvraag op");
    }

    @ParameterizedTest
    @ValueSource(strings = {"a%00.md", "%00", "..%2F..%2Fetc%2Fpasswd%00.md", "a%ff.md"})
    void anArticleNameThatIsNoPathIsNotFound(String source) {
        KoersHttp browser = KoersHttp.browser(port());
        browser.login("medewerker", "koers");

        HttpResponse<String> page = browser.get("/kennis/artikel?bron=" + source);

        assertThat(page.statusCode()).isIn(400, 404);
        assertThat(page.body()).contains("<html").containsAnyOf("niet (meer) in de kennisbank", "niet kan lezen");
    }

    private JdbcClient jdbc() {
        return JdbcClient.create(dataSource());
    }

    /** A preparation with the role "Planner" and one goal with one action, finished with 'stop'. */
    private static String finishedPreparation(ConversationClient client) {
        String id = client.start("VOORBEREIDING", null).read("$.id");
        client.say(id, "Planner");
        client.say(id, "stop");
        DocumentContext pop = client.pop(id);
        pop.set("$.goals", List.of(Map.of("description", "Zelfstandig inkopen", "actions",
                List.of(Map.of("description", "een cursus inkoopbasis")))));
        assertThat(put(client, id, pop).statusCode()).isEqualTo(200);
        return id;
    }

    /** One finished preparation of Sanne's for the tests whose edits are all refused, so it never changes. */
    private String unchanging(ConversationClient sanne) {
        if (unchanging == null) {
            unchanging = finishedPreparation(sanne);
        }
        return unchanging;
    }

    private static List<String> userMessages(ConversationClient client, String id) {
        return client.conversation(id).read("$.messages[?(@.role == 'user')].text");
    }

    private static HttpResponse<String> put(ConversationClient client, String id, DocumentContext pop) {
        return client.send("PUT", "/api/conversations/" + id + "/pop", pop.jsonString(), "Content-Type",
                "application/json");
    }

    private String pdfText(String id, String person) throws IOException {
        HttpResponse<byte[]> pdf;
        try {
            var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port() + "/api/conversations/" + id
                    + "/pop.pdf")).headers(KoersHttp.basic(person, "koers")).GET().build();
            pdf = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
        assertThat(pdf.statusCode()).as(person).isEqualTo(200);
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    private static String version(String page) {
        Matcher matcher = Pattern.compile("name=\"version\"[^>]*value=\"(\\d+)\"").matcher(page);
        assertThat(matcher.find()).as("version field").isTrue();
        return matcher.group(1);
    }

    private static void assertProblem(HttpResponse<String> response, String detail) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(JsonPath.<String>read(response.body(), "$.title")).isEqualTo("Ongeldige aanvraag");
        assertThat(JsonPath.<String>read(response.body(), "$.detail")).contains(detail);
    }
}
