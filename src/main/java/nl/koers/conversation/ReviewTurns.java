package nl.koers.conversation;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Consumer;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import nl.koers.conversation.ConversationViews.Reply;
import nl.koers.conversation.ConversationViews.TurnReply;
import nl.koers.dialogue.Answer;
import nl.koers.dialogue.Expecting;
import nl.koers.dialogue.GuidedReader;
import nl.koers.dialogue.ProgressReview;
import nl.koers.pop.Pop;
import nl.koers.web.KoersProblem;
import tools.jackson.databind.json.JsonMapper;

/**
 * A turn of a progress review: the answer is read, the review takes its step, and in one transaction the message,
 * the progress written into the reviewed POP, the reply and the new state are stored. Guided only: its questions are
 * short and fixed, and its answers go into the POP as said.
 */
@Component
class ReviewTurns {

    private final ConversationRepository conversations;
    private final MessageRepository messages;
    private final ConversationStore store;
    private final ProgressReview review;
    private final GuidedReader reader;
    private final TurnLock lock;
    private final TransactionTemplate transactions;
    private final JsonMapper json;
    private final Clock clock;

    ReviewTurns(ConversationRepository conversations, MessageRepository messages, ConversationStore store,
            ProgressReview review, GuidedReader reader, TurnLock lock, TransactionTemplate transactions, JsonMapper json,
            Clock clock) {
        this.conversations = conversations;
        this.messages = messages;
        this.store = store;
        this.review = review;
        this.reader = reader;
        this.lock = lock;
        this.transactions = transactions;
        this.json = json;
        this.clock = clock;
    }

    /** The first message of a new review of {@code pop}, and the state to store with it. */
    ProgressReview.Turn open(nl.koers.dialogue.Participants who, Pop pop) {
        return review.open(who, pop);
    }

    String write(ProgressReview.State state) {
        return json.writeValueAsString(state);
    }

    ProgressReview.State state(Conversation conversation) {
        return json.readValue(conversation.state(), ProgressReview.State.class);
    }

    /** What a review expects next, for the conversation's {@code expecting}. */
    Expecting expecting(Conversation conversation) {
        return ProgressReview.expecting(state(conversation));
    }

    TurnReply take(Conversation seen, Utterance said, Consumer<String> tokens) {
        Expecting before = expecting(seen);
        Answer read = reader.read(before, said.text());
        ProgressReview.Turn turn = transactions.execute(status -> {
            TurnLock.Locked row = lock.lockRow(seen.id(), said);
            Conversation locked = row.conversation();
            ProgressReview.State state = state(locked);
            Expecting now = ProgressReview.expecting(state);
            Answer answer = Objects.equals(now, before) ? read : reader.read(now, said.text());
            UUID reviewed = locked.links().reviewOf();
            Pop pop = store.pop(reviewed).orElseThrow(() -> KoersProblem.notFound(ConversationAccess.NOT_FOUND));
            Instant at = clock.instant();
            ProgressReview.Turn taken = review.next(state, pop, answer, LocalDate.ofInstant(at, clock.getZone()));
            if (!taken.pop().equals(pop)) {
                store.saveProgress(reviewed, taken.pop(), at);
            }
            messages.appendAs(row.reply(), locked.id(), MessageRole.ASSISTANT, taken.reply(), List.of(), null, null,
                    at);
            if (!conversations.advance(locked.id(), locked.version(), taken.phase(), DialogueMode.GUIDED,
                    write(taken.state()), at)) {
                throw KoersProblem.conflict("Er werd tegelijk een ander antwoord verwerkt. Probeer het opnieuw.");
            }
            return taken;
        });
        tokens.accept(turn.reply());
        return new TurnReply(new Reply(turn.reply(), List.of()), turn.phase(), DialogueMode.GUIDED, null,
                turn.expecting());
    }
}
