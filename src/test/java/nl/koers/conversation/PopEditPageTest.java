package nl.koers.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.util.HtmlUtils;

import com.jayway.jsonpath.DocumentContext;

import nl.koers.KoersHttp;
import nl.koers.KoersIntegrationTest;

/**
 * The POP edit page as a person uses it: every field of a goal and its actions is on the form and comes back in the
 * POP the API shows; new actions and goals are added in empty rows and removed by emptying their description; what
 * the API refuses is refused here too, in Dutch, with what was typed kept; no post, however malformed, is a 500.
 */
@KoersIntegrationTest
class PopEditPageTest {

    @LocalServerPort
    int port;

    private static final String EDIT = "/pop/bewerken";

    /** Sanne's finished preparation with one goal of two actions, set through the API; its id. */
    private String popWithAGoal(ConversationClient sanne) {
        String id = sanne.start("VOORBEREIDING", null).read("$.id");
        sanne.say(id, "Planner");
        sanne.say(id, "stop");
        DocumentContext pop = sanne.pop(id);
        pop.set("$.goals", List.of(Map.of("description", "Zelfstandig inkopen", "measure", "drie orders zonder hulp",
                "deadline", "2027-03-31", "place", "ROC Midden", "support", "de inkoopmanager", "ownEffort",
                "twee avonden per week", "resources", Map.of("euros", 450, "days", 2, "per", "MONTH", "text",
                        "€ 450 en 2 dagen per maand"), "actions",
                List.of(Map.of("description", "cursus inkoopbasis", "learningForm", "FORMEEL", "deadline", "2027-02-01",
                        "resources", Map.of("euros", 650)),
                        Map.of("description", "meelopen met de inkoper", "learningForm", "WERKPLEK")))));
        HttpResponse<String> put = sanne.send("PUT", "/api/conversations/" + id + "/pop", pop.jsonString(),
                "Content-Type", "application/json");
        assertThat(put.statusCode()).as(put.body()).isEqualTo(200);
        return id;
    }

    private KoersHttp signedIn(String username) {
        KoersHttp browser = KoersHttp.browser(port);
        assertThat(browser.login(username, "koers").statusCode()).isEqualTo(302);
        return browser;
    }

    private static String page(String id) {
        return "/gesprekken/" + id;
    }

    @Test
    void theFormShowsEveryFieldOfTheGoalAndItsActions() {
        String id = popWithAGoal(new ConversationClient(port, "medewerker"));

        String form = HtmlUtils.htmlUnescape(signedIn("medewerker").get(page(id) + EDIT).body());
        Map<String, String> fields = FormFields.of(form, "goal0.description");

        assertThat(fields).containsEntry("goal0.id", "doel-1").containsEntry("goal0.measure", "drie orders zonder hulp")
                .containsEntry("goal0.deadline", "2027-03-31").containsEntry("goal0.place", "ROC Midden")
                .containsEntry("goal0.resources", "€ 450 en 2 dagen per maand")
                .containsEntry("goal0.support", "de inkoopmanager")
                .containsEntry("goal0.ownEffort", "twee avonden per week")
                .containsEntry("goal0.action0.description", "cursus inkoopbasis")
                .containsEntry("goal0.action0.learningForm", "FORMEEL")
                .containsEntry("goal0.action0.deadline", "2027-02-01")
                .containsEntry("goal0.action0.resources", "€ 650")
                .containsEntry("goal0.action1.learningForm", "WERKPLEK")
                .containsEntry("goal0.action2.description", "").containsEntry("goal0.action3.description", "")
                .containsEntry("goal1.id", "").containsEntry("goal1.action0.learningForm", "");
        assertThat(form).contains("<legend>Doel 1</legend>", "<legend>Actie 2</legend>", "<legend>Actie 3 (nieuw)</legend>",
                "<legend>Doel 2 (nieuw)</legend>", "<summary>Actie toevoegen</summary>",
                "<option value=\"SOCIAAL\">Leren van anderen (20)</option>",
                "<label for=\"goal0.action0.learningForm\">Leervorm</label>",
                "<label for=\"goal0.resources\">Budget en tijd</label>");
        assertThat(fields.keySet()).as("every field has its label").allSatisfy(name -> {
            if (!name.equals("_csrf") && !name.equals("version") && !name.endsWith(".id")) {
                assertThat(form).contains("<label for=\"" + name + "\"");
            }
        });
    }

    @Test
    void everyFieldRoundTripsAndActionsAreAddedAndRemovedInTheirRows() {
        var sanne = new ConversationClient(port, "medewerker");
        String id = popWithAGoal(sanne);
        KoersHttp browser = signedIn("medewerker");
        Map<String, String> fields = FormFields.of(browser.get(page(id) + EDIT).body(), "goal0.description");
        fields.putAll(Map.of("goal0.description", "Zelfstandig de inkoop doen", "goal0.measure", "vijf orders",
                "goal0.deadline", "2027-06-30", "goal0.place", "afdeling inkoop", "goal0.resources", "€ 900 en 2 uur per week",
                "goal0.support", "een mentor", "goal0.ownEffort", "leeswerk"));
        fields.putAll(Map.of("goal0.action1.description", "", "goal0.action2.description", "training onderhandelen",
                "goal0.action2.learningForm", "SOCIAAL", "goal0.action2.deadline", "2027-05-15",
                "goal0.action2.resources", "€ 1.350,- en 3 dagen"));
        fields.putAll(Map.of("goal1.description", "Presenteren", "goal1.action0.description", "presentatie in het team",
                "goal1.action0.learningForm", "WERKPLEK"));

        HttpResponse<String> saved = browser.postForm(page(id) + EDIT, fields);

        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
        DocumentContext pop = sanne.pop(id);
        assertThat(pop.read("$.goals[*].id", List.class)).containsExactly("doel-1", "doel-2");
        assertThat(pop.read("$.goals[0]", Map.class)).containsEntry("description", "Zelfstandig de inkoop doen")
                .containsEntry("measure", "vijf orders").containsEntry("deadline", "2027-06-30")
                .containsEntry("place", "afdeling inkoop").containsEntry("support", "een mentor")
                .containsEntry("ownEffort", "leeswerk");
        assertThat(pop.read("$.goals[0].resources", Map.class)).containsEntry("euros", 900).containsEntry("hours", 2)
                .containsEntry("per", "WEEK").containsEntry("text", "€ 900 en 2 uur per week");
        assertThat(pop.read("$.goals[0].actions[*].description", List.class))
                .containsExactly("cursus inkoopbasis", "training onderhandelen");
        assertThat(pop.read("$.goals[0].actions[0].resources", Map.class)).as("unchanged words keep the amounts")
                .containsEntry("euros", 650).containsEntry("text", null);
        assertThat(pop.read("$.goals[0].actions[1]", Map.class)).containsEntry("learningForm", "SOCIAAL")
                .containsEntry("deadline", "2027-05-15");
        assertThat(pop.read("$.goals[0].actions[1].resources", Map.class)).containsEntry("euros", 1350)
                .containsEntry("days", 3).containsEntry("text", "€ 1.350,- en 3 dagen");
        assertThat(pop.read("$.goals[1].actions[0].learningForm", String.class)).isEqualTo("WERKPLEK");
        assertThat(HtmlUtils.htmlUnescape(browser.get(page(id) + "/pop").body())).contains("Leren van anderen (20)",
                "15 mei 2027", "€ 1.350, 3 dagen", "afdeling inkoop", "een mentor", "leeswerk")
                .doesNotContain("meelopen met de inkoper");
    }

    @Test
    void whatTheApiRefusesIsRefusedInDutchWithEverythingTypedKept() {
        var sanne = new ConversationClient(port, "medewerker");
        String id = popWithAGoal(sanne);
        KoersHttp browser = signedIn("medewerker");
        Map<String, String> fields = FormFields.of(browser.get(page(id) + EDIT).body(), "goal0.description");
        String tooLong = "lang ".repeat(801);
        fields.putAll(Map.of("goal0.support", tooLong, "goal0.action1.learningForm", "ONLINE",
                "goal0.action1.deadline", "binnenkort", "goal0.action2.resources", "€ 200",
                "goal0.action0.resources", "€ 999.999.999.999", "goal0.place", "Utrecht", "reviews", "3000-01-01"));

        HttpResponse<String> refused = browser.postForm(page(id) + EDIT, fields);

        assertThat(refused.statusCode()).isEqualTo(200);
        String body = HtmlUtils.htmlUnescape(refused.body());
        assertThat(body).contains("role=\"alert\"", "Niet opgeslagen",
                "Het budget van actie 1 bij doel 1 noemt een bedrag of een tijd die niet kan kloppen",
                "De leervorm van actie 2 bij doel 1 ('ONLINE') kent Koers niet",
                "Koers kan de einddatum van actie 2 bij doel 1 niet lezen: 'binnenkort'",
                "Bij actie 3 bij doel 1 (nieuw) ontbreekt de omschrijving",
                "De tekst bij de ondersteuning bij doel 1 is te lang: hoogstens 4000 tekens, je gaf er 4004.",
                "De datum van voortgangsgesprek 1 (3000-01-01) kan niet kloppen");
        Map<String, String> kept = FormFields.of(refused.body(), "goal0.description");
        assertThat(kept.get("goal0.support")).as("the too long text as typed").isEqualTo(tooLong);
        assertThat(kept).containsEntry("goal0.place", "Utrecht")
                .containsEntry("goal0.action1.deadline", "binnenkort").containsEntry("goal0.action2.resources", "€ 200")
                .containsEntry("reviews", "3000-01-01");
        assertThat(refused.body()).as("the rows that add actions open where something was typed")
                .contains("<details class=\"new-actions\" open=\"open\">");
        assertThat(sanne.pop(id).read("$.goals[0].place", String.class)).isEqualTo("ROC Midden");
    }

    static List<Arguments> malformedPosts() {
        return List.of(Arguments.of("nothing but the token", Map.of(), "mist zijn versienummer"),
                Arguments.of("an unknown learning form", Map.of("goal0.description", "Doel", "goal0.action0.description",
                        "actie", "goal0.action0.learningForm", "<script>"), "kent Koers niet"),
                Arguments.of("a date that does not exist", Map.of("goal0.description", "Doel", "goal0.deadline",
                        "2027-02-30"), "Koers kan de einddatum van doel 1 niet lezen"),
                Arguments.of("a year no POP holds", Map.of("goal0.description", "Doel", "goal0.action0.description",
                        "actie", "goal0.action0.deadline", "+999999999-12-31"), "De datum van actie 1 bij doel 1"),
                Arguments.of("more hours than a POP holds", Map.of("goal0.description", "Doel", "goal0.resources",
                        "200.000 uur"), "Het budget van doel 1 noemt een bedrag of een tijd die niet kan kloppen"),
                Arguments.of("too many lines", Map.of("openPoints", "punt\n".repeat(60)),
                        "Bij de open punten passen hoogstens 50 regels; je gaf er 60."),
                Arguments.of("a goal id made up", Map.of("goal0.id", "x".repeat(500), "goal0.description",
                        "x".repeat(4001)), "De tekst bij de omschrijving van doel 1 is te lang"),
                Arguments.of("a version that is no number", Map.of("version", "twee", "role", "Planner"),
                        "mist zijn versienummer"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformedPosts")
    void aMalformedPostIsADutchMessageOnThePageNeverAnError(String what, Map<String, String> sent, String message) {
        var sanne = new ConversationClient(port, "medewerker");
        String id = popWithAGoal(sanne);
        KoersHttp browser = signedIn("medewerker");
        String form = browser.get(page(id) + EDIT).body();
        Map<String, String> fields = new java.util.HashMap<>(sent);
        fields.put("_csrf", KoersHttp.csrfToken(form));
        if (!what.contains("version") && !what.contains("nothing")) {
            fields.put("version", FormFields.of(form, "version").get("version"));
        }

        HttpResponse<String> refused = browser.postForm(page(id) + EDIT, fields);

        assertThat(refused.statusCode()).as(what).isEqualTo(200);
        assertThat(HtmlUtils.htmlUnescape(refused.body())).contains("role=\"alert\"", message);
        assertThat(sanne.pop(id).read("$.goals[0].description", String.class)).isEqualTo("Zelfstandig inkopen");
    }

    /** A one-on-one with its akkoord and a progress review: an edit on the page keeps who said what and the progress. */
    @Test
    void anEditKeepsWhoSaidWhatAndTheProgressAndAsksForAkkoordAgain() {
        var fatima = new ConversationClient(port, "leidinggevende");
        var sanne = new ConversationClient(port, "medewerker");
        String id = fatima.start("GESPREK", "medewerker").read("$.id");
        fatima.say(id, "Planner");
        fatima.say(id, "stop");
        DocumentContext pop = fatima.pop(id);
        pop.set("$.goals", List.of(Map.of("description", "Zelfstandig inkopen", "deadline", "2027-06-01", "actions",
                List.of(Map.of("description", "cursus inkoopbasis")))));
        assertThat(fatima.send("PUT", "/api/conversations/" + id + "/pop", pop.jsonString(), "Content-Type",
                "application/json").statusCode()).isEqualTo(200);
        String review = fatima.start("VOORTGANG", null, id).read("$.id");
        fatima.say(review, "Het loopt achter, we moeten het later plannen");
        fatima.say(review, "De eerste inkoopronde ging goed");
        fatima.say(review, "Tweede ronde samen met de inkoper");
        fatima.say(review, "1 september 2027");
        assertThat(sanne.send("POST", "/api/conversations/" + id + "/pop/accept", "").statusCode()).isEqualTo(200);
        DocumentContext before = sanne.pop(id);
        Map<String, Object> attribution = before.read("$.attribution");
        List<Object> progress = before.read("$.progress");
        assertThat(attribution).containsKey("role");
        assertThat(progress).hasSize(1);

        KoersHttp browser = signedIn("medewerker");
        Map<String, String> fields = FormFields.of(browser.get(page(id) + EDIT).body(), "goal0.description");
        fields.put("goal0.action0.learningForm", "FORMEEL");
        fields.put("goal0.action0.resources", "€ 650");
        assertThat(browser.postForm(page(id) + EDIT, fields).statusCode()).isEqualTo(302);

        DocumentContext after = sanne.pop(id);
        assertThat(after.read("$.attribution", Map.class)).isEqualTo(attribution);
        assertThat(after.read("$.progress", List.class)).isEqualTo(progress);
        assertThat(after.read("$.goals[0].id", String.class)).isEqualTo("doel-1");
        assertThat(after.read("$.goals[0].deadline", String.class)).isEqualTo("2027-09-01");
        assertThat(after.read("$.goals[0].actions[0].learningForm", String.class)).isEqualTo("FORMEEL");
        assertThat(before.read("$.acceptance.employee", String.class)).isNotNull();
        assertThat(after.read("$.acceptance", Object.class)).as("an edit asks for akkoord again").isNull();
    }
}
