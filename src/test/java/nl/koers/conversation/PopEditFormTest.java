package nl.koers.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import nl.koers.dutch.DutchDates;
import nl.koers.pop.LearningForm;
import nl.koers.pop.Pop;
import nl.koers.pop.Resources;

class PopEditFormTest {

    private final DutchDates dates = new DutchDates(Clock.fixed(Instant.parse("2026-11-23T09:00:00Z"), ZoneId.of("Europe/Amsterdam")));

    private final Pop.Action course = new Pop.Action("cursus inkoopbasis", LearningForm.FORMEEL, LocalDate.of(2027, 2, 1),
            new Resources(new BigDecimal("650"), null, null, null, null));
    private final Pop.Action shadowing = new Pop.Action("meelopen met de inkoper", LearningForm.WERKPLEK, null, null);

    private final Pop current = Pop.builder("Sanne de Vries", "Fatima El Amrani", LocalDate.of(2026, 11, 23))
            .role("Planner").ambitions(new Pop.Ambitions("inkopen", null)).talents(List.of("plannen"))
            .direction(new Pop.Direction(Pop.Depth.VERBREDEN, null, null))
            .goals(List.of(new Pop.Goal(null, "Zelfstandig inkopen", "drie orders", null, "na de reorganisatie", "ROC",
                    new Resources(new BigDecimal("450"), null, new BigDecimal("2"), Resources.Per.MONTH,
                            "450 euro en twee dagen per maand"), "inkoopmanager", "twee avonden",
                    List.of(course, shadowing))))
            .funding(List.of("SLIM navragen")).attribution(Map.of("role", "Sanne de Vries")).build();

    /** The form as a browser posts it: every field the page shows, under the name the page gives it. */
    private static MultiValueMap<String, String> posted(PopEditForm form) {
        MultiValueMap<String, String> sent = new LinkedMultiValueMap<>();
        Map.of("role", form.role(), "shortTerm", form.shortTerm(), "longTerm", form.longTerm(), "talents", form.talents(),
                "energy", form.energy(), "wishes", form.wishes(), "organisationWishes", form.organisationWishes(),
                "possibilities", form.possibilities(), "obstacles", form.obstacles(), "reviews", form.reviews())
                .forEach(sent::add);
        sent.add("openPoints", form.openPoints());
        for (int g = 0; g < form.goals().size(); g++) {
            PopEditForm.GoalRow goal = form.goals().get(g);
            String prefix = "goal" + g + ".";
            Map.of("id", goal.id(), "description", goal.description(), "measure", goal.measure(), "deadline",
                    goal.deadline(), "place", goal.place(), "resources", goal.resources(), "support", goal.support(),
                    "ownEffort", goal.ownEffort()).forEach((name, value) -> sent.add(prefix + name, value));
            for (int a = 0; a < goal.actions().size(); a++) {
                PopEditForm.ActionRow action = goal.actions().get(a);
                String row = prefix + "action" + a + ".";
                Map.of("description", action.description(), "learningForm", action.learningForm(), "deadline",
                        action.deadline(), "resources", action.resources()).forEach((name, value) -> sent.add(row + name, value));
            }
        }
        return sent;
    }

    private PopEditForm.Edit read(MultiValueMap<String, String> sent) {
        return PopEditForm.of(sent, current).read(current, dates);
    }

    @Test
    void theFormShowsEveryFieldAndGivesThePopBackUnchanged() {
        PopEditForm form = PopEditForm.of(current);

        PopEditForm.GoalRow goal = form.goals().getFirst();
        assertThat(form.goals()).hasSize(1 + PopEditForm.NEW_GOALS);
        assertThat(goal.id()).isEqualTo("doel-1");
        assertThat(goal.actions()).hasSize(2 + PopEditForm.NEW_ACTIONS);
        assertThat(goal.known()).isEqualTo(2);
        assertThat(goal.resources()).isEqualTo("450 euro en twee dagen per maand");
        assertThat(goal.deadlineWords()).isEqualTo("na de reorganisatie");
        assertThat(goal.actions().getFirst()).isEqualTo(new PopEditForm.ActionRow("cursus inkoopbasis", "FORMEEL",
                "2027-02-01", "€ 650"));

        PopEditForm.Edit again = read(posted(form));

        assertThat(again.problems()).isEmpty();
        assertThat(again.pop().goals()).isEqualTo(current.goals());
        assertThat(again.pop().role()).isEqualTo("Planner");
        assertThat(again.pop().funding()).containsExactly("SLIM navragen");
        assertThat(again.pop().direction()).isEqualTo(current.direction());
        assertThat(again.pop().attribution()).isEqualTo(current.attribution());
    }

    @Test
    void everyFieldOfAGoalAndItsActionsIsEdited() {
        MultiValueMap<String, String> sent = posted(PopEditForm.of(current));
        sent.set("goal0.deadline", "2027-06-30");
        sent.set("goal0.place", "afdeling inkoop");
        sent.set("goal0.resources", "€ 900 en 2 uur per week");
        sent.set("goal0.support", "een mentor");
        sent.set("goal0.ownEffort", "leeswerk in de avond");
        sent.set("goal0.action1.learningForm", "SOCIAAL");
        sent.set("goal0.action1.deadline", "1-3-2027");
        sent.set("goal0.action1.resources", "€ 120");
        sent.set("goal0.action2.description", "training onderhandelen");
        sent.set("goal0.action2.learningForm", "FORMEEL");
        sent.set("goal0.action2.deadline", "2027-05-15");
        sent.set("goal0.action2.resources", "€ 1.350,- en 3 dagen");

        PopEditForm.Edit edit = read(sent);

        assertThat(edit.problems()).isEmpty();
        Pop.Goal goal = edit.pop().goals().getFirst();
        assertThat(goal.id()).isEqualTo("doel-1");
        assertThat(goal.deadline()).isEqualTo(LocalDate.of(2027, 6, 30));
        assertThat(goal.deadlineText()).isNull();
        assertThat(goal.place()).isEqualTo("afdeling inkoop");
        assertThat(goal.resources()).isEqualTo(new Resources(new BigDecimal("900"), new BigDecimal("2"), null,
                Resources.Per.WEEK, "€ 900 en 2 uur per week"));
        assertThat(goal.support()).isEqualTo("een mentor");
        assertThat(goal.ownEffort()).isEqualTo("leeswerk in de avond");
        assertThat(goal.actions()).containsExactly(course,
                new Pop.Action("meelopen met de inkoper", LearningForm.SOCIAAL, LocalDate.of(2027, 3, 1),
                        new Resources(new BigDecimal("120"), null, null, null, "€ 120")),
                new Pop.Action("training onderhandelen", LearningForm.FORMEEL, LocalDate.of(2027, 5, 15),
                        new Resources(new BigDecimal("1350"), null, new BigDecimal("3"), null, "€ 1.350,- en 3 dagen")));
    }

    @Test
    void emptyingADescriptionRemovesTheActionOrGoalAndANewGoalGetsItsOwnId() {
        MultiValueMap<String, String> sent = posted(PopEditForm.of(current));
        sent.set("goal0.action0.description", " ");
        sent.set("goal1.description", "Presenteren");
        sent.set("goal1.action0.description", "presentatie op het teamoverleg");

        Pop edited = read(sent).pop();

        assertThat(edited.goals()).extracting(Pop.Goal::id).containsExactly("doel-1", "doel-2");
        assertThat(edited.goals().getFirst().actions()).containsExactly(shadowing);
        assertThat(edited.goals().get(1).actions()).containsExactly(
                new Pop.Action("presentatie op het teamoverleg", null, null, null));

        sent.set("goal0.description", "");
        assertThat(read(sent).pop().goals()).extracting(Pop.Goal::description).containsExactly("Presenteren");
    }

    @Test
    void aGoalIdThePopDoesNotKnowOrSentTwiceMakesANewGoal() {
        MultiValueMap<String, String> sent = posted(PopEditForm.of(current));
        sent.set("goal1.id", "doel-1");
        sent.set("goal1.description", "Een kopie");
        sent.set("goal2.id", "doel-99");
        sent.set("goal2.description", "Verzonnen");

        PopEditForm form = PopEditForm.of(sent, current);
        Pop edited = form.read(current, dates).pop();

        assertThat(form.goals()).extracting(PopEditForm.GoalRow::isNew).containsExactly(false, true, true);
        assertThat(edited.goals()).extracting(Pop.Goal::id).containsExactly("doel-1", "doel-2", "doel-3");
        assertThat(edited.goals().get(1).place()).as("a new goal takes nothing over").isNull();
    }

    @Test
    void aFormWithoutMostFieldsLeavesThemEmpty() {
        MultiValueMap<String, String> sent = new LinkedMultiValueMap<>();
        sent.add("goal0.description", "Inkopen");
        sent.add("goal0.action0.description", "cursus");

        PopEditForm.Edit edit = read(sent);

        assertThat(edit.problems()).isEmpty();
        assertThat(edit.pop().role()).isNull();
        assertThat(edit.pop().goals()).hasSize(1).first().satisfies(goal -> assertThat(goal.withId(null)).isEqualTo(
                Pop.Goal.of("Inkopen", null, null, List.of(new Pop.Action("cursus", null, null, null)))));
    }

    @Test
    void whatCannotBeReadIsNamedInDutchByTheRowThePersonSees() {
        MultiValueMap<String, String> sent = posted(PopEditForm.of(current));
        sent.set("goal0.action0.description", "");
        sent.set("goal0.action1.deadline", "binnenkort");
        sent.set("goal0.action1.learningForm", "ONLINE");
        sent.set("goal0.action2.learningForm", "WERKPLEK");
        sent.set("goal0.resources", "999999999999 euro");
        sent.set("goal1.measure", "iets");
        sent.set("reviews", "1-3-2027\nooit eens");

        PopEditForm.Edit edit = read(sent);

        assertThat(edit.problems()).containsExactly(
                "Het budget van doel 1 noemt een bedrag of een tijd die niet kan kloppen: '999999999999 euro'."
                        + " Schrijf bijvoorbeeld € 450 en 2 dagen per maand.",
                "De leervorm van actie 2 bij doel 1 ('ONLINE') kent Koers niet: kies Leren in het werk, Leren van"
                        + " anderen of Opleiding of cursus.",
                "Koers kan de einddatum van actie 2 bij doel 1 niet lezen: 'binnenkort'. Schrijf bijvoorbeeld"
                        + " 15-03-2027 of eind maart 2027.",
                "Bij actie 3 bij doel 1 (nieuw) ontbreekt de omschrijving. Schrijf wat je gaat doen, of maak de andere"
                        + " velden van deze actie leeg.",
                "Bij doel 2 (nieuw) ontbreekt de omschrijving. Schrijf wat je wilt bereiken, of maak de andere velden"
                        + " van dit doel leeg.",
                "Koers kan de datum van voortgangsgesprek 2 niet lezen: 'ooit eens'. Schrijf bijvoorbeeld 15-03-2027 of"
                        + " eind maart 2027.");
        assertThat(edit.numbering().action(0, 0)).as("the second row, now the first action").isEqualTo("actie 2 bij doel 1");
    }
}
