package nl.koers.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import nl.koers.FixedClockConfiguration;
import nl.koers.TestPrompts;
import nl.koers.dialogue.Answer.Action;
import nl.koers.dialogue.Answer.Command.Word;
import nl.koers.pop.LearningForm;
import nl.koers.pop.Resources;

/** The guided reader, from a table: what Dutch words mean as an answer to what the dialogue expects (today 23-11-2026). */
class GuidedReaderTest {

    private static final GuidedReader READER = new GuidedReader(
            Clock.fixed(FixedClockConfiguration.NOW, ZoneId.of("Europe/Amsterdam")), TestPrompts.learningForms());
    private static final Expecting LEARNING_FORM = new Expecting(Expecting.LEARNING_FORM, PopField.Kind.CHOICE,
            Options.LEARNING_FORM);

    static Stream<Arguments> answers() {
        return Stream.of(
                row(PopField.ROL, "  terug ", new Answer.Command(Word.BACK, "terug")),
                row(PopField.DOEL_DEADLINE, "Volgende fase!", new Answer.Command(Word.NEXT_PHASE, "Volgende fase!")),
                row(PopField.TALENTEN, "sla over", new Answer.Command(Word.SKIP, "sla over")),
                row(PopField.ROL, "Planner, vooral ritten puzzelen", new Answer.Text("Planner, vooral ritten puzzelen",
                        "Planner, vooral ritten puzzelen")),
                row(PopField.DOEL_BESCHRIJVING, "Ik wil graag zelfstandig inkopen.",
                        new Answer.Text("Zelfstandig inkopen", "Ik wil graag zelfstandig inkopen.")),
                row(PopField.OPEN_PUNTEN, "niets", new Answer.Nothing("niets")),
                row(PopField.TALENTEN, "plannen, klantcontact en Excel",
                        new Answer.Items(List.of("plannen", "klantcontact", "Excel"), "plannen, klantcontact en Excel")),
                row(PopField.RICHTING_DIEPTE, "eerst verdiepen denk ik", new Answer.Choice("VERDIEPEN",
                        "eerst verdiepen denk ik")),
                row(PopField.RICHTING_DIEPTE, "Allebei", new Answer.Choice("BEIDE", "Allebei")),
                row(PopField.RICHTING_DIEPTE, "geen flauw idee", new Answer.NotUnderstood("geen flauw idee")),
                row(PopField.RICHTING_PLEK, "Een andere rol", new Answer.Choice("ANDERE_FUNCTIE", "Een andere rol")),
                row(PopField.RICHTING_PLEK, "liefst op een andere afdeling", new Answer.Choice("ANDERE_FUNCTIE",
                        "liefst op een andere afdeling")),
                row(PopField.DOEL_DEADLINE, "eind maart 2027", new Answer.Date(LocalDate.of(2027, 3, 31),
                        "eind maart 2027")),
                row(PopField.DOEL_DEADLINE, "als het rustiger is", new Answer.NotUnderstood("als het rustiger is")),
                row(PopField.VOORTGANG, "15 januari en 31 maart 2027", new Answer.Dates(List.of(LocalDate.of(2027, 1, 15),
                        LocalDate.of(2027, 3, 31)), "15 januari en 31 maart 2027")),
                row(PopField.VOORTGANG, "nvt", new Answer.Nothing("nvt")),
                row(PopField.DOEL_MIDDELEN, "€ 650 en twee dagen", new Answer.Amounts(Resources.of(
                        new BigDecimal("650"), new BigDecimal("16"), "€ 650 en twee dagen"), "€ 650 en twee dagen")),
                row(PopField.DOEL_MIDDELEN, "geen budget", new Answer.Nothing("geen budget")),
                row(PopField.DOEL_MIDDELEN, "dat regelt HR", new Answer.NotUnderstood("dat regelt HR")),
                row(PopField.DOEL_NOG_EEN, "Nee", new Answer.YesNo(false, "Nee")),
                row(PopField.DOEL_NOG_EEN, "ja graag", new Answer.YesNo(true, "ja graag")),
                row(PopField.DOEL_NOG_EEN, "misschien", new Answer.NotUnderstood("misschien")),
                row(PopField.DOEL_ACTIES, "meelopen met de inkoper en een cursus inkoopbasis", new Answer.Actions(List.of(
                        new Action("Meelopen met de inkoper", LearningForm.WERKPLEK, null),
                        new Action("Een cursus inkoopbasis", LearningForm.FORMEEL, null)),
                        "meelopen met de inkoper en een cursus inkoopbasis")),
                row(PopField.TALENTEN, "Ik werk nauwkeurig. Ik blijf rustig onder druk.", new Answer.Items(List.of(
                        "Ik werk nauwkeurig", "Ik blijf rustig onder druk"), "Ik werk nauwkeurig. Ik blijf rustig onder druk.")),
                row(PopField.TALENTEN, "1) rijden met de reachtruck\n2) voorraad tellen", new Answer.Items(List.of(
                        "rijden met de reachtruck", "voorraad tellen"), "1) rijden met de reachtruck\n2) voorraad tellen")),
                row(PopField.TALENTEN, "Ik ben geduldig, zegt mijn teamleider", new Answer.Items(List.of("Ik ben geduldig"),
                        "Ik ben geduldig, zegt mijn teamleider")),
                row(PopField.TALENTEN, "geen flauw idee eigenlijk", new Answer.NotUnderstood("geen flauw idee eigenlijk")),
                row(PopField.TALENTEN, "weet ik niet", new Answer.NotUnderstood("weet ik niet")),
                row(PopField.TALENTEN, "niets", new Answer.NotUnderstood("niets")),
                row(PopField.DOEL_ACTIES, "eerst een training Scrum, daarna zelf de retro leiden", actions(
                        "eerst een training Scrum, daarna zelf de retro leiden", LearningForm.FORMEEL, LearningForm.WERKPLEK)),
                row(PopField.DOEL_ACTIES, "een week meedraaien in de nachtploeg en de teamleider om feedback vragen", actions(
                        "een week meedraaien in de nachtploeg en de teamleider om feedback vragen", LearningForm.WERKPLEK,
                        LearningForm.SOCIAAL)),
                row(PopField.DOEL_ACTIES, "- webinar btw\n- buddy zoeken\n- zelf de inventaris doen", actions(
                        "- webinar btw\n- buddy zoeken\n- zelf de inventaris doen", LearningForm.FORMEEL,
                        LearningForm.SOCIAAL, LearningForm.WERKPLEK)),
                row(PopField.DOEL_ACTIES, "meekijken bij Jan en Piet", actions("meekijken bij Jan en Piet",
                        LearningForm.WERKPLEK)),
                row(PopField.DOEL_ACTIES, "beter worden in Excel", actions("beter worden in Excel", (LearningForm) null)));
    }

    /** Actions whose learning forms are these, in this order; the descriptions are ActionSplitterTest's concern. */
    private static Answer.Actions actions(String said, LearningForm... forms) {
        return new Answer.Actions(Arrays.stream(forms).map(form -> new Action("", form, null)).toList(), said);
    }

    @ParameterizedTest(name = "{0}: \"{1}\"")
    @MethodSource("answers")
    void readsWhatTheWordsMeanForTheQuestion(PopField field, String said, Answer expected) {
        Answer read = READER.read(Expecting.of(field), said);

        if (expected instanceof Answer.Amounts amounts && read instanceof Answer.Amounts got) {
            assertThat(got.resources().euros()).isEqualByComparingTo(amounts.resources().euros());
            assertThat(got.resources().hours()).isEqualByComparingTo(amounts.resources().hours());
            assertThat(got.said()).isEqualTo(amounts.said());
        } else if (expected instanceof Answer.Actions actions && read instanceof Answer.Actions got) {
            assertThat(got.actions()).extracting(Action::form).isEqualTo(actions.actions().stream().map(Action::form)
                    .toList());
            assertThat(got.actions()).hasSameSizeAs(actions.actions());
        } else {
            assertThat(read).isEqualTo(expected);
        }
    }

    static Stream<Arguments> quickReplies() {
        return Stream.of(
                Arguments.of(Expecting.of(PopField.RICHTING_PLEK), "Nog open", "OPEN"),
                Arguments.of(Expecting.of(PopField.RICHTING_DIEPTE), "verbreden", "VERBREDEN"),
                Arguments.of(LEARNING_FORM, "Leren van anderen", "SOCIAAL"),
                Arguments.of(LEARNING_FORM, "een cursus", "FORMEEL"),
                Arguments.of(LEARNING_FORM, "op de werkvloer", "WERKPLEK"));
    }

    @ParameterizedTest(name = "{1} → {2}")
    @MethodSource("quickReplies")
    void aChoiceIsReadFromItsLabelAsAQuickReplySendsIt(Expecting expecting, String said, String value) {
        assertThat(READER.read(expecting, said)).isEqualTo(new Answer.Choice(value, said));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @MethodSource("yesNoLabels")
    void theYesNoQuickRepliesAreUnderstood(String label, boolean yes) {
        assertThat(READER.read(Expecting.of(PopField.DOEL_NOG_EEN), label)).isEqualTo(new Answer.YesNo(yes, label));
    }

    static Stream<Arguments> yesNoLabels() {
        return Options.YES_NO.stream().map(option -> Arguments.of(option.label(), option.value().equals("JA")));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @MethodSource("nothingExpected")
    void withNothingExpectedTheWordsAreText(String said) {
        assertThat(READER.read(null, said)).isEqualTo(new Answer.Text(said.strip(), said.strip()));
    }

    static Stream<String> nothingExpected() {
        return Stream.of("Dank je wel!", "  en nu?  ");
    }

    private static Arguments row(PopField field, String said, Answer expected) {
        return Arguments.of(field, said, expected);
    }
}
