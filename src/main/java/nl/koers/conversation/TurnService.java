package nl.koers.conversation;

import java.time.Duration;
import java.util.UUID;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

import nl.koers.accounts.KoersUser;
import nl.koers.assistant.ModelBudget;
import nl.koers.assistant.Assistant;
import nl.koers.conversation.ConversationViews.TurnReply;
import nl.koers.dialogue.ConversationType;
import nl.koers.web.KoersProblem;

/**
 * One turn, the same route for every conversation: admit it (the sender's message rate, who may take a turn here,
 * the model budget), then hand it to its flow: the dialogue ({@link DialogueTurns}) or a question to the knowledge
 * base ({@link QuestionTurns}), each with the language model where it answers and guided otherwise.
 */
@Service
public class TurnService {

    /** How a turn runs: with the model or guided, and the notice when the model was meant but is not used. */
    record Route(boolean model, @Nullable String notice) {
    }

    private final ConversationAccess access;
    private final MessageRate rate;
    private final Assistant model;
    private final ModelBudget budget;
    private final TurnNotices notices;
    private final DialogueTurns dialogue;
    private final QuestionTurns questions;
    private final ReviewTurns reviews;
    private final TurnAdmission admission;

    TurnService(ConversationAccess access, MessageRate rate, Assistant model, ModelBudget budget,
            TurnNotices notices, DialogueTurns dialogue, QuestionTurns questions, ReviewTurns reviews,
            TurnAdmission admission) {
        this.reviews = reviews;
        this.admission = admission;
        this.access = access;
        this.rate = rate;
        this.model = model;
        this.budget = budget;
        this.notices = notices;
        this.dialogue = dialogue;
        this.questions = questions;
    }

    public TurnReply post(UUID id, KoersUser caller, String text) {
        return post(id, caller, text, null, piece -> {
        });
    }

    public TurnReply post(UUID id, KoersUser caller, String text, @Nullable String speaker) {
        return post(id, caller, text, speaker, piece -> {
        });
    }

    /**
     * A turn whose reply is also handed to {@code tokens} as it is written. {@code speaker} names whose answer it is
     * when that is not the caller: the other person in a one-on-one.
     */
    public TurnReply post(UUID id, KoersUser caller, String text, @Nullable String speaker, Consumer<String> tokens) {
        Duration wait = rate.tryAccept(caller.id());
        if (!wait.isZero()) {
            throw KoersProblem.tooManyRequests(notices.tooMany(), wait);
        }
        // Guided turns compute; a turn that may go to the model mostly waits for it (see TurnAdmission).
        return model.available() ? take(id, caller, text, speaker, tokens)
                : admission.admit(() -> take(id, caller, text, speaker, tokens));
    }

    private TurnReply take(UUID id, KoersUser caller, String text, @Nullable String speaker, Consumer<String> tokens) {
        Conversation seen = access.editable(id, caller); // a refused turn costs no model budget
        Utterance said = new Utterance(text, caller, access.speaker(seen, caller, speaker));
        if (seen.type() == ConversationType.VOORTGANG) {
            return reviews.take(seen, said, tokens); // guided: its answers are short and its questions fixed
        }
        Route route = route(caller);
        return seen.type() == ConversationType.VRAAG ? questions.take(seen, caller, text, route, tokens)
                : dialogue.take(seen, said, route, tokens);
    }

    private Route route(KoersUser caller) {
        if (!model.available()) {
            return new Route(false, null);
        }
        if (!budget.tryUse(caller.id())) {
            return new Route(false, notices.budgetUsed(budget.perDay()));
        }
        return new Route(true, null);
    }
}
