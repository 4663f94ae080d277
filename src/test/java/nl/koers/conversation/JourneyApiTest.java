package nl.koers.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;

import nl.koers.KoersIntegrationTest;
import nl.koers.accounts.KoersUser;
import nl.koers.accounts.Role;
import nl.koers.accounts.UserRepository;

/**
 * The journey over the API, with people of their own: the employee prepares and shares, the leader prepares too
 * (privately), the one-on-one starts from the preparation with the agenda of both, who said what is recorded per
 * message, both say akkoord, and a progress review writes into the POP; the team overview shows where things stand.
 */
@KoersIntegrationTest
class JourneyApiTest {

    /** What the employee answers when preparing, per question. */
    static final Map<String, String> EMPLOYEE = Map.ofEntries(Map.entry("rol", "Ik ben planner bij de logistiek"),
            Map.entry("energie", "Puzzelen met lastige ritten"), Map.entry("talenten", "plannen, overzicht houden"),
            Map.entry("ambitie.kort", "Zelf de inkoop van de regio doen"),
            Map.entry("ambitie.lang", "Teamleider planning worden"), Map.entry("wensen", "Beter leren onderhandelen"),
            Map.entry("organisatie", "Er komt een nieuw planningssysteem"), Map.entry("richting.diepte", "verbreden"),
            Map.entry("richting.plek", "binnen mijn huidige functie"), Map.entry("mogelijkheden", "Meelopen met de inkoper"),
            Map.entry("belemmeringen", "Weinig tijd door de drukte"),
            Map.entry("doel.beschrijving", "Zelfstandig de inkoop voor de regio doen"),
            Map.entry("doel.maatstaf", "Drie inkooprondes zonder hulp"), Map.entry("doel.deadline", "1 juni 2027"),
            Map.entry("doel.acties", "meelopen met de inkoper en een cursus onderhandelen"),
            Map.entry("doel.plaats", "op de eigen afdeling"), Map.entry("doel.middelen", "€ 800 en twee dagen"),
            Map.entry("doel.ondersteuning", "Mijn leidinggevende als coach"),
            Map.entry("doel.eigen_inzet", "Ik lees me in over inkoop"), Map.entry("doel.nog_een", "nee"),
            Map.entry("voortgang", "elk kwartaal"), Map.entry("open_punten", "geen"));

    /** What the leader answers when preparing about the employee: some the same, some not. */
    static final Map<String, String> LEADER = Map.ofEntries(Map.entry("rol", "Planner, sterk in de drukke ochtenden"),
            Map.entry("talenten", "plannen, rust bewaren"), Map.entry("richting.diepte", "verdiepen"),
            Map.entry("richting.plek", "binnen de huidige functie"),
            Map.entry("organisatie", "Het nieuwe planningssysteem vraagt een sleutelgebruiker"),
            Map.entry("doel.beschrijving", "Sleutelgebruiker van het nieuwe planningssysteem worden"),
            Map.entry("doel.maatstaf", "Collega's kunnen bij haar terecht"), Map.entry("doel.deadline", "1 maart 2027"),
            Map.entry("doel.acties", "de training van de leverancier volgen"), Map.entry("doel.middelen", "€ 500"),
            Map.entry("doel.nog_een", "nee"), Map.entry("voortgang", "elk kwartaal"));

    @LocalServerPort
    int port;

    @Autowired
    UserRepository users;

    @Autowired
    PasswordEncoder passwords;

    KoersUser employee;
    KoersUser leader;
    KoersUser colleague;
    ConversationClient lotte;
    ConversationClient ahmed;

    @BeforeEach
    void people() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String hash = passwords.encode("koers");
        leader = users.create("jr-leider-" + run, "Ahmed Bakker", Role.LEIDINGGEVENDE, hash);
        employee = users.create("jr-mw-" + run, "Lotte Visser", Role.MEDEWERKER, hash);
        colleague = users.create("jr-mw2-" + run, "Bram Smit", Role.MEDEWERKER, hash);
        long team = users.createTeam("Team Ahmed " + run, leader.id()).id();
        users.joinTeam(employee.id(), team);
        users.joinTeam(colleague.id(), team);
        lotte = new ConversationClient(port, employee.username());
        ahmed = new ConversationClient(port, leader.username());
    }

    @Test
    void theLeadersOwnPreparationIsTheLeadersAlone() {
        DocumentContext prepared = ahmed.start("VOORBEREIDING", employee.username());
        String id = prepared.read("$.id");

        assertThat(prepared.read("$.employee", String.class)).isEqualTo(employee.username());
        assertThat(prepared.read("$.manager", String.class)).isEqualTo(leader.username());
        assertThat(prepared.read("$.byLeader", Boolean.class)).isTrue();
        assertThat(prepared.read("$.messages[0].text", String.class)).startsWith("Hoi Ahmed!").contains("Lotte")
                .as("the leader is told the agenda is seen by both").contains("agenda");
        assertThat(prepared.read("$.pop.employee", String.class)).isEqualTo("Lotte Visser");

        for (var other : List.of(lotte, new ConversationClient(port, colleague.username()),
                new ConversationClient(port, "hr"), new ConversationClient(port, "leidinggevende"))) {
            assertThat(other.get("/api/conversations/" + id).statusCode()).isEqualTo(404);
            assertThat(other.get("/api/conversations/" + id + "/pop").statusCode()).isEqualTo(404);
            assertThat(other.get("/api/conversations").body()).doesNotContain(id);
        }
        HttpResponse<String> share = ahmed.send("POST", "/api/conversations/" + id + "/share", "");
        assertThat(share.statusCode()).isEqualTo(400);
        assertThat(share.body()).contains("blijft van jou alleen");

        HttpResponse<String> employeeTries = lotte.startRaw("{\"type\":\"VOORBEREIDING\",\"employee\":\""
                + colleague.username() + "\"}");
        assertThat(employeeTries.statusCode()).isEqualTo(403);
        HttpResponse<String> notInTeam = ahmed.startRaw("{\"type\":\"VOORBEREIDING\",\"employee\":\"medewerker\"}");
        assertThat(notInTeam.statusCode()).isEqualTo(400);
        assertThat(notInTeam.body()).contains("zit niet in jouw team");
    }

    @Test
    void theOneOnOneStartsFromThePreparationWithTheAgendaOfBoth() {
        String preparation = prepareAndShare();
        String own = ahmed.start("VOORBEREIDING", employee.username()).read("$.id");
        play(ahmed, own, LEADER);

        DocumentContext started = ahmed.start("GESPREK", employee.username());
        String id = started.read("$.id");

        assertThat(started.read("$.preparation.id", String.class)).isEqualTo(preparation);
        assertThat(started.read("$.preparation.sharedAt", String.class)).isNotNull();
        String opening = started.read("$.messages[0].text");
        assertThat(opening).contains("Lotte deelde op").contains("| Onderwerp | Lotte | Ahmed |")
                .endsWith("Lotte schreef bij het werk nu: ‘Ik ben planner bij de logistiek’. Ahmed, herken je dat? Zeg"
                        + " 'klopt', of vul aan of pas aan wat er moet staan.");
        assertThat(started.read("$.expecting.confirm", Boolean.class)).isTrue();
        DocumentContext pop = ahmed.pop(id);
        assertThat(pop.read("$.role", String.class)).isEqualTo("Ik ben planner bij de logistiek");
        assertThat(pop.read("$.goals[0].description", String.class)).isEqualTo("Zelfstandig de inkoop voor de regio doen");
        assertThat(pop.read("$.goals[0].id", String.class)).isEqualTo("doel-1");
        assertThat(pop.read("$.manager", String.class)).isEqualTo("Ahmed Bakker");
        assertThat(pop.read("$.attribution", Map.class)).isEmpty();

        for (ConversationClient person : List.of(ahmed, lotte)) {
            HttpResponse<String> agendaResponse = person.get("/api/conversations/" + id + "/agenda");
            assertThat(agendaResponse.statusCode()).isEqualTo(200);
            DocumentContext agenda = JsonPath.parse(agendaResponse.body());
            assertThat(agenda.read("$[?(@.field == 'talenten')].employee", List.class))
                    .containsExactly("plannen, overzicht houden");
            assertThat(agenda.read("$[?(@.field == 'talenten')].leader", List.class)).containsExactly("plannen, rust bewaren");
            assertThat(agenda.read("$[?(@.field == 'richting.diepte')].leader", List.class))
                    .containsExactly("Verdiepen in het vak");
            assertThat(agenda.read("$[*].field", List.class)).as("the same scope is no point").doesNotContain("richting.plek")
                    .contains("rol", "doel.deadline", "doel.middelen", "energie");
            assertThat(agenda.read("$[?(@.field == 'energie')].leader", List.class)).as("only the employee answered")
                    .containsExactly((Object) null);
            assertThat(agenda.read("$[?(@.field == 'doel.deadline')].topic", List.class))
                    .containsExactly("Doel 1: de deadline");
        }
        assertThat(new ConversationClient(port, colleague.username()).get("/api/conversations/" + id + "/agenda")
                .statusCode()).isEqualTo(404);

        assertThat(ahmed.replyTo(id, "klopt")).startsWith("Dan houden we dat zo.")
                .contains("Lotte schreef bij waar energie van komt");
        assertThat(ahmed.pop(id).read("$.role", String.class)).isEqualTo("Ik ben planner bij de logistiek");
        ahmed.say(id, "ja");
        DocumentContext talents = JsonPath.parse(ahmed.sayAsRaw(id, "ja, en ook rust bewaren", employee.username()).body());
        assertThat(talents.read("$.phase", String.class)).isEqualTo("INVENTARISATIE");
        pop = ahmed.pop(id);
        assertThat(pop.read("$.talents", List.class)).containsExactly("plannen", "overzicht houden", "rust bewaren");
        assertThat(pop.read("$.attribution.talents", String.class)).as("the speaker, not the one who typed")
                .isEqualTo("Lotte Visser");
        assertThat(pop.read("$.attribution.role", String.class)).as("confirmed: the employee's own words")
                .isEqualTo("Lotte Visser");
        DocumentContext messages = ahmed.conversation(id);
        assertThat(messages.read("$.messages[-2].author", String.class)).isEqualTo(leader.username());
        assertThat(messages.read("$.messages[-2].speaker", String.class)).isEqualTo(employee.username());
        assertThat(messages.read("$.messages[-4].speaker", String.class)).as("by default the author")
                .isEqualTo(leader.username());
        assertThat(messages.read("$.messages[-1].author", String.class)).isNull();

        for (String stranger : List.of(colleague.username(), "hr", "leidinggevende")) {
            HttpResponse<String> refused = ahmed.sayAsRaw(id, "klopt", stranger);
            assertThat(refused.statusCode()).isEqualTo(400);
            assertThat(refused.body()).contains("neemt niet deel").contains("Lotte Visser of Ahmed Bakker");
        }
        assertThat(ahmed.conversation(id).read("$.messages.length()", Integer.class))
                .as("a refused speaker stores nothing").isEqualTo(messages.read("$.messages.length()", Integer.class));
    }

    @Test
    void whoSaidWhatCannotBeRewrittenAndAReviewWritesProgressIntoThePop() {
        prepareAndShare();
        String id = ahmed.start("GESPREK", employee.username()).read("$.id");
        play(ahmed, id, Map.of());
        assertThat(ahmed.conversation(id).read("$.phase", String.class)).isEqualTo("AFGEROND");
        assertThat(lotte.send("POST", "/api/conversations/" + id + "/pop/accept", "").statusCode()).isEqualTo(200);
        assertThat(ahmed.send("POST", "/api/conversations/" + id + "/pop/accept", "").statusCode()).isEqualTo(200);

        DocumentContext pop = lotte.pop(id);
        Map<String, Object> attribution = pop.read("$.attribution");
        String edited = pop.jsonString().replace("\"attribution\":{", "\"attribution\":{\"wishes\":\"Bram Smit\",");
        HttpResponse<String> put = lotte.send("PUT", "/api/conversations/" + id + "/pop", edited,
                "Content-Type", "application/json");
        assertThat(put.statusCode()).as(put.body()).isEqualTo(200);
        assertThat(JsonPath.parse(put.body()).read("$.attribution", Map.class)).isEqualTo(attribution);
        assertThat(JsonPath.parse(put.body()).read("$.goals[0].id", String.class)).isEqualTo("doel-1");
        lotte.send("POST", "/api/conversations/" + id + "/pop/accept", "");
        ahmed.send("POST", "/api/conversations/" + id + "/pop/accept", "");

        DocumentContext review = lotte.start("VOORTGANG", null, id);
        String reviewId = review.read("$.id");
        assertThat(review.read("$.phase", String.class)).isEqualTo("VOORTGANG");
        assertThat(review.read("$.reviewOf", String.class)).isEqualTo(id);
        assertThat(review.read("$.expecting.field", String.class)).isEqualTo("voortgang.status");
        assertThat(review.read("$.expecting.choices[*].value", List.class)).containsExactly("OP_SCHEMA", "AFGEROND",
                "BIJGESTELD", "GESTOPT");
        assertThat(review.read("$.messages[0].text", String.class)).contains("Doel 1 van 1:")
                .contains("Zelfstandig de inkoop voor de regio doen").contains("1 juni 2027");
        assertThat(ahmed.get("/api/conversations/" + reviewId).statusCode()).as("the current leader").isEqualTo(200);
        for (String other : List.of(colleague.username(), "hr", "leidinggevende")) {
            assertThat(new ConversationClient(port, other).get("/api/conversations/" + reviewId).statusCode())
                    .isEqualTo(404);
        }

        assertThat(lotte.replyTo(reviewId, "Het loopt achter, we moeten het later plannen")).contains("Wat ging er goed?");
        assertThat(lotte.replyTo(reviewId, "De eerste inkoopronde ging goed")).as("what got in the way was said")
                .contains("Wat is de volgende stap");
        assertThat(ahmed.replyTo(reviewId, "Tweede ronde samen met de inkoper")).contains("nieuwe deadline");
        DocumentContext done = ahmed.say(reviewId, "1 september 2027");
        assertThat(done.read("$.phase", String.class)).isEqualTo("AFGEROND");
        assertThat(done.read("$.reply.text", String.class)).contains("De deadline is nu 1 september 2027 (was 1 juni 2027)")
                .contains("Dat waren alle doelen");

        DocumentContext reviewed = lotte.pop(id);
        assertThat(reviewed.read("$.progress[0].goal", String.class)).isEqualTo("doel-1");
        assertThat(reviewed.read("$.progress[0].status", String.class)).isEqualTo("BIJGESTELD");
        assertThat(reviewed.read("$.progress[0].date", String.class)).isEqualTo("2026-11-23");
        assertThat(reviewed.read("$.progress[0].note", String.class)).isEqualTo("De eerste inkoopronde ging goed");
        assertThat(reviewed.read("$.progress[0].obstacles", String.class))
                .isEqualTo("Het loopt achter, we moeten het later plannen");
        assertThat(reviewed.read("$.progress[0].nextStep", String.class)).isEqualTo("Tweede ronde samen met de inkoper");
        assertThat(reviewed.read("$.progress[0].deadline", String.class)).isEqualTo("2027-09-01");
        assertThat(reviewed.read("$.progress[0].previousDeadline", String.class)).isEqualTo("2027-06-01");
        assertThat(reviewed.read("$.goals[0].deadline", String.class)).as("edited in place").isEqualTo("2027-09-01");
        assertThat(reviewed.read("$.acceptance.employee", String.class)).as("progress keeps the akkoord").isNotNull();
        assertThat(lotte.get("/api/conversations/" + id + "/pop", "Accept", "text/markdown").body())
                .contains("Voortgang").contains("Bijgesteld").contains("Tweede ronde samen met de inkoper");

        String withProgress = reviewed.jsonString().replace("\"status\":\"BIJGESTELD\"", "\"status\":\"AFGEROND\"");
        HttpResponse<String> rewrite = lotte.send("PUT", "/api/conversations/" + id + "/pop", withProgress,
                "Content-Type", "application/json");
        assertThat(JsonPath.parse(rewrite.body()).read("$.progress[0].status", String.class))
                .as("progress is read-only through PUT").isEqualTo("BIJGESTELD");

        assertThat(new ConversationClient(port, colleague.username()).startRaw(
                "{\"type\":\"VOORTGANG\",\"pop\":\"" + id + "\"}").statusCode()).isEqualTo(404);
        assertThat(lotte.startRaw("{\"type\":\"VOORTGANG\"}").statusCode()).isEqualTo(400);
        assertThat(lotte.startRaw("{\"type\":\"VOORTGANG\",\"pop\":\"geen-id\"}").statusCode()).isEqualTo(400);
        String leadersOwn = ahmed.start("VOORBEREIDING", employee.username()).read("$.id");
        assertThat(ahmed.startRaw("{\"type\":\"VOORTGANG\",\"pop\":\"" + leadersOwn + "\"}").statusCode()).isEqualTo(400);
    }

    @Test
    void theTeamAtAGlanceShowsEachPersonsPlanToTheirLeaderOnly() {
        String preparation = prepareAndShare();
        DocumentContext before = JsonPath.parse(ahmed.get("/api/team").body());
        assertThat(before.read("$[*].employee", List.class)).containsExactlyInAnyOrder(employee.username(),
                colleague.username());
        assertThat(before.read("$[?(@.employee == '" + employee.username() + "')].sharedPreparation.id", List.class))
                .containsExactly(preparation);
        assertThat(before.read("$[?(@.employee == '" + colleague.username() + "')].pop", List.class))
                .containsExactly((Object) null);

        String id = ahmed.start("GESPREK", employee.username()).read("$.id");
        play(ahmed, id, Map.of());
        lotte.send("POST", "/api/conversations/" + id + "/pop/accept", "");

        DocumentContext team = JsonPath.parse(ahmed.get("/api/team").body());
        String mine = "$[?(@.employee == '" + employee.username() + "')]";
        assertThat(team.read(mine + ".name", List.class)).containsExactly("Lotte Visser");
        assertThat(team.read(mine + ".pop.conversation", List.class)).containsExactly(id);
        assertThat(team.read(mine + ".pop.acceptedByEmployee", List.class)).containsExactly(true);
        assertThat(team.read(mine + ".pop.acceptedByLeader", List.class)).containsExactly(false);
        assertThat(team.read(mine + ".pop.goals", List.class)).containsExactly(1);
        assertThat(team.read(mine + ".pop.openActions", List.class)).containsExactly(2);
        assertThat(team.read(mine + ".pop.nextReview", List.class)).containsExactly("2027-02-23");
        assertThat(team.read(mine + ".pop.overdue", List.class)).containsExactly(false);
        assertThat(team.read(mine + ".sharedPreparation", List.class)).as("the one-on-one was held")
                .containsExactly((Object) null);
        assertThat(ahmed.get("/api/team").body()).doesNotContain("inkoop").doesNotContain("planner");

        assertThat(lotte.get("/api/team").statusCode()).isEqualTo(403);
        assertThat(new ConversationClient(port, "hr").get("/api/team").statusCode()).isEqualTo(403);
        assertThat(JsonPath.parse(new ConversationClient(port, "leidinggevende").get("/api/team").body())
                .read("$[*].employee", List.class)).doesNotContain(employee.username());
    }

    @Test
    void refusalsSayWhatIsWrongInDutch() {
        String gesprek = ahmed.start("GESPREK", employee.username()).read("$.id");
        HttpResponse<String> reverse = lotte.sayAsRaw(gesprek, "Ik vind dat Lotte meer mag", leader.username());
        assertThat(reverse.statusCode()).as("the employee does not speak for the leader").isEqualTo(400);
        assertThat(reverse.body()).contains("Je kunt alleen je eigen antwoord sturen");

        HttpResponse<String> noGoals = lotte.startRaw("{\"type\":\"VOORTGANG\",\"pop\":\"" + gesprek + "\"}");
        assertThat(noGoals.statusCode()).isEqualTo(400);
        assertThat(noGoals.body()).contains("geen doelen");

        play(ahmed, gesprek, EMPLOYEE);
        String review = lotte.start("VOORTGANG", null, gesprek).read("$.id");
        HttpResponse<String> ofAReview = lotte.startRaw("{\"type\":\"VOORTGANG\",\"pop\":\"" + review + "\"}");
        assertThat(ofAReview.statusCode()).isEqualTo(400);
        assertThat(ofAReview.body()).contains("Dit is zelf een voortgangsgesprek");
        HttpResponse<String> share = lotte.send("POST", "/api/conversations/" + review + "/share", "");
        assertThat(share.statusCode()).isEqualTo(400);
        assertThat(share.body()).contains("Een voortgangsgesprek zien jullie allebei al");

        DocumentContext pop = lotte.pop(gesprek);
        Map<String, Object> attribution = pop.read("$.attribution");
        assertThat(attribution).containsKey("goals[0].measure");
        String withoutAttribution = pop.jsonString().replaceFirst("\"attribution\":\\{[^}]*},", "");
        HttpResponse<String> put = lotte.send("PUT", "/api/conversations/" + gesprek + "/pop", withoutAttribution,
                "Content-Type", "application/json");
        assertThat(put.statusCode()).as("attribution is read-only, so it may be left out").isEqualTo(200);
        assertThat(JsonPath.parse(put.body()).read("$.attribution", Map.class)).isEqualTo(attribution);
    }

    /** The employee prepares with {@link #EMPLOYEE} and shares it with the leader. */
    private String prepareAndShare() {
        String id = lotte.start("VOORBEREIDING", null).read("$.id");
        play(lotte, id, EMPLOYEE);
        assertThat(lotte.send("POST", "/api/conversations/" + id + "/share", "").statusCode()).isEqualTo(204);
        return id;
    }

    /**
     * Answers every question until the conversation ends: from {@code answers} by field, "klopt" to what a
     * preparation brought, and something sensible to the questions in between.
     */
    static void play(ConversationClient client, String id, Map<String, String> answers) {
        DocumentContext conversation = client.conversation(id);
        for (int turn = 0; turn < 80; turn++) {
            Map<String, Object> expecting = conversation.read("$.expecting");
            if (expecting == null) {
                return;
            }
            String field = (String) expecting.get("field");
            String answer = Boolean.TRUE.equals(expecting.get("confirm")) ? "klopt" : answers.getOrDefault(field,
                    switch (field) {
                        case "samenvatting", "doel.nog_een", "actie.extra" -> "nee";
                        case "actie.leervorm" -> "in het werk";
                        case "doel.deadline" -> "1 juni 2027";
                        case "doel.beschrijving" -> "Zelfstandig de inkoop voor de regio doen";
                        case "doel.maatstaf" -> "Drie inkooprondes zonder hulp";
                        case "voortgang" -> "elk kwartaal";
                        case "richting.diepte" -> "verbreden";
                        case "richting.plek" -> "binnen mijn functie";
                        default -> "overslaan";
                    });
            client.say(id, answer);
            conversation = client.conversation(id);
        }
        throw new AssertionError("the conversation did not end in 80 turns");
    }
}
