package nl.koers.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;

import nl.koers.KoersHttp;
import nl.koers.KoersIntegrationTest;

/** The POP in every format, editing and acceptance, and who may see, share and delete what. */
@KoersIntegrationTest
class PopAndAccessTest {

    @LocalServerPort
    int port;

    /** A preparation with one goal and two actions, finished with 'stop'. */
    private String preparation(ConversationClient client) {
        String id = client.start("VOORBEREIDING", null).read("$.id");
        client.say(id, "Planner");
        client.say(id, "volgende fase");
        client.say(id, "volgende fase");
        client.say(id, "Zelfstandig inkopen");
        client.say(id, "Ik plaats drie orders zonder hulp");
        client.say(id, "eind maart 2027");
        client.say(id, "meelopen met de inkoper en een cursus inkoopbasis");
        client.say(id, "op de inkoopafdeling");
        client.say(id, "€ 650 en twee dagen");
        client.say(id, "de inkoopmanager");
        client.say(id, "elke week een uur");
        client.say(id, "nee");
        client.say(id, "1 maart en eind juni");
        client.say(id, "geen");
        return id;
    }

    @Test
    void thePopComesAsJsonMarkdownPdfAndCalendar() throws IOException {
        var sanne = new ConversationClient(port, "medewerker");
        String id = preparation(sanne);

        DocumentContext json = sanne.pop(id);
        assertThat(json.read("$.reviews", List.class)).containsExactly("2027-03-01", "2027-06-30");

        HttpResponse<String> markdown = sanne.get("/api/conversations/" + id + "/pop", "Accept", "text/markdown");
        assertThat(markdown.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/markdown"));
        assertThat(markdown.headers().firstValue("Content-Disposition")).as("the API answers with the text itself").isEmpty();
        assertThat(markdown.headers().firstValue("Cache-Control")).hasValueSatisfying(value -> assertThat(value).contains("no-store"));
        assertThat(markdown.body()).startsWith("# Persoonlijk ontwikkelingsplan (concept)")
                .contains("**Medewerker:** Sanne de Vries", "### 1. Zelfstandig inkopen", "| Een cursus inkoopbasis | Opleiding of cursus (10) |",
                        "€ 650, 2 dagen", "- 1 maart 2027");

        HttpResponse<byte[]> pdf = bytes(sanne, "/api/conversations/" + id + "/pop.pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Disposition")).hasValueSatisfying(
                disposition -> assertThat(disposition).contains("attachment", "pop-sanne-de-vries.pdf"));
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            assertThat(document.getNumberOfPages()).isBetween(1, 2);
            assertThat(document.getPage(0).getMediaBox().getWidth()).isCloseTo(595f, org.assertj.core.data.Offset.offset(2f));
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("Persoonlijk ontwikkelingsplan", "Sanne de Vries", "Fatima El Amrani",
                    "Zelfstandig inkopen", "Opleiding of cursus (10)", "31 maart 2027", "Akkoord",
                    "Leidinggevende: Fatima El Amrani Datum en handtekening").doesNotContain("?:");
            for (PDPage page : document.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName() + " embedded").isTrue();
                }
            }
        }

        HttpResponse<String> calendar = sanne.get("/api/conversations/" + id + "/pop.ics");
        assertThat(calendar.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/calendar"));
        assertThat(calendar.body()).contains("BEGIN:VCALENDAR", "DTSTART;VALUE=DATE:20270301", "DTSTART;VALUE=DATE:20270630",
                "SUMMARY:Voortgangsgesprek POP Sanne de Vries", "UID:" + id + "-2027-03-01");
    }

    @Test
    void editingThePopValidatesInDutchAndClearsAnEarlierAcceptance() {
        var sanne = new ConversationClient(port, "medewerker");
        String id = preparation(sanne);
        DocumentContext accepted = JsonPath.parse(sanne.send("POST", "/api/conversations/" + id + "/pop/accept", "").body());
        assertThat(accepted.read("$.acceptance.employee", String.class)).isNotNull();

        DocumentContext pop = sanne.pop(id);
        pop.set("$.role", "Senior planner");
        pop.set("$.employee", "Iemand anders");
        pop.set("$.goals[0].measure", "Vijf orders zonder hulp");
        HttpResponse<String> saved = sanne.send("PUT", "/api/conversations/" + id + "/pop", pop.jsonString(),
                "Content-Type", "application/json");

        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
        DocumentContext after = JsonPath.parse(saved.body());
        assertThat(after.read("$.role", String.class)).isEqualTo("Senior planner");
        assertThat(after.read("$.employee", String.class)).as("names stay those of the people").isEqualTo("Sanne de Vries");
        assertThat(after.read("$.goals[0].measure", String.class)).isEqualTo("Vijf orders zonder hulp");
        assertThat(after.read("$.acceptance", Object.class)).as("a changed POP needs accepting again").isNull();

        pop.set("$.goals[0].actions[0].learningForm", "ONZIN");
        HttpResponse<String> badForm = sanne.send("PUT", "/api/conversations/" + id + "/pop", pop.jsonString(),
                "Content-Type", "application/json");
        assertThat(badForm.statusCode()).isEqualTo(400);
        assertThat(JsonPath.<String>read(badForm.body(), "$.detail"))
                .contains("het veld 'goals[0].actions[0].learningForm' kan Koers niet lezen");

        pop.set("$.goals[0].actions[0].learningForm", "WERKPLEK");
        pop.set("$.goals[0].description", "");
        HttpResponse<String> blankGoal = sanne.send("PUT", "/api/conversations/" + id + "/pop", pop.jsonString(),
                "Content-Type", "application/json");
        assertThat(blankGoal.statusCode()).isEqualTo(400);
        assertThat(JsonPath.<String>read(blankGoal.body(), "$.detail")).startsWith("De invoer klopt niet:").contains("goals[0].description");
    }

    @Test
    void aPreparationIsPrivateUntilSharedAndTheLeaderOnlyReadsIt() {
        var sanne = new ConversationClient(port, "medewerker");
        var daan = new ConversationClient(port, "medewerker2");
        var fatima = new ConversationClient(port, "leidinggevende");
        var hr = new ConversationClient(port, "hr");
        String id = preparation(sanne);
        String base = "/api/conversations/" + id;

        for (ConversationClient other : List.of(daan, fatima, hr)) {
            for (String path : List.of(base, base + "/pop", base + "/pop.pdf", base + "/pop.ics")) {
                assertThat(other.get(path).statusCode()).as(path).isEqualTo(404);
            }
            assertThat(other.sayRaw(id, "hallo").statusCode()).isEqualTo(404);
            assertThat(other.send("DELETE", base, "").statusCode()).isEqualTo(404);
            assertThat(other.send("POST", base + "/share", "").statusCode()).isEqualTo(404);
            assertThat(other.get("/api/conversations").body()).doesNotContain(id);
        }
        assertThat(JsonPath.<String>read(daan.get(base).body(), "$.detail")).isEqualTo(ConversationAccess.NOT_FOUND);

        assertThat(sanne.send("POST", base + "/share", "").statusCode()).isEqualTo(204);
        assertThat(fatima.get(base).statusCode()).isEqualTo(200);
        assertThat(fatima.get(base + "/pop.pdf").statusCode()).isEqualTo(200);
        assertThat(fatima.get("/api/conversations").body()).contains(id);
        assertThat(fatima.sayRaw(id, "Ik vul het even in").statusCode()).as("reading is not editing").isEqualTo(403);
        assertThat(fatima.send("PUT", base + "/pop", sanne.pop(id).jsonString(), "Content-Type", "application/json")
                .statusCode()).isEqualTo(403);
        assertThat(daan.get(base).statusCode()).isEqualTo(404);
        assertThat(hr.get(base).statusCode()).isEqualTo(404);

        assertThat(sanne.send("DELETE", base + "/share", "").statusCode()).isEqualTo(204);
        assertThat(fatima.get(base).statusCode()).isEqualTo(404);

        assertThat(sanne.send("DELETE", base, "").statusCode()).isEqualTo(204);
        assertThat(sanne.get(base).statusCode()).isEqualTo(404);
        assertThat(sanne.get(base + "/pop").statusCode()).isEqualTo(404);
    }

    @Test
    void onlyTheEmployeeDeletesAOneOnOne() {
        var fatima = new ConversationClient(port, "leidinggevende");
        var sanne = new ConversationClient(port, "medewerker");
        String id = fatima.start("GESPREK", "medewerker").read("$.id");

        HttpResponse<String> byLeader = fatima.send("DELETE", "/api/conversations/" + id, "");

        assertThat(byLeader.statusCode()).isEqualTo(403);
        assertThat(JsonPath.<String>read(byLeader.body(), "$.detail")).contains("Alleen de medewerker zelf");
        assertThat(fatima.send("POST", "/api/conversations/" + id + "/share", "").statusCode()).isEqualTo(403);
        assertThat(sanne.send("POST", "/api/conversations/" + id + "/share", "").statusCode()).isEqualTo(400);
        assertThat(sanne.send("DELETE", "/api/conversations/" + id, "").statusCode()).isEqualTo(204);
        assertThat(fatima.get("/api/conversations/" + id).statusCode()).isEqualTo(404);
    }

    @Test
    void badRequestsGetDutchProblemsNotErrors() {
        var sanne = new ConversationClient(port, "medewerker");
        String id = sanne.start("VOORBEREIDING", null).read("$.id");

        assertProblem(sanne.sayRaw(id, "   "), 400, "Je bericht is leeg");
        assertProblem(sanne.sayRaw(id, "x".repeat(4001)), 400, "hoogstens 4000 tekens");
        assertThat(sanne.sayRaw(id, "x".repeat(4000)).statusCode()).isEqualTo(200);
        assertProblem(sanne.send("POST", "/api/conversations/" + id + "/messages", "{niet json",
                "Content-Type", "application/json"), 400, "kon niet worden gelezen");
        assertProblem(sanne.startRaw("{}"), 400, "Kies het soort gesprek");
        assertProblem(sanne.startRaw("{\"type\":\"ONZIN\"}"), 400, "het veld 'type' kan Koers niet lezen");
        assertProblem(sanne.startRaw("{\"type\":\"GESPREK\",\"employee\":\"medewerker2\"}"), 403, "Alleen een leidinggevende");
        var fatima = new ConversationClient(port, "leidinggevende");
        assertProblem(fatima.startRaw("{\"type\":\"GESPREK\"}"), 400, "Noem de medewerker");
        assertProblem(fatima.startRaw("{\"type\":\"GESPREK\",\"employee\":\"hr\"}"), 400, "zit niet in jouw team");
        assertProblem(sanne.get("/api/conversations/geen-uuid"), 400, "niet de juiste vorm");
        assertProblem(sanne.get("/api/conversations/00000000-0000-0000-0000-000000000000"), 404, "bestaat niet");
    }

    private static void assertProblem(HttpResponse<String> response, int status, String detail) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(JsonPath.<String>read(response.body(), "$.detail")).contains(detail);
    }

    private HttpResponse<byte[]> bytes(ConversationClient client, String path) {
        try {
            var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + path))
                    .headers(KoersHttp.basic("medewerker", "koers")).GET().build();
            return java.net.http.HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException | InterruptedException failure) {
            throw new IllegalStateException(failure);
        }
    }
}
