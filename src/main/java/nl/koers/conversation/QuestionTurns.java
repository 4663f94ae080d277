package nl.koers.conversation;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;
import org.springframework.ai.document.Document;
import org.springframework.ai.rag.Query;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import nl.koers.accounts.KoersUser;
import nl.koers.accounts.Role;
import nl.koers.assistant.Assistant;
import nl.koers.assistant.ModelUnavailableException;
import nl.koers.conversation.ConversationViews.Reply;
import nl.koers.conversation.ConversationViews.TurnReply;
import nl.koers.conversation.TurnService.Route;
import nl.koers.dialogue.Phase;
import nl.koers.knowledge.LuceneDocumentRetriever;
import nl.koers.web.KoersProblem;

/**
 * A turn in a conversation of questions to the knowledge base ({@code VRAAG}): the model answers from the retrieved
 * passages with citations where it answers; otherwise, or when it fails, the passages themselves are the answer.
 */
@Component
class QuestionTurns {

    private final ConversationRepository conversations;
    private final MessageRepository messages;
    private final ConversationAccess access;
    private final GuidedAnswers answers;
    private final LuceneDocumentRetriever retriever;
    private final Assistant model;
    private final TurnLock lock;
    private final TurnNotices notices;
    private final TransactionTemplate transactions;
    private final Clock clock;

    QuestionTurns(ConversationRepository conversations, MessageRepository messages,
            ConversationAccess access, GuidedAnswers answers,
            LuceneDocumentRetriever retriever, Assistant model, TurnLock lock, TurnNotices notices,
            TransactionTemplate transactions, Clock clock) {
        this.conversations = conversations;
        this.messages = messages;
        this.access = access;
        this.answers = answers;
        this.retriever = retriever;
        this.model = model;
        this.lock = lock;
        this.notices = notices;
        this.transactions = transactions;
        this.clock = clock;
    }

    TurnReply take(Conversation seen, KoersUser caller, String question, Route route, Consumer<String> tokens) {
        return route.model() ? withModel(seen, caller, question, tokens)
                : guided(seen, caller, question, route.notice(), tokens);
    }

    /** The knowledge base is searched before the one transaction that stores the question and its answer. */
    private TurnReply guided(Conversation seen, KoersUser caller, String question, @Nullable String notice,
            Consumer<String> tokens) {
        Reply reply = passages(question, caller.role());
        transactions.executeWithoutResult(status -> {
            TurnLock.Locked row = lock.lockRow(seen.id(), Utterance.own(question, caller));
            Conversation locked = row.conversation();
            Instant now = clock.instant();
            messages.appendAs(row.reply(), locked.id(), MessageRole.ASSISTANT, reply.text(), reply.sources(), null, null,
                    now);
            if (!conversations.advance(locked.id(), locked.version(), Phase.VRAAG, DialogueMode.GUIDED, locked.state(),
                    now)) {
                throw KoersProblem.conflict("Er werd tegelijk een andere vraag verwerkt. Probeer het opnieuw.");
            }
        });
        tokens.accept(reply.text());
        return new TurnReply(reply, Phase.VRAAG, DialogueMode.GUIDED, notice, null);
    }

    private TurnReply withModel(Conversation seen, KoersUser caller, String question, Consumer<String> tokens) {
        TurnLock.Held held = lock.take(seen.id(), Utterance.own(question, caller));
        boolean released = false;
        try {
            List<Document> documents = retriever.retrieve(new Query(question));
            Reply reply;
            DialogueMode mode = DialogueMode.GUIDED;
            String notice = null;
            if (documents.isEmpty()) {
                reply = passages(question, caller.role());
                tokens.accept(reply.text());
            } else {
                try {
                    String text = model.answer(question, documents, access.participants(held.conversation()), tokens);
                    reply = new Reply(text, documents.stream().map(LuceneDocumentRetriever::source).toList());
                    mode = DialogueMode.LLM;
                } catch (ModelUnavailableException failed) {
                    reply = passages(question, caller.role());
                    notice = notices.fallback();
                    tokens.accept(reply.text());
                }
            }
            Reply answered = reply;
            DialogueMode answeredBy = mode;
            transactions.executeWithoutResult(status -> {
                messages.append(seen.id(), MessageRole.ASSISTANT, answered.text(), answered.sources(), null,
                        clock.instant());
                conversations.setMode(seen.id(), answeredBy);
                lock.unlockTurn(seen.id(), held.token());
            });
            released = true;
            return new TurnReply(answered, Phase.VRAAG, mode, notice, null);
        } finally {
            if (!released) {
                lock.release(held);
            }
        }
    }

    private Reply passages(String question, Role asker) {
        GuidedAnswers.Answer answer = answers.answer(question, asker);
        return new Reply(answer.text(), answer.sources());
    }
}
