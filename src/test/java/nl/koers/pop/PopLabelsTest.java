package nl.koers.pop;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The one wording of POP values that the pages, the PDF, the Markdown and the dialogue share. */
class PopLabelsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            WERKPLEK | Leren in het werk   | Leren in het werk (70)
            SOCIAAL  | Leren van anderen   | Leren van anderen (20)
            FORMEEL  | Opleiding of cursus | Opleiding of cursus (10)
            """)
    void aLearningFormHasOneNameAndShowsItsShareOfTheSeventyTwentyTen(LearningForm form, String name, String label) {
        assertThat(PopLabels.formName(form)).isEqualTo(name);
        assertThat(PopLabels.form(form)).isEqualTo(label);
    }

    @Test
    void theSharesMakeAHundredAndNoChoiceSharesItsWordingWithAnother() {
        assertThat(Arrays.stream(LearningForm.values()).mapToInt(LearningForm::share).sum()).isEqualTo(100);
        assertThat(Arrays.stream(LearningForm.values()).map(PopLabels::form)).doesNotHaveDuplicates()
                .allSatisfy(label -> assertThat(label).isNotBlank());
        assertThat(Arrays.stream(Pop.Depth.values()).map(PopLabels::depth)).doesNotHaveDuplicates()
                .allSatisfy(label -> assertThat(label).isNotBlank());
        assertThat(Arrays.stream(Pop.Scope.values()).map(PopLabels::scope)).doesNotHaveDuplicates()
                .allSatisfy(label -> assertThat(label).isNotBlank());
    }

    @Test
    void nothingChosenReadsAsNothing() {
        assertThat(Stream.of(PopLabels.form(null), PopLabels.depth(null), PopLabels.scope(null), PopLabels.date(null),
                PopLabels.resources(null), PopLabels.resources(Resources.none()))).containsOnly("");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            VERDIEPEN | BINNEN_FUNCTIE | Verdiepen in het vak, binnen de huidige functie
            VERBREDEN | ANDERE_FUNCTIE | Verbreden naar ander werk, in een andere rol in het bedrijf
            BEIDE     |                | Verdiepen én verbreden
                      | OPEN           | plek nog open
                      |                | ''
            """)
    void theDirectionJoinsWhatWasChosen(Pop.@Nullable Depth depth, Pop.@Nullable Scope scope, String expected) {
        assertThat(PopLabels.direction(new Pop.Direction(depth, scope, "een notitie"))).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            650       | 16   | € 650 en twee dagen | € 650, 16 uur
            1250.5    |      |                     | € 1.250,50
            1000000   |      |                     | € 1.000.000
            0.99      |      |                     | € 0,99
                      | 2.50 |                     | 2,5 uur
                      | 100  |                     | 100 uur
                      |      | wat tijd            | wat tijd
            """)
    void resourcesReadAsDutchAmounts(@Nullable BigDecimal euros, @Nullable BigDecimal hours, @Nullable String text,
            String expected) {
        assertThat(PopLabels.resources(Resources.of(euros, hours, text))).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            900 |     | 3   |       | € 900, 3 dagen
                |     | 1   |       | 1 dag
                |     | 1.5 |       | 1,5 dagen
                | 2   |     | WEEK  | 2 uur per week
            300 | 4   | 1   | MONTH | € 300, 1 dag en 4 uur per maand
            """)
    void timeKeepsTheUnitAndTheRateItWasGivenIn(@Nullable BigDecimal euros, @Nullable BigDecimal hours,
            @Nullable BigDecimal days, Resources.@Nullable Per per, String expected) {
        assertThat(PopLabels.resources(new Resources(euros, hours, days, per, "zoals gezegd"))).isEqualTo(expected);
    }

    /** Time that hours and days cannot hold stays in the words, which are shown beside the money. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            300 |       | 300 euro en twee avonden     | € 300 (300 euro en twee avonden)
            120 | MONTH | 120 euro en een weekend per maand | € 120 (120 euro en een weekend per maand)
                | WEEK  | een avond per week           | een avond per week
            450 |       | Zo'n 450 euro voor boeken    | € 450
            """)
    void timeInWordsIsShownBesideTheMoney(@Nullable BigDecimal euros, Resources.@Nullable Per per, String text,
            String expected) {
        assertThat(PopLabels.resources(new Resources(euros, null, null, per, text))).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            2027-03-01 | 1 maart 2027
            2026-11-23 | 23 november 2026
            2030-10-31 | 31 oktober 2030
            """)
    void datesAreWrittenOutInDutch(LocalDate date, String expected) {
        assertThat(PopLabels.date(date)).isEqualTo(expected);
    }

    @Test
    void anEmptyTextIsADash() {
        assertThat(Stream.of(null, "", "  \n").map(PopLabels::orDash)).containsOnly("–");
        assertThat(PopLabels.orDash("Planner")).isEqualTo("Planner");
    }

    @Test
    void templatesGetTheSameWordingAsTheCode() {
        var labels = new PopLabelsDialect(java.time.Clock.system(PopTemplates.AMSTERDAM)).getExpressionObjectFactory()
                .buildObject(null, PopLabelsDialect.NAME);

        assertThat(labels).isInstanceOfSatisfying(PopLabelsDialect.Labels.class, view -> {
            assertThat(view.form(LearningForm.SOCIAAL)).isEqualTo(PopLabels.form(LearningForm.SOCIAAL));
            assertThat(view.dates(List.of(LocalDate.of(2027, 3, 1), LocalDate.of(2027, 6, 30))))
                    .containsExactly("1 maart 2027", "30 juni 2027");
            assertThat(view.accepted(java.time.Instant.parse("2026-11-24T23:30:00Z")))
                    .as("a day in Dutch time").isEqualTo("25 november 2026");
        });
    }
}
