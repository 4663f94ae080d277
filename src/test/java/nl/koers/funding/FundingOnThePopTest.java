package nl.koers.funding;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.jayway.jsonpath.DocumentContext;

import nl.koers.KoersHttp;
import nl.koers.KoersIntegrationTest;
import nl.koers.conversation.ConversationClient;

/**
 * The funding advice on the POP page and in its Markdown, for an action with a course of € 3.000, with the bundled
 * schemes and the default organisation (sector unknown, 25 employees); the POP's JSON stays as it was.
 */
@KoersIntegrationTest
class FundingOnThePopTest {

    private static final String TAX_FREE = "Je werkgever kan de € 3.000 belastingvrij betalen of vergoeden via de "
            + "werkkostenregeling.";
    private static final String BELASTINGDIENST = "https://www.belastingdienst.nl/wps/wcm/connect/bldcontentnl/"
            + "themaoverstijgend/brochures_en_publicaties/cao_beoordelingen/scholingskosten-in-de-loonheffingen";

    @LocalServerPort
    int port;

    @Autowired
    FundingAdvisor advisor;

    /** A preparation whose POP has one goal: a course of € 3.000 and learning in the work beside it. */
    private String popWithACourse(ConversationClient sanne) {
        String id = sanne.start("VOORBEREIDING", null).read("$.id");
        DocumentContext pop = sanne.pop(id);
        pop.set("$.goals", List.of(Map.of("description", "Zelfstandig projecten leiden",
                "measure", "Ik leid het project Noord zonder hulp", "actions", List.of(
                        Map.of("description", "Cursus projectmanagement", "learningForm", "FORMEEL",
                                "resources", Map.of("euros", 3000, "text", "3000 euro")),
                        Map.of("description", "Meelopen met de projectleider", "learningForm", "WERKPLEK")))));
        HttpResponse<String> saved = sanne.send("PUT", "/api/conversations/" + id + "/pop", pop.jsonString(),
                "Content-Type", "application/json");
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
        return id;
    }

    @Test
    void theMarkdownShowsWhatMayPayForTheCourse() {
        var sanne = new ConversationClient(port, "medewerker");
        String id = popWithACourse(sanne);

        String markdown = sanne.get("/api/conversations/" + id + "/pop", "Accept", "text/markdown").body();

        assertThat(markdown).contains("**Wie kan meebetalen?**", "- Cursus projectmanagement\n",
                "  - Werkkostenregeling: past, regels van 2025. " + TAX_FREE + " " + BELASTINGDIENST + "\n",
                "  - O&O-fonds van de sector: past misschien, regels per fonds. Misschien vergoedt het O&O-fonds van "
                        + "jullie sector (een deel van) de kosten. Meer hierover in de kennisbank van Koers: zoek op ‘O&O-fonds van de sector’.\n",
                "  - SLIM-scholingssubsidie (Ontwikkelpaden): past misschien, regels van 2025.",
                "  - Studiekostenbeding (terugbetalen): past misschien, regels van 2022.")
                .doesNotContain("- Meelopen met de projectleider\n", "SLIM-regeling (mkb)", "praktijkleren");
    }

    @Test
    void thePopPageShowsWhatMayPayForTheCourseAndTheJsonStaysAsItWas() {
        var sanne = new ConversationClient(port, "medewerker");
        String id = popWithACourse(sanne);
        KoersHttp browser = KoersHttp.browser(port);
        assertThat(browser.login("medewerker", "koers").statusCode()).isEqualTo(302);

        String page = browser.get("/gesprekken/" + id + "/pop").body();

        assertThat(page).contains("<h4>Wie kan meebetalen?</h4>", "<p class=\"funding-action\">Cursus projectmanagement</p>",
                "<strong>Werkkostenregeling</strong>", "<span class=\"badge\">past</span>",
                "<span class=\"muted\">regels van 2025</span>", "<span>" + TAX_FREE + "</span>",
                "href=\"" + BELASTINGDIENST + "\"", "<strong>O&amp;O-fonds van de sector</strong>",
                "<span class=\"badge\">past misschien</span>", "<span class=\"muted\">regels per fonds</span>",
                "href=\"/kennis/artikel?bron=financiering/o-en-o-fondsen.md\"")
                .doesNotContain("<p class=\"funding-action\">Meelopen met de projectleider</p>", "SLIM-regeling (mkb)");

        String json = sanne.get("/api/conversations/" + id + "/pop").body();
        assertThat(json).as("derived when shown, never stored").doesNotContain("Werkkostenregeling", "meebetalen");
        assertThat(sanne.pop(id).read("$.goals[0].actions[0].resources.euros", Object.class).toString())
                .isIn("3000", "3000.0");
    }

    @Test
    void thePdfPeopleSignShowsWhatMayPayForTheCourse() throws Exception {
        var sanne = new ConversationClient(port, "medewerker");
        String id = popWithACourse(sanne);

        var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port
                + "/api/conversations/" + id + "/pop.pdf")).headers(KoersHttp.basic("medewerker", "koers")).GET().build();
        byte[] pdf = java.net.http.HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray()).body();

        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("Wie kan meebetalen?", "Cursus projectmanagement",
                    "Werkkostenregeling: past, regels van 2025.", "O&O-fonds van de sector: past misschien")
                    .doesNotContain("SLIM-regeling (mkb)", "?:", "${");
        }
    }

    @Test
    void theAdvisorBeanAnswersWithTheConfiguredOrganisation() {
        assertThat(advisor.settings()).isEqualTo(new OrganisationSettings("", 25));
        assertThat(advisor.answer("Hoeveel subsidie krijg ik voor een cursus van 3000 euro?"))
                .hasValueSatisfying(answer -> assertThat(answer).startsWith("SLIM betaalt via zijn eigen activiteiten")
                        .contains("€ 3.000", "jullie sector"));
        assertThat(advisor.answer("Hoe laat begint het gesprek?")).isEmpty();
    }
}
