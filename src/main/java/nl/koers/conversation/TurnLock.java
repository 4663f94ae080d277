package nl.koers.conversation;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import nl.koers.accounts.KoersUser;
import nl.koers.assistant.LlmProperties;
import nl.koers.system.JdbcTimes;
import nl.koers.web.KoersProblem;

/**
 * Who holds a conversation during a turn. A guided turn holds the conversation's row lock for its one short
 * transaction. A turn with the language model cannot hold a row lock while the model thinks, so it takes the turn lock
 * instead: a token in the conversation row with an expiry, which keeps other turns out on every instance until it is
 * released or expires.
 */
@Component
class TurnLock {

    /** A turn that holds the turn lock; its user message is stored. */
    record Held(Conversation conversation, String token) {
    }

    /**
     * A conversation locked for a guided turn, with the user's message stored as number {@code said}: the reply is
     * {@link #reply()}, as nobody else writes while the row lock is held.
     */
    record Locked(Conversation conversation, int said) {

        UUID id() {
            return conversation.id();
        }

        /** The number of the reply to the user's message. */
        int reply() {
            return said + 1;
        }
    }

    private final ConversationRepository conversations;
    private final MessageRepository messages;
    private final JdbcClient jdbc;
    private final ConversationAccess access;
    private final TurnNotices notices;
    private final TransactionTemplate transactions;
    private final LlmProperties llm;
    private final Clock clock;

    TurnLock(ConversationRepository conversations, MessageRepository messages,
            JdbcClient jdbc, ConversationAccess access, TurnNotices notices,
            TransactionTemplate transactions, LlmProperties llm, Clock clock) {
        this.conversations = conversations;
        this.messages = messages;
        this.jdbc = jdbc;
        this.access = access;
        this.notices = notices;
        this.transactions = transactions;
        this.llm = llm;
        this.clock = clock;
    }

    /**
     * Within the caller's transaction: the conversation locked for a turn by someone who may take it, with the user's
     * message stored. 404 or 403 for those who may not; 409 while a model turn holds it.
     */
    Locked lockRow(UUID id, Utterance said) {
        ConversationRepository.Locked locked = access.lockForTurn(id, said.author());
        Instant now = clock.instant();
        if (locked.modelTurnAt(now)) {
            throw KoersProblem.conflict(notices.busy());
        }
        int seq = messages.append(id, MessageRole.USER, said.text(), List.of(), said.author().id(),
                said.speaker().id(), now);
        return new Locked(locked.visible().conversation(), seq);
    }

    /**
     * Its own transaction, before the model is asked: the user's words are stored first, so a failing model loses
     * nothing, and the turn lock is taken, so no row lock is held while the model works.
     */
    Held take(UUID id, Utterance said) {
        String token = UUID.randomUUID().toString();
        return transactions.execute(status -> {
            Conversation conversation = access.lockEditable(id, said.author());
            Instant now = clock.instant();
            Instant expires = now.plus(llm.totalTimeout().multipliedBy(3)).plusSeconds(10);
            if (!lockTurn(id, token, now, expires)) {
                throw KoersProblem.conflict(notices.busy());
            }
            messages.append(id, MessageRole.USER, said.text(), List.of(), said.author().id(), said.speaker().id(), now);
            return new Held(conversation, token);
        });
    }

    /** Releases the turn lock after a turn that did not finish; a finished turn releases it with its last write. */
    void release(Held held) {
        transactions.executeWithoutResult(status -> unlockTurn(held.conversation().id(), held.token()));
    }

    /**
     * Takes the turn lock of a conversation for a turn that waits for the language model.
     *
     * @return false when another turn holds a lock that has not expired
     */
    private boolean lockTurn(UUID id, String token, Instant now, Instant expires) {
        return jdbc.sql("""
                UPDATE conversation SET turn_lock = :token, turn_expires = :expires
                WHERE id = :id AND (turn_lock IS NULL OR turn_expires < :now)""")
                .param("token", token)
                .param("expires", JdbcTimes.utc(expires))
                .param("id", id)
                .param("now", JdbcTimes.utc(now))
                .update() == 1;
    }

    /** Releases the turn lock within the caller's transaction: a finished turn does so with its last write. */
    void unlockTurn(UUID id, String token) {
        jdbc.sql("UPDATE conversation SET turn_lock = NULL, turn_expires = NULL WHERE id = :id AND turn_lock = :token")
                .param("id", id)
                .param("token", token)
                .update();
    }
}
