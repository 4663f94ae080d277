package nl.koers.conversation;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import nl.koers.assistant.Assistant;
import nl.koers.assistant.ModelUnavailableException;
import nl.koers.conversation.ConversationViews.Reply;
import nl.koers.conversation.ConversationViews.TurnReply;
import nl.koers.conversation.TurnService.Route;
import nl.koers.dialogue.Answer;
import nl.koers.dialogue.Dialogue;
import nl.koers.dialogue.DialogueState;
import nl.koers.dialogue.Expecting;
import nl.koers.dialogue.GuidedReader;
import nl.koers.dialogue.Participants;
import nl.koers.dialogue.Phase;
import nl.koers.dialogue.Step;
import nl.koers.pop.Pop;
import nl.koers.web.KoersProblem;

/**
 * A turn of the dialogue: read the answer (the model first where it answers, else the guided reader), let the
 * dialogue take its step in one short locked transaction, phrase the reply (with the model only), finish. Every
 * model failure runs the rest of the turn guided, with a one-sentence notice; nothing said is lost.
 */
@Component
class DialogueTurns {

    /** An answer read before the lock, and what the conversation expected when it was read. */
    private record Read(@Nullable Expecting expecting, Answer answer) {
    }

    /** The reading of a model turn; {@code failed} when the model failed, and the rest of the turn runs guided. */
    private record ModelRead(Read read, boolean failed, @Nullable String notice) {
    }

    /** The guided step as stored, with the sequence number of its reply. */
    private record Stored(Step step, int seq) {
    }

    /** How a model turn ends: the reply, the POP the model wrote (at the end only), and whether the model phrased it. */
    private record Finished(String reply, @Nullable Pop written, boolean byModel, @Nullable String notice) {
    }

    private final ConversationRepository conversations;
    private final MessageRepository messages;
    private final ConversationAccess access;
    private final ConversationStore store;
    private final Dialogue dialogue;
    private final GuidedReader reader;
    private final Assistant model;
    private final TurnLock lock;
    private final TurnNotices notices;
    private final TransactionTemplate transactions;
    private final Clock clock;

    DialogueTurns(ConversationRepository conversations, MessageRepository messages,
            ConversationAccess access, ConversationStore store,
            Dialogue dialogue, GuidedReader reader, Assistant model, TurnLock lock,
            TurnNotices notices, TransactionTemplate transactions, Clock clock) {
        this.conversations = conversations;
        this.messages = messages;
        this.access = access;
        this.store = store;
        this.dialogue = dialogue;
        this.reader = reader;
        this.model = model;
        this.lock = lock;
        this.notices = notices;
        this.transactions = transactions;
        this.clock = clock;
    }

    TurnReply take(Conversation seen, Utterance said, Route route, Consumer<String> tokens) {
        return route.model() ? withModel(seen, said, tokens) : guided(seen, said, route.notice(), tokens);
    }

    /**
     * One transaction: the user's message, the reading of the answer, the dialogue's step, the POP, the reply and the
     * state. The guided reading takes a fraction of a millisecond, so it is done on the locked conversation: state
     * and POP are read once.
     */
    private TurnReply guided(Conversation seen, Utterance said, @Nullable String notice, Consumer<String> tokens) {
        String text = said.text();
        Participants who = access.participants(seen).speaking(said.speaker().displayName());
        Step step = transactions.execute(status -> {
            TurnLock.Locked row = lock.lockRow(seen.id(), said);
            Conversation locked = row.conversation();
            Step taken = step(locked, who, text, null);
            Instant now = clock.instant();
            messages.appendAs(row.reply(), locked.id(), MessageRole.ASSISTANT, taken.reply(), taken.sources(), null, null,
                    now);
            advance(locked, taken, DialogueMode.GUIDED, now);
            return taken;
        });
        tokens.accept(step.reply());
        return reply(step, step.reply(), DialogueMode.GUIDED, notice);
    }

    /**
     * A turn with the model: its own transactions, because the model may take seconds and no row lock is held
     * meanwhile (the turn lock keeps other turns out). The first failure of the model runs the rest of the turn guided.
     */
    private TurnReply withModel(Conversation seen, Utterance said, Consumer<String> tokens) {
        String text = said.text();
        TurnLock.Held held = lock.take(seen.id(), said);
        boolean released = false;
        try {
            Conversation conversation = held.conversation();
            Participants who = access.participants(conversation).speaking(said.speaker().displayName());
            ModelRead read = readWithModel(conversation, who, text);
            // the dialogue's step is stored before it is phrased: when the phrasing fails, the guided reply stands
            Stored stored = transactions.execute(status -> {
                Conversation current = conversations.lockVisible(conversation.id(), conversation.ownerId())
                        .orElseThrow();
                Step step = step(current, who, text, read.read());
                Instant now = clock.instant();
                int seq = messages.append(current.id(), MessageRole.ASSISTANT, step.reply(), step.sources(), null, now);
                advance(current, step, DialogueMode.GUIDED, now);
                return new Stored(step, seq);
            });
            Step step = stored.step();
            Finished finished = read.failed() ? new Finished(step.reply(), null, false, read.notice())
                    : phraseAndWrite(who, conversation, step, text, tokens);
            if (!finished.byModel()) {
                tokens.accept(step.reply());
            }
            // the model's words replace the guided ones, and the turn lock goes, in one last write
            DialogueMode mode = finished.byModel() ? DialogueMode.LLM : DialogueMode.GUIDED;
            transactions.executeWithoutResult(status -> {
                if (finished.written() != null) {
                    store.savePop(conversation.id(), finished.written(), clock.instant());
                }
                if (!finished.reply().equals(step.reply())) {
                    messages.rewrite(conversation.id(), stored.seq(), finished.reply());
                }
                conversations.setMode(conversation.id(), mode);
                lock.unlockTurn(conversation.id(), held.token());
            });
            released = true;
            return reply(step, finished.reply(), mode, finished.notice());
        } finally {
            if (!released) {
                lock.release(held);
            }
        }
    }

    /** The answer as the model reads it where it reads this kind of answer; the guided reading otherwise. */
    private ModelRead readWithModel(Conversation conversation, Participants who, String text) {
        DialogueState state = store.readState(conversation.state());
        Pop pop = store.pop(conversation.id()).orElseThrow();
        Read guided = read(state, pop, text);
        if (guided.expecting() == null || guided.answer() instanceof Answer.Command
                || !Assistant.reads(guided.expecting())
                || (guided.expecting().confirm() && guided.answer() instanceof Answer.YesNo)) { // "klopt" stays a yes
            return new ModelRead(guided, false, null);
        }
        try {
            Answer understood = model.read(who, conversation.phase(), dialogue.question(who, state, pop),
                    guided.expecting(), text);
            return new ModelRead(understood instanceof Answer.NotUnderstood ? guided
                    : new Read(guided.expecting(), understood), false, null);
        } catch (ModelUnavailableException failed) {
            return new ModelRead(guided, true, notices.fallback());
        }
    }

    /** The reply as the model phrases it, and at the end the POP's texts as it writes them. */
    private Finished phraseAndWrite(Participants who, Conversation before, Step step, String text,
            Consumer<String> tokens) {
        String phrased;
        try {
            phrased = model.phrase(who, step.phase(), step.reply(), text, tokens);
        } catch (ModelUnavailableException failed) {
            return new Finished(step.reply(), null, false, notices.fallback());
        }
        if (step.phase() != Phase.AFGEROND || before.phase() == Phase.AFGEROND) {
            return new Finished(phrased, null, true, null);
        }
        try {
            return new Finished(phrased, model.writePop(who, step.pop()), true, null);
        } catch (ModelUnavailableException failed) {
            return new Finished(phrased, null, true, notices.fallback());
        }
    }

    private Read read(DialogueState state, Pop pop, String text) {
        Expecting expecting = dialogue.expecting(state, pop);
        return new Read(expecting, reader.read(expecting, text));
    }

    /**
     * The dialogue's step on a locked conversation, with the POP saved. The answer is read here, unless it was read
     * before (by the model) for what is still expected now.
     */
    private Step step(Conversation locked, Participants who, String text, @Nullable Read before) {
        DialogueState state = store.readState(locked.state());
        Pop pop = store.pop(locked.id()).orElseThrow();
        Expecting expecting = dialogue.expecting(state, pop);
        Answer answer = before != null && Objects.equals(expecting, before.expecting()) ? before.answer()
                : reader.read(expecting, text);
        Step step = dialogue.next(who, state, pop, answer);
        if (!step.pop().equals(pop)) { // most answers of the first phase leave the POP as it was
            store.replacePop(locked.id(), step.pop(), clock.instant());
        }
        return step;
    }

    private void advance(Conversation conversation, Step step, DialogueMode mode, Instant now) {
        if (!conversations.advance(conversation.id(), conversation.version(), step.phase(), mode,
                store.write(step.state()), now)) {
            throw KoersProblem.conflict("Er werd tegelijk een ander antwoord verwerkt. Probeer het opnieuw.");
        }
    }

    private static TurnReply reply(Step step, String text, DialogueMode mode, @Nullable String notice) {
        return new TurnReply(new Reply(text, step.sources()), step.phase(), mode, notice, step.expecting());
    }
}
