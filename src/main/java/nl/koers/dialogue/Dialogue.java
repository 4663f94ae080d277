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
            return Expecting.of(bank.phase(phase).questions().get(state.at().index()).field());
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
