package nl.koers.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
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
                row(PopField.AMBITIE_KORT, "ok. nou dat ik met het WMS kan werken", new Answer.Text(
                        "dat ik met het WMS kan werken", "ok. nou dat ik met het WMS kan werken")),
                row(PopField.DOEL_BESCHRIJVING, "Ik wil graag zelfstandig inkopen.",
                        new Answer.Text("Zelfstandig inkopen", "Ik wil graag zelfstandig inkopen.")),
                row(PopField.DOEL_BESCHRIJVING, "Dat weet ik nog niet, maar goed. Mijn doel: het nieuwe pakket beheersen.",
                        new Answer.Text("Het nieuwe pakket beheersen",
                                "Dat weet ik nog niet, maar goed. Mijn doel: het nieuwe pakket beheersen.")),
                row(PopField.OPEN_PUNTEN, "niets", new Answer.Nothing("niets")),
                row(PopField.TALENTEN, "plannen, klantcontact en Excel",
                        new Answer.Items(List.of("plannen", "klantcontact", "Excel"), "plannen, klantcontact en Excel")),
                row(PopField.RICHTING_DIEPTE, "eerst verdiepen denk ik", new Answer.Choice("VERDIEPEN",
                        "eerst verdiepen denk ik")),
                row(PopField.RICHTING_DIEPTE, "Allebei", new Answer.Choice("BEIDE", "Allebei")),
                row(PopField.RICHTING_DIEPTE, "geen flauw idee", new Answer.DontKnow("geen flauw idee")),
                row(PopField.RICHTING_PLEK, "Een andere rol", new Answer.Choice("ANDERE_FUNCTIE", "Een andere rol")),
                row(PopField.RICHTING_PLEK, "liefst op een andere afdeling", new Answer.Choice("ANDERE_FUNCTIE",
                        "liefst op een andere afdeling")),
                row(PopField.DOEL_DEADLINE, "eind maart 2027", new Answer.Date(LocalDate.of(2027, 3, 31),
                        "eind maart 2027")),
                row(PopField.DOEL_DEADLINE, "als het rustiger is", new Answer.NotUnderstood("als het rustiger is")),
                row(PopField.VOORTGANG, "15 januari en 31 maart 2027", new Answer.Dates(List.of(LocalDate.of(2027, 1, 15),
                        LocalDate.of(2027, 3, 31)), "15 januari en 31 maart 2027")),
                row(PopField.VOORTGANG, "nvt", new Answer.Nothing("nvt")),
                amounts("€ 650 en twee dagen", 650, null, 2, null),
                amounts("Zo'n 450 euro voor het vakboek", 450, null, null, null),
                amounts("De leergang kost 2.350,- en ik heb 3 uur per week nodig", 2350, 3, null, Resources.Per.WEEK),
                amounts("zeshonderd euro en een halve dag", 600, null, 0.5, null),
                amounts("1 à 2 uur per week, een half jaar lang", null, 2, null, Resources.Per.WEEK),
                amounts("niets behalve 120 euro voor het boek", 120, null, null, null),
                amounts("twee avonden per maand", null, null, null, Resources.Per.MONTH),
                amounts("250 euro en drie avonden", 250, null, null, null),
                row(PopField.DOEL_DEADLINE, "in het najaar", new Answer.Date(LocalDate.of(2027, 11, 30), "in het najaar")),
                row(PopField.DOEL_DEADLINE, "Ik hoop zo rond de zomervakantie", new Answer.Date(LocalDate.of(2027, 7, 10),
                        "Ik hoop zo rond de zomervakantie")),
                row(PopField.DOEL_DEADLINE, "medio 2027", new Answer.Date(LocalDate.of(2027, 7, 1), "medio 2027")),
                row(PopField.DOEL_DEADLINE, "week 12", new Answer.Date(LocalDate.of(2027, 3, 26), "week 12")),
                row(PopField.DOEL_DEADLINE, "voor de kerst", new Answer.Date(LocalDate.of(2026, 12, 18), "voor de kerst")),
                row(PopField.DOEL_DEADLINE, "september volgend jaar", new Answer.Date(LocalDate.of(2027, 9, 30),
                        "september volgend jaar")),
                row(PopField.DOEL_DEADLINE, "elk kwartaal", new Answer.NotUnderstood("elk kwartaal")),
                row(PopField.DOEL_DEADLINE, "dat weet ik nog niet", new Answer.DontKnow("dat weet ik nog niet")),
                row(PopField.VOORTGANG, "elk kwartaal", new Answer.Dates(List.of(LocalDate.of(2027, 2, 23),
                        LocalDate.of(2027, 5, 24), LocalDate.of(2027, 8, 23), LocalDate.of(2027, 11, 23)), Period.ofMonths(3),
                        "elk kwartaal")),
                row(PopField.VOORTGANG, "om de twee maanden", new Answer.Dates(List.of(LocalDate.of(2027, 1, 25),
                        LocalDate.of(2027, 3, 23), LocalDate.of(2027, 5, 24), LocalDate.of(2027, 7, 23),
                        LocalDate.of(2027, 9, 23), LocalDate.of(2027, 11, 23)), Period.ofMonths(2), "om de twee maanden")),
                row(PopField.VOORTGANG, "in april en in oktober", new Answer.Dates(List.of(LocalDate.of(2027, 4, 15),
                        LocalDate.of(2027, 10, 15)), "in april en in oktober")),
                row(PopField.VOORTGANG, "half maart", new Answer.Dates(List.of(LocalDate.of(2027, 3, 15)), "half maart")),
                row(PopField.VOORTGANG, "niet nodig", new Answer.Nothing("niet nodig")),
                row(PopField.VOORTGANG, "Nee, hoeft niet.", new Answer.Nothing("Nee, hoeft niet.")),
                row(PopField.VOORTGANG, "geen", new Answer.Nothing("geen")),
                row(PopField.VOORTGANG, "als mijn leidinggevende tijd heeft",
                        new Answer.NotUnderstood("als mijn leidinggevende tijd heeft")),
                row(PopField.DOEL_MIDDELEN, "geen budget", new Answer.Nothing("geen budget")),
                row(PopField.DOEL_MIDDELEN, "niks, ik leer het in mijn eigen tijd",
                        new Answer.Nothing("niks, ik leer het in mijn eigen tijd")),
                row(PopField.DOEL_MIDDELEN, "Geen budget nodig, het is een interne cursus",
                        new Answer.Nothing("Geen budget nodig, het is een interne cursus")),
                row(PopField.DOEL_MIDDELEN, "€ 0,-", new Answer.Nothing("€ 0,-")),
                row(PopField.DOEL_MIDDELEN, "dat regelt HR", new Answer.NotUnderstood("dat regelt HR")),
                row(PopField.DOEL_MIDDELEN, "een paar uur", new Answer.NotUnderstood("een paar uur")),
                row(PopField.DOEL_MIDDELEN, "geen geld maar wel tijd", new Answer.NotUnderstood("geen geld maar wel tijd")),
                row(PopField.DOEL_NOG_EEN, "Nee", new Answer.YesNo(false, "Nee")),
                row(PopField.DOEL_NOG_EEN, "ja graag", new Answer.YesNo(true, "ja graag")),
                row(PopField.DOEL_NOG_EEN, "misschien", new Answer.NotUnderstood("misschien")),
                row(PopField.DOEL_DEADLINE, "nee dank je", new Answer.DontKnow("nee dank je")),
                row(PopField.VOORTGANG, "Nee, liever niet", new Answer.Nothing("Nee, liever niet")),
                row(PopField.DOEL_MAATSTAF, "Ik maak de planning zonder hulp, eind maart",
                        new Answer.Date(LocalDate.of(2027, 3, 31), "Ik maak de planning zonder hulp, eind maart")),
                row(PopField.DOEL_MAATSTAF, "Ik maak de weekplanning zonder hulp",
                        new Answer.Text("Ik maak de weekplanning zonder hulp", "Ik maak de weekplanning zonder hulp")),
                row(PopField.WENSEN, "Wat is het verschil tussen een POP en een beoordeling?",
                        new Answer.Question("Wat is het verschil tussen een POP en een beoordeling?")),
                row(PopField.BELEMMERINGEN, "kan ik dat zelf lenen of is er subsidie?",
                        new Answer.Question("kan ik dat zelf lenen of is er subsidie?")),
                row(PopField.RICHTING_DIEPTE, "wat bedoel je precies met verbreden?",
                        new Answer.Question("wat bedoel je precies met verbreden?")),
                row(PopField.OPEN_PUNTEN, "Mag ik thuis studeren?", new Answer.Text("Mag ik thuis studeren?",
                        "Mag ik thuis studeren?")),
                row(PopField.DOEL_DEADLINE, "eind maart?", new Answer.Date(LocalDate.of(2027, 3, 31), "eind maart?")),
                row(PopField.ENERGIE, "?", new Answer.Command(Word.EXPLAIN, "?")),
                row(PopField.DOEL_MAATSTAF, "Hoe bedoel je?", new Answer.Command(Word.EXPLAIN, "Hoe bedoel je?")),
                row(PopField.ENERGIE, "-", new Answer.DontKnow("-")),
                row(PopField.AMBITIE_LANG, "Eerlijk gezegd geen idee", new Answer.DontKnow("Eerlijk gezegd geen idee")),
                row(PopField.VOORTGANG, "weet ik nog niet", new Answer.DontKnow("weet ik nog niet")),
                row(PopField.RICHTING_PLEK, "weet ik nog niet", new Answer.Choice("OPEN", "weet ik nog niet")),
                row(PopField.ENERGIE, "Geen idee waar ik energie van krijg, maar het rooster maken vind ik leuk",
                        new Answer.Text("Geen idee waar ik energie van krijg, maar het rooster maken vind ik leuk",
                                "Geen idee waar ik energie van krijg, maar het rooster maken vind ik leuk")),
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
                row(PopField.TALENTEN, "geen flauw idee eigenlijk", new Answer.DontKnow("geen flauw idee eigenlijk")),
                row(PopField.TALENTEN, "weet ik niet", new Answer.DontKnow("weet ik niet")),
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
            assertThat(got.resources()).usingRecursiveComparison()
                    .withComparatorForType(BigDecimal::compareTo, BigDecimal.class).isEqualTo(amounts.resources());
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

    /** Money and time as read, in the units given, with the words kept as the text. */
    private static Arguments amounts(String said, @Nullable Number euros, @Nullable Number hours, @Nullable Number days,
            Resources.@Nullable Per per) {
        return row(PopField.DOEL_MIDDELEN, said, new Answer.Amounts(new Resources(decimal(euros), decimal(hours),
                decimal(days), per, said), said));
    }

    private static @Nullable BigDecimal decimal(@Nullable Number number) {
        return number == null ? null : new BigDecimal(number.toString());
    }

    private static Arguments row(PopField field, String said, Answer expected) {
        return Arguments.of(field, said, expected);
    }
}
