package nl.koers.dialogue;

import java.util.List;

import org.jspecify.annotations.Nullable;

import nl.koers.dialogue.DialogueState.Pending;
import nl.koers.dialogue.DialogueState.PendingKind;
import nl.koers.pop.Pop;

/**
 * The guided dialogue: the question bank's agenda, one question per turn. It takes a typed {@link Answer} into the
 * POP, asks once when it did not understand, coaches (a SMART follow-up per goal, one 70-20-10 hint, at most one
 * knowledge tip per turn) and ends with the POP draft. Pure: no Spring, no database, no language model; the state it
 * returns is everything it needs for the next turn.
 */
public final class Dialogue {

    private final QuestionBank bank;
    private final Tips tips;

    public Dialogue(QuestionBank bank, Tips tips) {
        this.bank = bank;
        this.tips = tips;
    }

    /** The first message of a new conversation: welcome, the first phase's introduction and its first question. */
    public Step open(Participants who, Pop pop) {
        return new DialogueTurn(bank, tips, who, DialogueState.start(), pop).open();
    }

    /**
     * The first message of a one-on-one whose POP starts from the employee's shared preparation: welcome, what the
     * preparation brings and the agenda, then the first question as a confirmation of what was prepared.
     */
    public Step openFromPreparation(Participants who, Pop pop, java.time.LocalDate sharedOn, List<Agenda.Item> agenda) {
        return new DialogueTurn(bank, tips, who, DialogueState.startKnowing(KnownAnswers.keys(pop)), pop)
                .openFromPreparation(sharedOn, agenda);
    }

    /** The first message of a one-on-one without the employee's preparation, with the leader's agenda points. */
    public Step open(Participants who, Pop pop, List<Agenda.Item> agenda) {
        return new DialogueTurn(bank, tips, who, DialogueState.start(), pop).openWithAgenda(agenda);
    }

    /** The dialogue's move after an answer. */
    public Step next(Participants who, DialogueState state, Pop pop, Answer answer) {
        return new DialogueTurn(bank, tips, who, state, pop).answer(answer);
    }

    /** What the dialogue expects next, or {@code null} when no question is open. */
    public @Nullable Expecting expecting(DialogueState state, Pop pop) {
        return expecting(bank, state, pop);
    }

    /** The open question in the words put to these people, for a reader that needs to see it. */
    public String question(Participants who, DialogueState state, Pop pop) {
        return new DialogueTurn(bank, Tips.NONE, who, state, pop).question();
    }

    /**
     * In a one-on-one, whether the open question is put to the leader (else to the employee): the page sets its
     * "whose answer" toggle to that person. A confirmation of what the employee prepared goes to the leader.
     */
    public boolean addressesLeader(DialogueState state, Pop pop) {
        Phase phase = state.at().phase();
        if (phase == Phase.AFGEROND || phase == Phase.VRAAG || phase == Phase.VOORTGANG || state.pending() != null) {
            return false;
        }
        Question question = bank.phase(phase).questions().get(state.at().index());
        return state.confirming(state.at(), question.field(), pop) || question.toManager();
    }

    /**
     * Where the open question stands within its phase: its number among the phase's questions and, for a question
     * about a goal, which goal. Null when no question of the script is open (finished, or a question conversation).
     */
    public @Nullable Progress progress(DialogueState state) {
        Phase phase = state.at().phase();
        if (phase == Phase.AFGEROND || phase == Phase.VRAAG || phase == Phase.VOORTGANG) {
            return null;
        }
        List<Question> questions = bank.phase(phase).questions();
        int index = Math.min(state.at().index(), questions.size() - 1);
        boolean aboutAGoal = questions.get(index).field().key().startsWith("doel.");
        return new Progress(index + 1, questions.size(), aboutAGoal ? state.at().goal() + 1 : 0, 0);
    }

    public QuestionBank bank() {
        return bank;
    }

    static @Nullable Expecting expecting(QuestionBank bank, DialogueState state, Pop pop) {
        Phase phase = state.at().phase();
        if (phase == Phase.AFGEROND || phase == Phase.VRAAG) {
            return null;
        }
        Pending pending = state.pending();
        if (pending == null) {
            PopField field = bank.phase(phase).questions().get(state.at().index()).field();
            return state.confirming(state.at(), field, pop) ? Expecting.of(field).confirming() : Expecting.of(field);
        }
        if (pending.kind() == PendingKind.LEARNING_FORM) {
            return new Expecting(Expecting.LEARNING_FORM, PopField.Kind.CHOICE, Options.LEARNING_FORM);
        }
        if (pending.kind() == PendingKind.FOLLOW_UP) {
            return new Expecting(Expecting.FOLLOW_UP, PopField.Kind.TEXT, List.of());
        }
        if (pending.kind() == PendingKind.SUMMARY) {
            return new Expecting(Expecting.SUMMARY, PopField.Kind.TEXT, List.of());
        }
        if (pending.kind() == PendingKind.EXTRA_ACTION) {
            return new Expecting(Expecting.EXTRA_ACTION, PopField.Kind.ACTIONS, List.of());
        }
        Pop.Goal goal = pending.goal() < pop.goals().size() ? pop.goals().get(pending.goal()) : null;
        boolean hasMeasure = goal != null && goal.measure() != null && !goal.measure().isBlank();
        boolean hasDeadline = goal != null && goal.deadline() != null;
        // a date read from the answer completes the deadline; the words complete the measure
        return hasDeadline && !hasMeasure ? Expecting.of(PopField.DOEL_MAATSTAF) : Expecting.of(PopField.DOEL_DEADLINE);
    }
}
