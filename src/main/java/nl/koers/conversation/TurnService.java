package nl.koers.conversation;

import nl.koers.assistant.ModelDialogue;
import nl.koers.dialogue.ConversationType;
import nl.koers.dialogue.Phase;
import nl.koers.knowledge.SourceRef;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;
import org.springframework.ai.document.Document;
import org.springframework.ai.rag.Query;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import nl.koers.conversation.ConversationViews.Reply;
import nl.koers.conversation.ConversationViews.TurnReply;
import nl.koers.dialogue.AnswerText;
import nl.koers.dialogue.DialogueState;
import nl.koers.dialogue.GuidedDialogue;
import nl.koers.dialogue.GuidedDialogue.Participants;
import nl.koers.dialogue.GuidedDialogue.Turn;
import nl.koers.dialogue.PopField;
import nl.koers.dialogue.Question;
import nl.koers.dialogue.QuestionBank;
import nl.koers.knowledge.LuceneDocumentRetriever;
import nl.koers.assistant.LlmProperties;
import nl.koers.assistant.ModelBudget;
import nl.koers.assistant.ModelUnavailableException;
import nl.koers.pop.Pop;
import nl.koers.accounts.KoersUser;
import nl.koers.web.KoersProblem;

/**
 * One turn of a conversation. Without the language model: one transaction that stores the message, the POP,
 * the reply and the state. With it: the user's message is stored first, the model reads the answer, the engine
 * takes the turn and stores its guided reply, and the model's phrasing replaces that reply when complete (also
 * when the client has gone). A turn lock keeps other turns on the conversation out meanwhile. Every model failure
 * runs the turn guided with a one-sentence notice; nothing is lost.
 */
@Service
public class TurnService {

    private final ConversationRepository conversations;
    private final ConversationService access;
    private final ConversationStore store;
    private final GuidedDialogue guided;
    private final GuidedAnswers answers;
    private final ModelDialogue model;
    private final LuceneDocumentRetriever retriever;
    private final QuestionBank bank;
    private final TransactionTemplate transactions;
    private final LlmProperties llm;
    private final ModelBudget budget;
    private final MessageRate rate;
    private final Clock clock;

    TurnService(ConversationRepository conversations, ConversationService access, ConversationStore store,
            GuidedDialogue guided, GuidedAnswers answers, ModelDialogue model, LuceneDocumentRetriever retriever,
            QuestionBank bank, TransactionTemplate transactions, LlmProperties llm, ModelBudget budget,
            MessageRate rate, Clock clock) {
        this.conversations = conversations;
        this.access = access;
        this.store = store;
        this.guided = guided;
        this.answers = answers;
        this.model = model;
        this.retriever = retriever;
        this.bank = bank;
        this.transactions = transactions;
        this.llm = llm;
        this.budget = budget;
        this.rate = rate;
        this.clock = clock;
    }

    public TurnReply post(UUID id, KoersUser caller, String text) {
        return post(id, caller, text, piece -> {
        });
    }

    /** A turn whose reply is also handed to {@code tokens} as it is written. */
    public TurnReply post(UUID id, KoersUser caller, String text, Consumer<String> tokens) {
        Duration wait = rate.tryAccept(caller.id());
        if (!wait.isZero()) {
            throw KoersProblem.tooManyRequests(bank.texts().text("melding.te_veel"), wait);
        }
        if (!model.available()) {
            return guided(id, caller, text, tokens, null);
        }
        access.checkEditable(id, caller); // a refused turn costs no model budget
        if (!budget.tryUse(caller.id())) {
            return guided(id, caller, text, tokens,
                    bank.texts().text("melding.tegoed", Map.of("aantal", String.valueOf(budget.perDay()))));
        }
        return modelTurn(id, caller, text, tokens);
    }

    private TurnReply guided(UUID id, KoersUser caller, String text, Consumer<String> tokens, @Nullable String notice) {
        TurnReply reply = guidedTurn(id, caller, text);
        tokens.accept(reply.reply().text());
        return notice == null ? reply : new TurnReply(reply.reply(), reply.phase(), reply.mode(), notice);
    }

    private TurnReply guidedTurn(UUID id, KoersUser caller, String text) {
        Prepared prepared = prepare(id, caller, text);
        return transactions.execute(status -> {
            Conversation conversation = editable(id, caller);
            Instant now = clock.instant();
            if (conversations.isTurnLocked(id, now)) {
                throw KoersProblem.conflict(bank.texts().text("melding.bezig"));
            }
            conversations.append(id, MessageRole.USER, text, List.of(), caller.id(), now);
            Outcome outcome = takeGuided(conversation, participants(conversation), prepared, Map.of());
            conversations.append(id, MessageRole.ASSISTANT, outcome.reply().text(), outcome.reply().sources(), null, now);
            advance(conversation, outcome, DialogueMode.GUIDED, now);
            return new TurnReply(outcome.reply(), outcome.phase(), DialogueMode.GUIDED, null);
        });
    }

    /**
     * The part of a guided turn that depends on the words only, done before the turn takes the conversation's row
     * lock: reading the answer for the question the conversation expects as last seen (lists, dates, actions,
     * amounts), or searching the knowledge base for a question to it. Whatever the locked turn needs besides,
     * because another turn moved the conversation on meanwhile, it reads itself. A conversation the caller cannot
     * see gets nothing read; the locked part refuses it.
     */
    private Prepared prepare(UUID id, KoersUser caller, String text) {
        Optional<Conversation> seen = conversations.findVisible(id, caller.id());
        if (seen.isEmpty()) {
            return new Prepared(text, null, null);
        }
        if (seen.get().type() == ConversationType.VRAAG) {
            return new Prepared(text, null, answers.answer(text));
        }
        return new Prepared(text, guided.readAhead(store.readState(seen.get().state()), text), null);
    }

    private TurnReply modelTurn(UUID id, KoersUser caller, String text, Consumer<String> tokens) {
        String token = UUID.randomUUID().toString();
        Conversation conversation = transactions.execute(status -> {
            Conversation locked = editable(id, caller);
            Instant now = clock.instant();
            Instant expires = now.plus(llm.totalTimeout().multipliedBy(3)).plusSeconds(10);
            if (!conversations.lockTurn(id, token, now, expires)) {
                throw KoersProblem.conflict(bank.texts().text("melding.bezig"));
            }
            conversations.append(id, MessageRole.USER, text, List.of(), caller.id(), now);
            return locked;
        });
        try {
            return conversation.type() == ConversationType.VRAAG ? modelAnswer(conversation, text, tokens)
                    : modelDialogueTurn(conversation, text, tokens);
        } finally {
            transactions.executeWithoutResult(status -> conversations.unlockTurn(id, token));
        }
    }

    private TurnReply modelDialogueTurn(Conversation conversation, String text, Consumer<String> tokens) {
        Participants who = access.participants(conversation);
        String notice = null;
        ModelDialogue.Reading reading = new ModelDialogue.Reading(text, Map.of());
        Optional<Question> open = guided.openQuestion(store.readState(conversation.state()));
        boolean usable = true;
        if (open.isPresent() && needsReading(open.get()) && !GuidedDialogue.isCommand(text)) {
            try {
                reading = model.read(who, conversation.phase(), open.get(), text);
            } catch (ModelUnavailableException failed) {
                usable = false;
                notice = fallbackNotice();
            }
        }
        ModelDialogue.Reading read = reading;
        // read ahead for the question the turn began with; the turn lock keeps other turns out meanwhile
        Prepared prepared = new Prepared(read.answer(), guided.readAhead(store.readState(conversation.state()),
                read.answer()), null);
        Stored stored = transactions.execute(status -> {
            Conversation current = conversations.lockVisible(conversation.id(), conversation.ownerId()).orElseThrow();
            Outcome outcome = takeGuided(current, who, prepared, read.forms());
            Instant now = clock.instant();
            int seq = conversations.append(current.id(), MessageRole.ASSISTANT, outcome.reply().text(),
                    outcome.reply().sources(), null, now);
            advance(current, outcome, DialogueMode.GUIDED, now);
            return new Stored(outcome, seq);
        });
        Outcome outcome = stored.outcome();
        String reply = outcome.reply().text();
        if (usable) {
            try {
                reply = model.phrase(who, outcome.phase(), reply, text, tokens);
            } catch (ModelUnavailableException failed) {
                usable = false;
                notice = fallbackNotice();
            }
        }
        if (!usable) {
            tokens.accept(outcome.reply().text());
        }
        if (usable && outcome.phase() == Phase.AFGEROND && conversation.phase() != Phase.AFGEROND) {
            try {
                Pop written = model.writePop(who, store.pop(conversation.id()).orElseThrow());
                transactions.executeWithoutResult(status -> store.savePop(conversation.id(), written, clock.instant()));
            } catch (ModelUnavailableException failed) {
                notice = fallbackNotice();
            }
        }
        String finalReply = reply;
        DialogueMode mode = usable ? DialogueMode.LLM : DialogueMode.GUIDED;
        transactions.executeWithoutResult(status -> {
            if (!finalReply.equals(outcome.reply().text())) {
                conversations.rewrite(conversation.id(), stored.seq(), finalReply);
            }
            conversations.setMode(conversation.id(), mode);
        });
        return new TurnReply(new Reply(finalReply, outcome.reply().sources()), outcome.phase(), mode, notice);
    }

    private TurnReply modelAnswer(Conversation conversation, String question, Consumer<String> tokens) {
        List<Document> documents = retriever.retrieve(new Query(question));
        Reply reply;
        DialogueMode mode = DialogueMode.GUIDED;
        String notice = null;
        if (documents.isEmpty()) {
            GuidedAnswers.Answer none = answers.answer(question);
            reply = new Reply(none.text(), none.sources());
            tokens.accept(reply.text());
        } else {
            try {
                String text = model.answer(question, documents, access.participants(conversation), tokens);
                reply = new Reply(text, documents.stream().map(TurnService::source).toList());
                mode = DialogueMode.LLM;
            } catch (ModelUnavailableException failed) {
                GuidedAnswers.Answer passages = answers.answer(question);
                reply = new Reply(passages.text(), passages.sources());
                notice = fallbackNotice();
                tokens.accept(reply.text());
            }
        }
        Reply answered = reply;
        DialogueMode answeredBy = mode;
        transactions.executeWithoutResult(status -> {
            Instant now = clock.instant();
            conversations.append(conversation.id(), MessageRole.ASSISTANT, answered.text(), answered.sources(), null, now);
            conversations.setMode(conversation.id(), answeredBy);
        });
        return new TurnReply(answered, Phase.VRAAG, mode, notice);
    }

    /** The one-line notice for a turn that fell back to guided, or none when the model never answered yet. */
    private @org.jspecify.annotations.Nullable String fallbackNotice() {
        return model.wasWorking() ? bank.texts().text("melding.terugval") : null;
    }

    /**
     * Whether the model reads the answer. A text answer goes into the POP in the person's own words, as in the
     * guided dialogue (the POP texts are polished once, at the end); reading it would only cost a whole extra model
     * call before the reply can start. Dates, lists, choices, actions, money and yes/no are read by the model.
     */
    static boolean needsReading(Question question) {
        return question.field().kind() != PopField.Kind.TEXT;
    }

    /** The guided engine's turn on a locked conversation, or the guided answer for a question. */
    private Outcome takeGuided(Conversation conversation, Participants who, Prepared prepared,
            Map<String, nl.koers.pop.LearningForm> forms) {
        if (conversation.type() == ConversationType.VRAAG) {
            GuidedAnswers.Answer answer = prepared.question() != null ? prepared.question()
                    : answers.answer(prepared.text());
            return new Outcome(new Reply(answer.text(), answer.sources()), Phase.VRAAG, conversation.state());
        }
        DialogueState state = store.readState(conversation.state());
        AnswerText answer = prepared.answer() != null ? prepared.answer() : guided.readAhead(state, prepared.text());
        Turn turn = guided.answer(who, state, store.pop(conversation.id()).orElseThrow(), answer, forms);
        store.savePop(conversation.id(), turn.pop(), clock.instant());
        return new Outcome(new Reply(turn.reply(), turn.sources()), turn.phase(), store.write(turn.state()));
    }

    /** Who takes part; a question to the knowledge base has no one to address by name, so none are looked up. */
    private @org.jspecify.annotations.Nullable Participants participants(Conversation conversation) {
        return conversation.type() == ConversationType.VRAAG ? null : access.participants(conversation);
    }

    private void advance(Conversation conversation, Outcome outcome, DialogueMode mode, Instant now) {
        if (!conversations.advance(conversation.id(), conversation.version(), outcome.phase(), mode, outcome.state(), now)) {
            throw KoersProblem.conflict("Er werd tegelijk een ander antwoord verwerkt. Probeer het opnieuw.");
        }
    }

    private Conversation editable(UUID id, KoersUser caller) {
        return access.lockEditable(id, caller);
    }

    private static SourceRef source(Document document) {
        String heading = (String) document.getMetadata().get(LuceneDocumentRetriever.HEADING);
        return new SourceRef((String) document.getMetadata().get(LuceneDocumentRetriever.TITLE),
                (String) document.getMetadata().get(LuceneDocumentRetriever.SOURCE),
                heading == null || heading.isEmpty() ? null : heading);
    }

    private record Outcome(Reply reply, Phase phase, String state) {
    }

    private record Stored(Outcome outcome, int seq) {
    }

    /**
     * What a turn read before taking the lock: the answer to the dialogue's question, or the knowledge base's answer
     * to a question to it; neither when the conversation could not be seen.
     */
    private record Prepared(String text, @Nullable AnswerText answer, GuidedAnswers.@Nullable Answer question) {
    }
}
