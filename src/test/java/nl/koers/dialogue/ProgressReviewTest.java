package nl.koers.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import nl.koers.pop.Pop;
import nl.koers.pop.Pop.ProgressStatus;

/** The progress review on its own: how a status is said, what is asked per status, and what lands in the POP. */
class ProgressReviewTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final QuestionBank BANK = QuestionBankLoader.load(Path.of("prompts"));
    private static final GuidedReader READER = new GuidedReader(Clock.fixed(Instant.parse("2026-11-23T09:00:00Z"),
            ZoneId.of("Europe/Amsterdam")), LearningFormsLoader.load(Path.of("prompts")));
    private static final Participants WHO = new Participants(ConversationType.VOORTGANG, "Sanne de Vries",
            "Fatima El Amrani");

    private final ProgressReview review = new ProgressReview(BANK.texts());

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            loopt prima                                | OP_SCHEMA
            nog niet af maar het loopt                 | OP_SCHEMA
            gehaald!                                   | AFGEROND
            eigenlijk is het al afgerond               | AFGEROND
            het gaat niet goed                         | BIJGESTELD
            loopt niet zo lekker                       | BIJGESTELD
            ligt stil door de drukte                   | BIJGESTELD
            het is niet gelukt, we moeten het later doen | BIJGESTELD
            we laten het vallen                        | GESTOPT
            daar stoppen we mee                        | GESTOPT
            """)
    void statusesAreReadAsPeopleSayThem(String said, ProgressStatus status) {
        assertThat(ProgressWords.status(said)).contains(status);
    }

    @Test
    void wordsWithoutAStatusAreAskedAgainWithTheWayOut() {
        ProgressReview.Turn turn = review.open(WHO, plan(List.of()));
        turn = say(turn, plan(List.of()), "blauw");
        assertThat(turn.reply()).contains("'op schema'", "'overslaan'");
        assertThat(turn.state().asking()).isEqualTo(ProgressReview.STATUS);
    }

    @Test
    void aDeadlineInThePastIsNotTakenAndTheActionsFollowANewOne() {
        Pop pop = plan(List.of());
        ProgressReview.Turn turn = review.open(WHO, pop);
        assertThat(turn.reply()).contains("Doel 1 van 2:** Zelfstandig inkopen (deadline 1 juni 2027)");
        for (String answer : List.of("moet later", "de eerste ronde", "te druk", "Volgende stap: tweede ronde")) {
            turn = say(turn, pop, answer);
            pop = turn.pop();
        }
        turn = say(turn, pop, "1 januari 2026");
        assertThat(turn.reply()).startsWith("1 januari 2026 is al voorbij.");
        turn = say(turn, pop, "1 september 2027");
        Pop written = turn.pop();
        assertThat(written.goals().getFirst().deadline()).isEqualTo(LocalDate.of(2027, 9, 1));
        assertThat(written.goals().getFirst().actions().getFirst().deadline()).as("it had the goal's date")
                .isEqualTo(LocalDate.of(2027, 9, 1));
        assertThat(written.progress().getFirst().nextStep()).as("no label twice").isEqualTo("tweede ronde");
        assertThat(written.progress().getFirst().previousDeadline()).isEqualTo(LocalDate.of(2027, 6, 1));
    }

    @Test
    void goalsFinishedOrStoppedBeforeAreLeftOut() {
        Pop pop = plan(List.of(new Pop.Progress(LocalDate.of(2026, 10, 1), "doel-1", ProgressStatus.AFGEROND, null, null,
                null, null, null)));
        ProgressReview.Turn turn = review.open(WHO, pop);
        assertThat(turn.reply()).contains("1 open doel", "sla ik over", "Doel 2 van 2:** Beter presenteren");
        assertThat(ProgressReview.hasOpenGoal(pop)).isTrue();
        Pop done = plan(List.of(new Pop.Progress(TODAY, "doel-1", ProgressStatus.AFGEROND, null, null, null, null, null),
                new Pop.Progress(TODAY, "doel-2", ProgressStatus.GESTOPT, null, null, null, null, null)));
        assertThat(ProgressReview.hasOpenGoal(done)).isFalse();
    }

    private ProgressReview.Turn say(ProgressReview.Turn turn, Pop pop, String text) {
        return review.next(turn.state(), pop, READER.read(ProgressReview.expecting(turn.state()), text), TODAY);
    }

    private static Pop plan(List<Pop.Progress> progress) {
        Pop.Goal first = new Pop.Goal("doel-1", "Zelfstandig inkopen", "Drie rondes", LocalDate.of(2027, 6, 1), null, null,
                null, null, null, List.of(new Pop.Action("Meelopen", null, LocalDate.of(2027, 6, 1), null)));
        return Pop.builder("Sanne de Vries", "Fatima El Amrani", LocalDate.of(2026, 6, 1))
                .goals(List.of(first, Pop.Goal.of("Beter presenteren", null, null, List.of()).withId("doel-2"))).progress(progress).build();
    }
}
