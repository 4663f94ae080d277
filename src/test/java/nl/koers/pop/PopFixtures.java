package nl.koers.pop;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.json.JsonMapper;

/**
 * A POP with every part filled, for tests that render it everywhere: two goals (one without a date, so a check
 * shows), actions in all three learning forms, money and time on a goal and on an action, progress, funding hints,
 * open points and who said what. Stored as the conversations store it, so the pages read it as their own.
 */
public final class PopFixtures {

    public static final LocalDate DAY = LocalDate.of(2026, 11, 23);

    private PopFixtures() {
    }

    public static Pop full(String employee, String manager) {
        return Pop.builder(employee, manager, DAY).role("Planner bij de logistiek")
                .ambitions(new Pop.Ambitions("Zelf de inkoop van de regio doen", "Teamleider planning worden"))
                .talents(List.of("plannen", "overzicht houden")).energy("Puzzelen met lastige ritten")
                .wishes("Beter leren onderhandelen").organisationWishes("Een sleutelgebruiker voor het nieuwe planningssysteem")
                .direction(new Pop.Direction(Pop.Depth.VERBREDEN, Pop.Scope.BINNEN_FUNCTIE, "Liefst bij de eigen vestiging"))
                .possibilities("Meelopen met de inkoper").obstacles("Weinig tijd in de drukke weken")
                .goals(List.of(new Pop.Goal("doel-1", "Zelfstandig de inkoop voor de regio doen",
                                "Drie inkooprondes zonder hulp", LocalDate.of(2027, 7, 1), null, "Op de inkoopafdeling",
                                new Resources(new BigDecimal("450"), null, new BigDecimal("2"), null, "€ 450 en twee dagen"),
                                "De inkoopmanager als coach", "Ik lees me in over inkoop", List.of(
                                        new Pop.Action("Meelopen met de inkoper", LearningForm.WERKPLEK,
                                                LocalDate.of(2027, 2, 1), null),
                                        new Pop.Action("Feedback vragen aan de inkoopmanager", LearningForm.SOCIAAL,
                                                LocalDate.of(2027, 3, 1), null),
                                        new Pop.Action("Cursus onderhandelen", LearningForm.FORMEEL,
                                                LocalDate.of(2027, 4, 15), Resources.of(new BigDecimal("600"),
                                                        new BigDecimal("16"), "€ 600 en 16 uur")))),
                        new Pop.Goal("doel-2", "Sleutelgebruiker van het planningssysteem worden",
                                "Collega's kunnen bij mij terecht", null, "in de loop van 2027", "Op kantoor",
                                new Resources(null, new BigDecimal("2"), null, Resources.Per.WEEK, "twee uur per week"),
                                "Een collega van de leverancier", "Elke week een uur oefenen",
                                List.of(new Pop.Action("De training van de leverancier volgen", LearningForm.WERKPLEK,
                                        null, null)))))
                .reviews(List.of(LocalDate.of(2027, 3, 1), LocalDate.of(2027, 6, 30)))
                .funding(List.of("Vraag HR naar het opleidingsbudget"))
                .openPoints(List.of("Wie neemt de planning over tijdens de cursus"))
                .attribution(Map.of("role", employee, "goals[0].measure", manager))
                .progress(List.of(new Pop.Progress(LocalDate.of(2027, 3, 1), "doel-1", Pop.ProgressStatus.BIJGESTELD,
                        "De eerste inkoopronde ging goed", "Weinig tijd in de drukke weken",
                        "Tweede ronde samen met de inkoper", LocalDate.of(2027, 7, 1), LocalDate.of(2027, 6, 1))))
                .build();
    }

    /** Stores the POP as the draft of this conversation, replacing what it had, as a conversation saves it. */
    public static void store(PopDraftRepository drafts, JsonMapper json, UUID conversation, Pop pop, Instant now) {
        drafts.save(conversation, json.writeValueAsString(pop.withDerived(null, null)), now);
    }
}
