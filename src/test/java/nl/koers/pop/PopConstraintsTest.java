package nl.koers.pop;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;

import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PopConstraintsTest {

    private static ValidatorFactory factory;
    private static PopConstraints constraints;

    @BeforeAll
    static void validator() {
        factory = Validation.buildDefaultValidatorFactory();
        constraints = new PopConstraints(factory.getValidator());
    }

    @AfterAll
    static void close() {
        factory.close();
    }

    private static Pop.Action action(String description, Resources resources) {
        return new Pop.Action(description, LearningForm.SOCIAAL, LocalDate.of(2027, 3, 1), resources);
    }

    private static Pop pop(List<Pop.Goal> goals) {
        return Pop.builder("Sanne de Vries", null, LocalDate.of(2026, 11, 23)).goals(goals).build();
    }

    @Test
    void aPopWithinTheRulesHasNoProblems() {
        Pop pop = pop(List.of(new Pop.Goal(null, "Inkopen", "drie orders", LocalDate.of(2027, 6, 30), null, "ROC",
                new Resources(new BigDecimal("100000000"), new BigDecimal("100000"), new BigDecimal("10000"), null,
                        "x".repeat(Pop.TEXT)), null, null, List.of(action("cursus", null)))));

        assertThat(constraints.problems(pop, PopNumbering.IN_ORDER)).isEmpty();
    }

    @Test
    void everyBrokenRuleIsOneDutchSentenceNamingTheField() {
        String tooLong = "x".repeat(Pop.TEXT + 1);
        Pop pop = pop(List.of(Pop.Goal.of("Inkopen", null, null, List.of()),
                new Pop.Goal(null, "Presenteren", tooLong, LocalDate.of(2201, 1, 1), null, null,
                        new Resources(new BigDecimal("100000001"), null, null, null, null), null, null,
                        List.of(action("cursus", null), action(tooLong, new Resources(null, new BigDecimal("-2"),
                                new BigDecimal("10001"), null, null))))))
                .toBuilder().wishes(tooLong).openPoints(Collections.nCopies(Pop.ITEMS + 1, "punt")).build();

        assertThat(constraints.problems(pop, new PopNumbering(List.of(1, 3), List.of(List.of(), List.of(1, 4)))))
                .containsExactly(
                        "De tekst bij de wensen is te lang: hoogstens 4000 tekens, je gaf er 4001.",
                        "De tekst bij 'gelukt als' bij doel 3 is te lang: hoogstens 4000 tekens, je gaf er 4001.",
                        "Het bedrag in het budget van doel 3 is te groot: hoogstens € 100.000.000.",
                        "De tekst bij de omschrijving van actie 4 bij doel 3 is te lang: hoogstens 4000 tekens, je gaf er 4001.",
                        "Het aantal uren in het budget van actie 4 bij doel 3 kan niet onder nul zijn.",
                        "Het aantal dagen in het budget van actie 4 bij doel 3 is te groot: hoogstens 10.000 dagen.",
                        "Bij de open punten passen hoogstens 50 regels; je gaf er 51.",
                        "De einddatum van doel 3 (2201-01-01) kan niet kloppen: kies een datum in de jaren 1900 tot en"
                                + " met 2200.");
    }

    @Test
    void tooManyGoalsOrActionsAreCounted() {
        Pop.Goal goal = Pop.Goal.of("Inkopen", null, null, Collections.nCopies(Pop.ITEMS + 2, action("cursus", null)));

        assertThat(constraints.problems(pop(Collections.nCopies(Pop.ITEMS + 1, goal)), PopNumbering.IN_ORDER))
                .startsWith("Bij de POP passen hoogstens 50 doelen; je gaf er 51.",
                        "Bij doel 1 passen hoogstens 50 acties; je gaf er 52.");
    }
}
