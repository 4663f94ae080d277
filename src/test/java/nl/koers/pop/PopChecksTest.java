package nl.koers.pop;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import nl.koers.pop.Pop.CheckKind;

/** The checks say what is missing or contradicts itself, and nothing that is not so. */
class PopChecksTest {

    private static final LocalDate DAY = LocalDate.of(2026, 12, 1);

    private static Pop.Goal goal(String measure, Resources resources, Pop.Action... actions) {
        return new Pop.Goal(null, "Zelf de planning maken", measure, LocalDate.of(2027, 6, 1), null, null, resources, null,
                null, List.of(actions));
    }

    private static Pop.Action action(String description, LearningForm form) {
        return new Pop.Action(description, form, null, null);
    }

    private static List<CheckKind> kinds(Pop pop) {
        return PopChecks.of(pop).stream().map(Pop.Check::kind).toList();
    }

    private static Pop pop(Pop.Goal... goals) {
        return Pop.builder("Sanne", "Fatima", DAY).goals(List.of(goals)).reviews(List.of(LocalDate.of(2027, 3, 1)))
                .build();
    }

    @Test
    void onlyCoursesIsOnlySaidWhenEveryActionIsACourse() {
        Pop courses = pop(goal("drie weken zonder hulp", null, action("cursus Excel", LearningForm.FORMEEL),
                action("e-learning", LearningForm.FORMEEL)));
        Pop withUnknown = pop(goal("drie weken zonder hulp", null, action("cursus Excel", LearningForm.FORMEEL),
                action("een dag per week de planning doen", null)));

        assertThat(kinds(courses)).containsExactly(CheckKind.ALLEEN_FORMEEL);
        assertThat(kinds(withUnknown)).as("an action of unknown form may be learning in the work").isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"weet ik niet", "Geen idee.", "-", "?", "beter", "als het lukt", "zien we wel"})
    void aMeasureThatMeasuresNothingIsNamed(String measure) {
        Pop pop = pop(goal(measure, null, action("meelopen met de planner", LearningForm.WERKPLEK)));

        assertThat(kinds(pop)).containsExactly(CheckKind.VAGE_MAATSTAF);
        assertThat(PopChecks.of(pop).getFirst().message()).contains("'" + measure + "'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Ik maak drie weken achter elkaar de planning zonder hulp", "beter dan 95% op tijd",
            "klanten geven een 8"})
    void aRealMeasureIsNotQuestioned(String measure) {
        assertThat(kinds(pop(goal(measure, null, action("meelopen", LearningForm.WERKPLEK))))).isEmpty();
    }

    @Test
    void moneyNextToNoBudgetIsAContradiction() {
        Pop.Goal costly = goal("drie weken zonder hulp", Resources.of(new BigDecimal("9000"), null, "€ 9.000"),
                action("opleiding planner", LearningForm.FORMEEL), action("meelopen", LearningForm.WERKPLEK));
        Pop saidNoBudget = pop(costly).toBuilder().obstacles("Er is dit jaar geen budget voor opleidingen").build();

        assertThat(kinds(saidNoBudget)).containsExactly(CheckKind.BUDGET_TEGENSTRIJDIG);
        assertThat(PopChecks.of(saidNoBudget).getFirst().message()).contains("€ 9.000", "geen budget");
        assertThat(kinds(pop(costly))).isEmpty();
        assertThat(kinds(pop(costly).toBuilder().obstacles("Er is geen budget voor een hbo-opleiding").build()))
                .as("no budget for one thing is no budget for another").isEmpty();
    }
}
