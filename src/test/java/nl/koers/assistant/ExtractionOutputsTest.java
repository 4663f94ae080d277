package nl.koers.assistant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.ai.converter.BeanOutputConverter;

import nl.koers.FixedClockConfiguration;
import nl.koers.TestPrompts;
import nl.koers.dialogue.Answer;
import nl.koers.dialogue.Expecting;
import nl.koers.dialogue.PopField;
import nl.koers.dutch.DutchDates;
import nl.koers.pop.LearningForm;

/** The model's structured output, from a table: JSON as the model writes it, and the typed answer it becomes. */
class ExtractionOutputsTest {

    private static final String SAID = "wat de persoon zei";
    private static final DutchDates DATES = new DutchDates(Clock.fixed(FixedClockConfiguration.NOW,
            ZoneId.of("Europe/Amsterdam")));
    private static final Expecting DEPTH = new Expecting("richting.diepte", PopField.Kind.CHOICE, List.of(
            new Expecting.Option("VERDIEPEN", "Verdiepen"), new Expecting.Option("VERBREDEN", "Verbreden")));

    static Stream<Arguments> outputs() {
        return Stream.of(
                Arguments.of(kind(PopField.Kind.TEXT), "{\"begrepen\": true, \"antwoord\": \" Planner \"}",
                        new Answer.Text("Planner", SAID)),
                Arguments.of(kind(PopField.Kind.LIST), "{\"begrepen\": true, \"items\": [\"plannen\", \" Excel\"]}",
                        new Answer.Items(List.of("plannen", "Excel"), SAID)),
                Arguments.of(DEPTH, "{\"begrepen\": true, \"keuze\": \"VERBREDEN\"}", new Answer.Choice("VERBREDEN", SAID)),
                Arguments.of(kind(PopField.Kind.DATE), "{\"begrepen\": true, \"datum\": \"2027-03-31\"}",
                        new Answer.Date(LocalDate.of(2027, 3, 31), SAID)),
                Arguments.of(kind(PopField.Kind.DATES), "{\"begrepen\": true, \"data\": [\"2027-01-15\"]}",
                        new Answer.Dates(List.of(LocalDate.of(2027, 1, 15)), SAID)),
                Arguments.of(kind(PopField.Kind.YES_NO), "{\"begrepen\": true, \"ja\": false}", new Answer.YesNo(false, SAID)),
                Arguments.of(kind(PopField.Kind.RESOURCES), "{\"begrepen\": true, \"euro\": 0, \"uren\": 0}",
                        new Answer.Nothing(SAID)),
                Arguments.of(kind(PopField.Kind.ACTIONS), "{\"begrepen\": true, \"acties\": [{\"beschrijving\": \"Cursus"
                        + " Excel volgen voor 1 maart 2027\", \"leervorm\": \"SOCIAAL\"}]}", new Answer.Actions(List.of(
                                new Answer.Action("Cursus Excel volgen voor 1 maart 2027", LearningForm.FORMEEL,
                                        LocalDate.of(2027, 3, 1))), SAID)),
                Arguments.of(kind(PopField.Kind.DATE), "{\"begrepen\": false, \"datum\": null}",
                        new Answer.NotUnderstood(SAID)));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("outputs")
    void theModelsOutputBecomesTheTypedAnswer(Expecting expecting, String json, Answer expected) {
        assertThat(convert(expecting, json)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("unfit")
    void anOutputThatDoesNotFitSaysWhatIsWrongForTheRepairAttempt(Expecting expecting, String json, String reason) {
        assertThatThrownBy(() -> convert(expecting, json)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(reason);
    }

    static Stream<Arguments> unfit() {
        return Stream.of(
                Arguments.of(kind(PopField.Kind.LIST), "{\"begrepen\": true}", "'items'"),
                Arguments.of(kind(PopField.Kind.LIST), "{\"begrepen\": true, \"items\": []}",
                        "'items' moet een niet-lege lijst zijn"),
                Arguments.of(kind(PopField.Kind.DATE), "het is 31 maart", "geen JSON volgens het schema"),
                Arguments.of(DEPTH, "{\"begrepen\": true, \"keuze\": \"BEIDE\"}", "onbekende keuze 'BEIDE'"),
                Arguments.of(kind(PopField.Kind.YES_NO), "{\"begrepen\": true, \"ja\": null}", "'ja' moet true of false zijn"),
                Arguments.of(kind(PopField.Kind.TEXT), "{\"begrepen\": true, \"antwoord\": \"  \"}", "'antwoord' ontbreekt"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void everySchemaAsksWhetherTheAnswerAnswersTheQuestion(PopField.Kind kind) {
        Map<String, Object> schema = new BeanOutputConverter<>(ExtractionOutputs.Output.type(kind)).getJsonSchemaMap();

        assertThat(schema.get("required")).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
                .contains("begrepen");
    }

    static Stream<PopField.Kind> kinds() {
        return Stream.of(PopField.Kind.values());
    }

    @org.junit.jupiter.api.Test
    void resourcesAreReadAsAmountsWithTheWordsAsSaid() {
        Answer answer = convert(kind(PopField.Kind.RESOURCES), "{\"begrepen\": true, \"euro\": 650.0, \"uren\": 16}");

        assertThat(answer).isInstanceOfSatisfying(Answer.Amounts.class, amounts -> {
            assertThat(amounts.resources().euros()).isEqualByComparingTo(new BigDecimal("650"));
            assertThat(amounts.resources().hours()).isEqualByComparingTo(new BigDecimal("16"));
            assertThat(amounts.resources().text()).isEqualTo(SAID);
        });
    }

    private static Answer convert(Expecting expecting, String json) {
        return AnswerExtraction.answer(json, expecting, SAID, DATES, TestPrompts.learningForms());
    }

    private static Expecting kind(PopField.Kind kind) {
        return new Expecting("veld", kind, List.of());
    }
}
