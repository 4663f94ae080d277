package nl.koers.dialogue;

import java.util.Optional;

import nl.koers.dialogue.DialogueState.Pending;
import nl.koers.dialogue.DialogueState.PendingKind;
import nl.koers.dialogue.DialogueState.Position;

/**
 * The words that work in every phase, as moves of one turn: help, back (also after the end), skip (also a follow-up
 * question, and past the goal loop when no goal was described), the next phase, and stop.
 */
final class Commands {

    private final DialogueTurn turn;

    Commands(DialogueTurn turn) {
        this.turn = turn;
    }

    void take(Answer.Command.Word word) {
        switch (word) {
            case HELP -> {
                turn.reply().add(turn.texts().text("help"));
                turn.askAgain();
            }
            case EXPLAIN -> {
                turn.reply().add(explanation());
                turn.askAgain();
            }
            case BACK -> back();
            case SKIP -> skip();
            case NEXT_PHASE -> {
                turn.reply().add(turn.texts().text("volgende_fase"));
                turn.state(turn.state().remember(turn.state().at()).pending(null));
                turn.nextPhase(false); // moving on by choice: no summary to confirm on the way
            }
            case STOP -> {
                turn.reply().add(turn.texts().text("stop"));
                turn.state(turn.state().pending(null));
                turn.finish();
            }
        }
    }

    /** What the open question means: its own explanation, or the one for a follow-up, or the general one. */
    private String explanation() {
        Pending pending = turn.state().pending();
        if (pending != null) {
            return turn.texts().text(switch (pending.kind()) {
                case LEARNING_FORM -> "uitleg_leervorm";
                case SMART -> "uitleg_smart";
                case FOLLOW_UP -> "uitleg_doorvraag";
                case EXTRA_ACTION -> "uitleg_leervorm";
                case SUMMARY -> "uitleg_samenvatting";
            });
        }
        String explanation = turn.question(turn.state().at()).explanation();
        return explanation == null ? turn.texts().text("uitleg") : GuidedTexts.fill(explanation, turn.values(turn.state().at()));
    }

    private void back() {
        if (turn.state().pending() != null && turn.state().pending().kind() == PendingKind.LEARNING_FORM) {
            turn.reply().add(turn.texts().text("terug"));
            turn.state(turn.state().pending(null));
            if (!turn.state().history().isEmpty() && turn.state().history().getLast().equals(turn.state().at())) {
                turn.state(turn.state().forgetLast());
            }
            turn.ask(turn.state().at(), false);
            return;
        }
        if (turn.state().history().isEmpty()) {
            turn.reply().add(turn.texts().text("terug_begin"));
            turn.state(turn.state().pending(null));
            turn.ask(turn.state().at(), false);
            return;
        }
        Position previous = turn.state().history().getLast();
        turn.reply().add(turn.texts().text("terug"));
        boolean otherPhase = previous.phase() != turn.state().at().phase();
        turn.state(turn.state().forgetLast().pending(null));
        turn.ask(previous, otherPhase);
    }

    private void skip() {
        turn.reply().add(turn.texts().text("overslaan"));
        Pending pending = turn.state().pending();
        if (pending != null) {
            if (pending.kind() == PendingKind.LEARNING_FORM) {
                Optional<Pending> next = turn.nextUnclassified(pending.goal(), pending.action() + 1);
                if (next.isPresent()) {
                    turn.state(turn.state().pending(next.get()));
                    turn.askPending();
                    return;
                }
                turn.hintOrAdvance(pending.goal(), true);
                return;
            }
            turn.state(turn.state().pending(null));
            if (pending.kind() == PendingKind.FOLLOW_UP || pending.kind() == PendingKind.EXTRA_ACTION) {
                turn.advance();
            } else if (pending.kind() == PendingKind.SUMMARY) {
                turn.nextPhase();
            } else {
                turn.ask(turn.state().at(), false);
            }
            return;
        }
        turn.passOver();
    }

    void afterFinish(Answer answer) {
        if (answer instanceof Answer.Command command && command.word() == Answer.Command.Word.BACK
                && !turn.state().history().isEmpty()) {
            Position previous = turn.state().history().getLast();
            turn.reply().add(turn.texts().text("terug"));
            turn.state(turn.state().forgetLast());
            turn.ask(previous, true);
            return;
        }
        turn.reply().add(turn.texts().text("na_afronding"));
    }
}
