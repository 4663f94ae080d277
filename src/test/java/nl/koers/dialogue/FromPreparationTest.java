package nl.koers.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import nl.koers.pop.LearningForm;
import nl.koers.pop.Pop;

/**
 * A one-on-one that starts from the employee's preparation: the prepared answers are confirmed, adjusted or
 * replaced, a prepared second goal is offered, and what is missing is asked as usual. Dialogue and reader together,
 * as a turn runs them.
 */
class FromPreparationTest {

    private static final QuestionBank BANK = QuestionBankLoader.load(Path.of("prompts"));
    private static final GuidedReader READER = new GuidedReader(Clock.fixed(Instant.parse("2026-11-23T09:00:00Z"),
            ZoneId.of("Europe/Amsterdam")), LearningFormsLoader.load(Path.of("prompts")));
    private static final Participants TOGETHER = new Participants(ConversationType.GESPREK, "Sanne de Vries",
            "Fatima El Amrani");

    private final Dialogue dialogue = new Dialogue(BANK, (query, audience, given) -> Optional.empty());

    /** What Sanne prepared: a role, talents and a direction, no wishes; two goals, the first complete. */
    static Pop prepared() {
        Pop.Goal first = new Pop.Goal(null, "Zelfstandig inkopen", "Drie rondes zonder hulp", LocalDate.of(2027, 6, 1),
                null, "Op de eigen afdeling", null, "Fatima als coach", "Inlezen",
                List.of(new Pop.Action("Meelopen met de inkoper", LearningForm.WERKPLEK, LocalDate.of(2027, 6, 1), null)));
        Pop.Goal second = Pop.Goal.of("Beter presenteren", null, null, List.of());
        return Pop.builder("Sanne de Vries", "Fatima El Amrani", LocalDate.of(2026, 11, 23)).role("Planner")
                .talents(List.of("plannen", "overzicht")).direction(new Pop.Direction(Pop.Depth.VERBREDEN, null, null))
                .goals(List.of(first, second)).build();
    }

    @Test
    void preparedAnswersAreConfirmedAndWhatIsMissingIsAsked() {
        Step step = dialogue.openFromPreparation(TOGETHER, prepared(), LocalDate.of(2026, 11, 20), List.of());

        assertThat(step.reply()).contains("Sanne deelde op 20 november 2026 een voorbereiding")
                .endsWith("Sanne schreef bij het werk nu: ‘Planner’. Fatima, herken je dat? Zeg 'klopt', of vul aan of"
                        + " pas aan wat er moet staan.");
        assertThat(step.expecting().confirm()).isTrue();
        assertThat(dialogue.addressesLeader(step.state(), step.pop())).isTrue();

        step = say(step, "klopt");
        assertThat(step.reply()).startsWith("Dan houden we dat zo.")
                .as("energy was not prepared: asked as usual").endsWith("Sanne, van welk werk krijg je energie? Noem"
                        + " eens een moment waarop het echt goed liep.");
        assertThat(step.expecting().confirm()).isFalse();
        assertThat(dialogue.addressesLeader(step.state(), step.pop())).isFalse();
        assertThat(step.pop().role()).isEqualTo("Planner");

        step = say(step, "Puzzelen met ritten");
        assertThat(step.reply()).contains("Sanne schreef bij talenten: ‘plannen, overzicht’");
        step = say(step, "ja, en ook rust bewaren");
        assertThat(step.pop().talents()).as("a list gets what is added").containsExactly("plannen", "overzicht",
                "rust bewaren");
    }

    @Test
    void noAsksWhatItShouldBeAndTheNextAnswerReplacesIt() {
        Step step = dialogue.openFromPreparation(TOGETHER, prepared(), LocalDate.of(2026, 11, 20), List.of());

        step = say(step, "nee");
        assertThat(step.reply()).isEqualTo("Goed dat je het zegt. Wat moet er dan staan bij het werk nu?");
        assertThat(step.expecting().confirm()).isFalse();
        step = say(step, "Teamleider planning sinds oktober");
        assertThat(step.pop().role()).isEqualTo("Teamleider planning sinds oktober");

        Step adjusted = dialogue.openFromPreparation(TOGETHER, prepared(), LocalDate.of(2026, 11, 20), List.of());
        adjusted = say(adjusted, "nee, ze is inmiddels senior planner");
        assertThat(adjusted.pop().role()).isEqualTo("ze is inmiddels senior planner");
    }

    @Test
    void allRightKeepsTheRestOfThePhaseAndAPreparedGoalCanBeLeftOut() {
        Step step = dialogue.openFromPreparation(TOGETHER, prepared(), LocalDate.of(2026, 11, 20), List.of());
        step = say(step, "klopt");
        step = say(step, "overslaan");
        step = say(step, "alles klopt");
        assertThat(step.reply()).startsWith("Dan houden we de rest van deze fase zoals Sanne het voorbereidde.");
        assertThat(step.expecting().field()).as("the unprepared rest of the phase is asked").isEqualTo("ambitie.kort");

        while (!step.expecting().field().equals("doel.beschrijving")) {
            step = say(step, step.expecting().confirm() ? "klopt" : "overslaan");
        }
        assertThat(step.reply()).contains("Sanne schreef bij het doel: ‘Zelfstandig inkopen’");
        step = say(step, "alles klopt");
        assertThat(step.expecting().field()).as("on through the first goal, to what was not prepared")
                .isEqualTo("doel.middelen");
        assertThat(step.pop().goals().getFirst().measure()).isEqualTo("Drie rondes zonder hulp");
        step = say(step, "overslaan");
        assertThat(step.expecting().field()).as("support and own effort were prepared and kept").isEqualTo("doel.nog_een");
        assertThat(step.pop().goals().getFirst().support()).isEqualTo("Fatima als coach");
        assertThat(step.reply()).endsWith("Sanne had nog een doel voorbereid: 'Beter presenteren'. Nemen jullie dat ook op?");
        step = say(step, "nee");
        assertThat(step.pop().goals()).extracting(Pop.Goal::description).containsExactly("Zelfstandig inkopen");
        assertThat(step.pop().openPoints()).contains("Doel uit de voorbereiding, niet opgenomen: Beter presenteren");
        assertThat(step.pop().goals().getFirst().deadline()).isEqualTo(LocalDate.of(2027, 6, 1));
    }

    @Test
    void aPreparedSecondGoalTakenUpIsConfirmedFieldByField() {
        Step step = dialogue.openFromPreparation(TOGETHER, prepared(), LocalDate.of(2026, 11, 20), List.of());
        while (!step.expecting().field().equals("doel.nog_een")) {
            step = say(step, step.expecting().confirm() ? "klopt" : "overslaan");
        }
        step = say(step, "ja");
        assertThat(step.expecting().field()).as("the description was the goal offered").isEqualTo("doel.maatstaf");
        assertThat(step.expecting().confirm()).as("the second goal had no measure").isFalse();
        assertThat(step.reply()).contains("'Beter presenteren'");
    }

    @Test
    void aYesWithMoreAddsToWhatWasPreparedAndTheAttributionSaysWhose() {
        Step step = dialogue.openFromPreparation(TOGETHER, prepared(), LocalDate.of(2026, 11, 20), List.of());
        step = say(step, "ja dat klopt nog steeds");
        assertThat(step.pop().role()).as("agreeing words add nothing").isEqualTo("Planner");
        assertThat(step.pop().attribution()).as("the prepared words are Sanne's, whoever confirms them")
                .containsEntry("role", "Sanne de Vries");

        step = say(step, "overslaan");
        step = say(step, "klopt, en ook rust bewaren");
        assertThat(step.pop().talents()).containsExactly("plannen", "overzicht", "rust bewaren");
        assertThat(step.pop().attribution()).containsEntry("talents", "Sanne de Vries, aangevuld door Fatima El Amrani");

        Step retold = dialogue.openFromPreparation(TOGETHER, prepared(), LocalDate.of(2026, 11, 20), List.of());
        retold = dialogue.next(TOGETHER.speaking("Sanne de Vries"), retold.state(), retold.pop(),
                READER.read(retold.expecting(), "klopt, al doe ik sinds kort ook de inkoop"));
        assertThat(retold.pop().role()).isEqualTo("Planner / al doe ik sinds kort ook de inkoop");
        assertThat(retold.pop().attribution()).containsEntry("role", "Sanne de Vries");
    }

    @Test
    void aMovedDeadlineTakesTheActionsThatHadTheOldDateAlong() {
        Step step = dialogue.openFromPreparation(TOGETHER, prepared(), LocalDate.of(2026, 11, 20), List.of());
        while (!step.expecting().field().equals("doel.deadline")) {
            step = say(step, step.expecting().confirm() ? "klopt" : "overslaan");
        }
        step = say(step, "nee, 1 oktober 2027");
        assertThat(step.pop().goals().getFirst().deadline()).isEqualTo(LocalDate.of(2027, 10, 1));
        assertThat(step.pop().goals().getFirst().actions().getFirst().deadline()).isEqualTo(LocalDate.of(2027, 10, 1));
    }

    @Test
    void aNoToThePreparedGoalThatNamesAnotherStartsThatOne() {
        Step step = dialogue.openFromPreparation(TOGETHER, prepared(), LocalDate.of(2026, 11, 20), List.of());
        while (!step.expecting().field().equals("doel.nog_een")) {
            step = say(step, step.expecting().confirm() ? "klopt" : "overslaan");
        }
        step = say(step, "nee, dat niet. Wel een doel over inkoop: meelopen met Peter bij de inkoop");
        assertThat(step.pop().goals()).extracting(Pop.Goal::description)
                .containsExactly("Zelfstandig inkopen", "Meelopen met Peter bij de inkoop");
        assertThat(step.pop().openPoints()).contains("Doel uit de voorbereiding, niet opgenomen: Beter presenteren");
        assertThat(step.expecting().field()).isEqualTo("doel.maatstaf");
        assertThat(step.expecting().confirm()).as("nothing of the new goal was prepared").isFalse();
    }

    private Step say(Step step, String text) {
        return dialogue.next(TOGETHER, step.state(), step.pop(), READER.read(step.expecting(), text));
    }
}
