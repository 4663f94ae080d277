package nl.koers.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;

import nl.koers.FixedClockConfiguration;
import nl.koers.KoersIntegrationTest;

/** Complete guided conversations through the HTTP API, one per conversation type, asserting the POP. */
@KoersIntegrationTest
class GuidedConversationTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aGuidedTurnWaitsWhileATurnWithTheModelHoldsTheConversationAndGoesOnWhenItsLockHasExpired() {
        var sanne = new ConversationClient(port, "medewerker");
        String id = sanne.start("VOORBEREIDING", null).read("$.id");
        holdForTheModelUntil(id, FixedClockConfiguration.NOW.plusSeconds(60));

        HttpResponse<String> refused = sanne.sayRaw(id, "Ik ben planner");
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(JsonPath.<String>read(refused.body(), "$.detail")).contains("nog bezig met je vorige bericht");
        assertThat(sanne.conversation(id).read("$.messages", List.class)).as("nothing of it is stored").hasSize(1);

        holdForTheModelUntil(id, FixedClockConfiguration.NOW.minusSeconds(1));
        assertThat(sanne.sayRaw(id, "Ik ben planner").statusCode()).isEqualTo(200);
        assertThat(sanne.conversation(id).read("$.messages[*].role", List.class))
                .containsExactly("assistant", "user", "assistant");
    }

    /** As another instance's turn with the model does: the turn lock in the conversation's row. */
    private void holdForTheModelUntil(String id, Instant until) {
        jdbc.sql("UPDATE conversation SET turn_lock = 'elders', turn_expires = :until WHERE id = :id")
                .param("until", OffsetDateTime.ofInstant(until, ZoneOffset.UTC))
                .param("id", UUID.fromString(id))
                .update();
    }

    @Test
    void everyConversationAndEveryReplySaysWhatKoersExpectsNext() {
        var sanne = new ConversationClient(port, "medewerker");
        DocumentContext started = sanne.start("VOORBEREIDING", null);
        String id = started.read("$.id");
        assertThat(started.read("$.expecting", Map.class)).isEqualTo(Map.of("field", "rol", "kind", "TEXT"));

        DocumentContext phaseTwo = sanne.say(id, "volgende fase");

        assertThat(phaseTwo.read("$.expecting.field", String.class)).isEqualTo("richting.diepte");
        assertThat(phaseTwo.read("$.expecting.kind", String.class)).isEqualTo("CHOICE");
        assertThat(phaseTwo.read("$.expecting.choices[*].value", List.class)).containsExactly("VERDIEPEN", "VERBREDEN",
                "BEIDE");
        String label = phaseTwo.read("$.expecting.choices[1].label", String.class);
        DocumentContext chosen = sanne.say(id, label);
        assertThat(sanne.pop(id).read("$.direction.depth", String.class)).as("a quick reply with the label is understood")
                .isEqualTo("VERBREDEN");
        assertThat(chosen.read("$.expecting.field", String.class)).isEqualTo("richting.plek");
        assertThat(sanne.conversation(id).read("$.expecting.field", String.class)).isEqualTo("richting.plek");

        DocumentContext stopped = sanne.say(id, "stop");
        assertThat(stopped.read("$.expecting", Object.class)).as("nothing is open after the end").isNull();
        assertThat(stopped.jsonString()).contains("\"expecting\":null");
    }

    @Test
    void aQuestionToTheKnowledgeBaseExpectsNothingInParticular() {
        var hr = new ConversationClient(port, "hr");
        DocumentContext started = hr.start("VRAAG", null);

        assertThat(started.read("$.expecting", Object.class)).isNull();
        assertThat(hr.say(started.read("$.id"), "Wat is SLIM?").read("$.expecting", Object.class)).isNull();
    }

    @Test
    void anEmployeePreparesAndEndsWithACompletePop() {
        var sanne = new ConversationClient(port, "medewerker");
        DocumentContext started = sanne.start("VOORBEREIDING", null);
        String id = started.read("$.id");
        assertThat(started.read("$.phase", String.class)).isEqualTo("INVENTARISATIE");
        assertThat(started.read("$.mode", String.class)).isEqualTo("guided");
        assertThat(started.read("$.messages[0].text", String.class)).startsWith("Hoi Sanne!")
                .endsWith("Wat is je functie nu, en welk deel van je werk doe je het liefst?");

        List<String> answers = List.of(
                "Planner bij een transportbedrijf; het liefst los ik puzzels op in de planning.",
                "Als een lastige rit toch rond komt.",
                "plannen, klantcontact en overzicht houden",
                "Zelfstandig de inkoop voor mijn eigen ritten doen",
                "Teamleider planning",
                "Ik wil meer leren over inkoop",
                "Meer verantwoordelijkheid en nieuwe planners inwerken",
                "verbreden, richting inkoop",
                "een andere rol in het bedrijf",
                "Meelopen bij inkoop en een project met de inkoper",
                "Weinig tijd in de drukke maanden",
                "ja",
                "Ik wil zelfstandig een inkooporder kunnen plaatsen",
                "Ik plaats drie orders zonder hulp",
                "eind maart 2027",
                "meelopen met de inkoper, een cursus inkoopbasis en af en toe sparren met de inkoopmanager",
                "op de inkoopafdeling",
                "€ 650 voor de cursus en twee dagen",
                "de inkoopmanager als mentor",
                "Ik plan elke week een uur",
                "ja",
                "Klantgesprekken beter voeren",
                "overslaan",
                "voor de zomer",
                "een training gesprekstechniek",
                "extern",
                "€ 400",
                "feedback van mijn leidinggevende",
                "oefenen in echte gesprekken");
        for (String answer : answers) {
            sanne.say(id, answer);
        }
        assertThat(sanne.replyTo(id, "Klanten geven minstens een 8")).as("after the SMART follow-up")
                .isEqualTo("Wil je nog een doel toevoegen?");
        sanne.say(id, "nee");
        sanne.say(id, "elk kwartaal");
        DocumentContext last = sanne.say(id, "Kan ik de cursus onder werktijd volgen?");

        assertThat(last.read("$.phase", String.class)).isEqualTo("AFGEROND");
        assertThat(last.read("$.reply.text", String.class)).startsWith("Klaar! Het concept van de POP staat klaar met 2 doelen en 4 acties.");

        DocumentContext pop = sanne.pop(id);
        assertThat(pop.read("$.employee", String.class)).isEqualTo("Sanne de Vries");
        assertThat(pop.read("$.manager", String.class)).isEqualTo("Fatima El Amrani");
        assertThat(pop.read("$.date", String.class)).isEqualTo("2026-11-23");
        assertThat(pop.read("$.role", String.class)).startsWith("Planner bij een transportbedrijf");
        assertThat(pop.read("$.talents", List.class)).containsExactly("plannen", "klantcontact", "overzicht houden");
        assertThat(pop.read("$.ambitions.shortTerm", String.class)).isEqualTo("Zelfstandig de inkoop voor mijn eigen ritten doen");
        assertThat(pop.read("$.ambitions.longTerm", String.class)).isEqualTo("Teamleider planning");
        assertThat(pop.read("$.organisationWishes", String.class)).contains("planners inwerken");
        assertThat(pop.read("$.direction.depth", String.class)).isEqualTo("VERBREDEN");
        assertThat(pop.read("$.direction.scope", String.class)).isEqualTo("ANDERE_FUNCTIE");
        assertThat(pop.read("$.obstacles", String.class)).isEqualTo("Weinig tijd in de drukke maanden");

        assertThat(pop.read("$.goals[0].description", String.class)).isEqualTo("Zelfstandig een inkooporder kunnen plaatsen");
        assertThat(pop.read("$.goals[0].measure", String.class)).isEqualTo("Ik plaats drie orders zonder hulp");
        assertThat(pop.read("$.goals[0].deadline", String.class)).isEqualTo("2027-03-31");
        assertThat(pop.read("$.goals[0].actions[*].description", List.class)).containsExactly(
                "Meelopen met de inkoper", "Een cursus inkoopbasis", "Af en toe sparren met de inkoopmanager");
        assertThat(pop.read("$.goals[0].actions[*].learningForm", List.class)).containsExactly("WERKPLEK", "FORMEEL", "SOCIAAL");
        assertThat(pop.read("$.goals[0].actions[*].deadline", List.class)).containsOnly("2027-03-31");
        assertThat(pop.read("$.goals[0].place", String.class)).isEqualTo("op de inkoopafdeling");
        assertThat(pop.read("$.goals[0].support", String.class)).isEqualTo("de inkoopmanager als mentor");
        assertThat(pop.read("$.goals[0].actions[*].place", List.class)).as("said once, on the goal").isEmpty();
        assertThat(pop.read("$.goals[0].resources", Object.class)).as("'voor de cursus': the course's alone").isNull();
        assertThat(pop.read("$.goals[0].actions[1].resources.euros", Double.class)).isEqualTo(650.0);
        assertThat(pop.read("$.goals[0].actions[1].resources.days", Double.class)).as("two days stay days").isEqualTo(2.0);
        assertThat(pop.read("$.goals[0].actions[1].resources.hours", Double.class)).isNull();
        assertThat(pop.read("$.goals[0].actions[1].resources", Map.class)).as("only the contract's fields")
                .containsOnlyKeys("euros", "hours", "days", "per", "text");

        assertThat(pop.read("$.goals[1].description", String.class)).isEqualTo("Klantgesprekken beter voeren");
        assertThat(pop.read("$.goals[1].measure", String.class)).isEqualTo("Klanten geven minstens een 8");
        assertThat(pop.read("$.goals[1].deadline", String.class)).isEqualTo("2027-06-30");
        assertThat(pop.read("$.goals[1].actions[0].learningForm", String.class)).isEqualTo("FORMEEL");
        assertThat(pop.read("$.goals[1].resources.euros", Double.class)).isEqualTo(400.0);

        assertThat(pop.read("$.reviews", List.class)).as("a quarter apart, the first a quarter from today, on weekdays")
                .containsExactly("2027-02-23", "2027-05-24", "2027-08-23", "2027-11-23");
        assertThat(pop.read("$.funding", List.class)).isNotEmpty();
        assertThat(pop.read("$.openPoints", List.class)).containsExactly("Kan ik de cursus onder werktijd volgen?");
        assertThat(pop.read("$.checks", List.class)).isEmpty();

        DocumentContext conversation = sanne.conversation(id);
        List<String> roles = conversation.read("$.messages[*].role");
        assertThat(roles).hasSize(1 + 2 * (answers.size() + 4));
        for (int i = 1; i < roles.size(); i++) {
            assertThat(roles.get(i)).isEqualTo(i % 2 == 1 ? "user" : "assistant");
        }
        assertThat(conversation.read("$.phase", String.class)).isEqualTo("AFGEROND");

        List<List<Map<String, String>>> sources = conversation.read("$.messages[*].sources");
        assertThat(sources).as("at most one knowledge tip per turn").allSatisfy(turn -> assertThat(turn).hasSizeLessThanOrEqualTo(1));
        List<String> tips = sources.stream().flatMap(List::stream).map(s -> s.get("source")).toList();
        assertThat(tips).as("a tip in each phase at most, never the same article twice").hasSizeBetween(2, 3)
                .doesNotHaveDuplicates();
    }

    /**
     * Answers near the message limit that the dialogue keeps adding to its own texts: a direction answered twice
     * without a choice, a long goal whose deadline is kept as words in an open point, 120 talents. The POP as read
     * must be accepted back as it is.
     */
    @Test
    void aPopGrownFromLongAnswersIsAcceptedBackUnchanged() {
        var sanne = new ConversationClient(port, "medewerker");
        String id = sanne.start("VOORBEREIDING", null).read("$.id");
        String talents = IntStream.rangeClosed(1, 120).mapToObj(i -> "talent " + i).collect(Collectors.joining(", "));
        String undecided = "hmm ".repeat(974) + "lastig";
        String longGoal = "Inkoop ".repeat(550).strip();
        String someday = "ooit ".repeat(780).strip();
        for (String answer : List.of("Planner", "Puzzelen", talents, "Meer inkoop", "Teamleider", "Inkoop leren",
                "Nieuwe planners inwerken", undecided, undecided + " echt", "een andere rol", "Meelopen", "Tijd",
                longGoal, "Drie orders", someday, someday + " misschien")) {
            sanne.say(id, answer);
        }

        DocumentContext pop = sanne.pop(id);
        String note = pop.read("$.direction.note", String.class);
        assertThat(note).as("the newest answers, the oldest words given way").hasSizeLessThanOrEqualTo(4000)
                .startsWith("… ").endsWith(undecided + " echt / een andere rol");
        assertThat(pop.read("$.talents", List.class)).hasSize(50).startsWith("talent 1", "talent 2");
        List<String> openPoints = pop.read("$.openPoints");
        assertThat(openPoints).isNotEmpty().allSatisfy(point -> assertThat(point).hasSizeLessThanOrEqualTo(4000));
        assertThat(sanne.conversation(id).read("$.messages[*].text", List.class)).as("every answer kept whole")
                .contains(undecided + " echt", someday + " misschien", talents);

        HttpResponse<String> saved = sanne.send("PUT", "/api/conversations/" + id + "/pop", pop.jsonString(),
                "Content-Type", "application/json");
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
    }

    @Test
    void aTeamLeaderRunsTheOneOnOneAddressingEachByName() {
        var employee = new ConversationClient(port, "medewerker");
        // without a shared preparation (other tests share Sanne's): Koers asks from zero (JourneyApiTest has the rest)
        List<String> shared = JsonPath.parse(employee.get("/api/conversations").body())
                .read("$[?(@.type == 'VOORBEREIDING' && @.shared == true && @.byLeader == false)].id");
        shared.forEach(prepared -> employee.send("DELETE", "/api/conversations/" + prepared + "/share", ""));
        var fatima = new ConversationClient(port, "leidinggevende");
        DocumentContext started = fatima.start("GESPREK", "medewerker");
        String id = started.read("$.id");

        assertThat(started.read("$.employee", String.class)).isEqualTo("medewerker");
        assertThat(started.read("$.manager", String.class)).isEqualTo("leidinggevende");
        assertThat(started.read("$.messages[0].text", String.class)).contains("Welkom, Fatima en Sanne")
                .endsWith("Sanne, wat is je functie nu, en welk deel van je werk doe je het liefst?");
        for (String answer : List.of("Planner", "Puzzelen met ritten", "plannen en overzicht", "Meer inkoop",
                "Teamleider", "Inkoop leren")) { // Sanne answers; Fatima types on the one screen
            assertThat(fatima.sayAsRaw(id, answer, "medewerker").statusCode()).isEqualTo(200);
        }
        assertThat(fatima.conversation(id).read("$.messages[-1].text", String.class))
                .contains("Fatima, hoe verandert het werk van Sanne de komende jaren");

        String next = fatima.replyTo(id, "Sanne kan de inkoop voor de regio overnemen");

        assertThat(next).startsWith("Dan de mogelijkheden. Fatima, denk hardop mee")
                .endsWith("Sanne, wil je je vooral verdiepen in je vak, of juist verbreden naar ander werk? Of allebei?");
        DocumentContext pop = fatima.pop(id);
        assertThat(pop.read("$.organisationWishes", String.class)).isEqualTo("Sanne kan de inkoop voor de regio overnemen");
        assertThat(pop.read("$.attribution", Map.class)).containsEntry("organisationWishes", "Fatima El Amrani")
                .containsEntry("ambitions.shortTerm", "Sanne de Vries");

        var sanne = new ConversationClient(port, "medewerker");
        assertThat(sanne.get("/api/conversations/" + id).statusCode()).isEqualTo(200);
        assertThat(sanne.sayRaw(id, "verdiepen").statusCode()).as("the employee takes part too").isEqualTo(200);
        assertThat(new ConversationClient(port, "medewerker2").get("/api/conversations/" + id).statusCode()).isEqualTo(404);
        assertThat(new ConversationClient(port, "hr").get("/api/conversations/" + id).statusCode()).isEqualTo(404);
    }

    @Test
    void aQuestionAboutTheCostOfACourseGetsTheFundingAdviceWithItsSources() {
        var hr = new ConversationClient(port, "hr");
        String id = hr.start("VRAAG", null).read("$.id");

        DocumentContext answer = hr.say(id, "hoeveel subsidie krijg ik voor een cursus van 3000 euro");

        String text = answer.read("$.reply.text", String.class);
        assertThat(text).as("what pays, and that SLIM's own activities do not pay course fees, before the list")
                .containsSubsequence("geen cursusgeld", "- **Werkkostenregeling**: past, regels van 2025.",
                        "Meer weten:")
                .contains("€ 3.000", "https://");
        List<String> sources = answer.read("$.reply.sources[*].source");
        assertThat(sources).isNotEmpty().allSatisfy(source -> assertThat(source).startsWith("financiering/"));
    }

    @Test
    void questionsToTheKnowledgeBaseAreAnsweredWithNumberedSources() {
        var hr = new ConversationClient(port, "hr");
        DocumentContext started = hr.start("VRAAG", null);
        String id = started.read("$.id");
        assertThat(started.read("$.phase", String.class)).isEqualTo("VRAAG");

        DocumentContext answer = hr.say(id, "Hoeveel SLIM-subsidie kunnen we krijgen en hoeveel betalen we zelf?");

        assertThat(answer.read("$.phase", String.class)).isEqualTo("VRAAG");
        String text = answer.read("$.reply.text", String.class);
        assertThat(text).as("the answer first, quoted with its number, then where to read more").matches("(?s)[^\\n]+ \\[1\\].*")
                .contains("Regels en bedragen veranderen vaak").contains("\nMeer weten:\n- [1] ");
        List<String> sources = answer.read("$.reply.sources[*].source");
        assertThat(sources).isNotEmpty().allSatisfy(source -> assertThat(source).startsWith("financiering/"))
                .anySatisfy(source -> assertThat(source).startsWith("financiering/slim"));
        assertThat(answer.read("$.reply.sources[0].title", String.class)).isNotBlank();

        for (String offTopic : List.of("Hoe bak ik een appeltaart?", "Hoe werkt mijn pensioen?", "Wat verdient een planner?")) {
            DocumentContext none = hr.say(id, offTopic);
            assertThat(none.read("$.reply.text", String.class)).as(offTopic).startsWith("Daarover staat niets in de kennisbank.");
            assertThat(none.read("$.reply.sources", List.class)).isEmpty();
        }
        assertThat(hr.get("/api/conversations/" + id + "/pop").statusCode()).isEqualTo(404);
    }

    @Test
    void withoutAModelTheStreamCarriesTheGuidedReplyInOnePiece() {
        var sanne = new ConversationClient(port, "medewerker");
        String id = sanne.start("VOORBEREIDING", null).read("$.id");

        java.net.http.HttpResponse<String> response = sanne.send("POST", "/api/conversations/" + id + "/messages/stream",
                "{\"text\":\"Planner\"}", "Content-Type", "application/json", "Accept", "text/event-stream");

        List<nl.koers.ServerSentEvents.Event> events = nl.koers.ServerSentEvents.parse(response.body());
        assertThat(events).extracting(nl.koers.ServerSentEvents.Event::name).containsExactly("token", "done");
        assertThat(com.jayway.jsonpath.JsonPath.<String>read(events.get(0).data(), "$.text"))
                .isEqualTo("Van welk werk krijg je energie? Denk aan een moment van de afgelopen maanden waarop het goed liep.");
        assertThat(com.jayway.jsonpath.JsonPath.<String>read(events.get(1).data(), "$.mode")).isEqualTo("guided");
        assertThat(sanne.pop(id).read("$.role", String.class)).isEqualTo("Planner");
    }

    @Test
    void commandsWorkInEveryPhase() {
        var sanne = new ConversationClient(port, "medewerker");
        String id = sanne.start("VOORBEREIDING", null).read("$.id");

        assertThat(sanne.replyTo(id, "help")).contains("'terug'", "'overslaan'", "'volgende fase'", "'afronden'")
                .endsWith("Wat is je functie nu, en welk deel van je werk doe je het liefst?");
        assertThat(sanne.replyTo(id, "terug")).startsWith("We zijn nog bij de eerste vraag.");
        sanne.say(id, "Planner");
        assertThat(sanne.replyTo(id, "Overslaan.")).startsWith("Prima, die slaan we over.").contains("Waar ben je goed in?");
        DocumentContext jumped = sanne.say(id, "volgende fase");
        assertThat(jumped.read("$.phase", String.class)).isEqualTo("VOORSTELLEN");
        assertThat(jumped.read("$.reply.text", String.class)).contains("Wil je je vooral verdiepen in je vak");
        assertThat(sanne.replyTo(id, "terug")).contains("Waar ben je goed in?");
        DocumentContext stopped = sanne.say(id, "stop");

        assertThat(stopped.read("$.phase", String.class)).isEqualTo("AFGEROND");
        assertThat(stopped.read("$.reply.text", String.class)).contains("Klaar!", "0 doelen", "Er staat nog geen ontwikkeldoel in");
        assertThat(sanne.pop(id).read("$.role", String.class)).isEqualTo("Planner");
        assertThat(sanne.pop(id).read("$.checks[*].kind", List.class)).containsExactly("GEEN_DOEL");
        assertThat(sanne.replyTo(id, "Nog een vraag")).startsWith("Dit gesprek is afgerond");
    }

    @Test
    void whatCannotBeReadIsAskedOnceAndThenKeptAsSaid() {
        var sanne = new ConversationClient(port, "medewerker");
        String id = atFirstGoalsDeadline(sanne, "Beter plannen", "Ik maak de weekplanning zelf");

        assertThat(sanne.replyTo(id, "als het rustiger is")).startsWith("Ik kon daar geen datum in vinden.");
        assertThat(sanne.replyTo(id, "na de drukte")).startsWith("Ik heb het genoteerd zoals je het zei: 'na de drukte'.");
        assertThat(sanne.replyTo(id, "cursus plannen en een dag per week de planning doen"))
                .startsWith("Genoteerd: cursus plannen (opleiding of cursus) en een dag per week de planning doen (leren in het werk).");
        DocumentContext pop = sanne.pop(id);
        assertThat(pop.read("$.goals[0].deadline", String.class)).isNull();
        assertThat(pop.read("$.goals[0].deadlineText", String.class)).isEqualTo("na de drukte");
        assertThat(pop.read("$.openPoints", List.class)).contains("Datum voor 'Beter plannen' nog bepalen: na de drukte");
    }

    @Test
    void aPlanOfOnlyCoursesGetsOne702010HintWithItsSource() {
        var sanne = new ConversationClient(port, "medewerker");
        String id = atFirstGoalsDeadline(sanne, "Excel beheersen", "Ik maak zelf draaitabellen");
        sanne.say(id, "1 juni");

        DocumentContext reply = sanne.say(id, "een cursus Excel en een e-learning draaitabellen");

        assertThat(reply.read("$.reply.text", String.class)).contains("alle acties tot nu toe zijn cursussen of opleidingen", "70-20-10");
        assertThat(reply.read("$.reply.sources[*].source", List.class)).isNotEmpty();
        assertThat(sanne.pop(id).read("$.goals[0].actions[*].learningForm", List.class)).containsOnly("FORMEEL");
    }

    @Test
    void anActionWithoutRecognisableFormIsAskedAbout() {
        var sanne = new ConversationClient(port, "medewerker");
        String id = atFirstGoalsDeadline(sanne, "Beter presenteren", "Ik presenteer in het teamoverleg");
        sanne.say(id, "over drie maanden");

        assertThat(sanne.replyTo(id, "elke maand iets vertellen in het teamoverleg"))
                .contains("Is 'Elke maand iets vertellen in het teamoverleg' vooral leren in het werk zelf");
        assertThat(sanne.replyTo(id, "in het werk")).contains("Waar gebeurt dat vooral");
        DocumentContext pop = sanne.pop(id);
        assertThat(pop.read("$.goals[0].actions[0].learningForm", String.class)).isEqualTo("WERKPLEK");
        assertThat(pop.read("$.goals[0].deadline", String.class)).isEqualTo("2027-02-23");
    }

    /** Starts a preparation, goes straight to the agreements and names a goal and its measure: next is the deadline. */
    private static String atFirstGoalsDeadline(ConversationClient client, String goal, String measure) {
        String id = client.start("VOORBEREIDING", null).read("$.id");
        client.say(id, "volgende fase");
        client.say(id, "volgende fase");
        client.say(id, goal);
        client.say(id, measure);
        return id;
    }
}
