package nl.koers.conversation;

import static nl.koers.system.JdbcTimes.instant;
import static nl.koers.system.JdbcTimes.instantOrNull;
import static nl.koers.system.JdbcTimes.longOrNull;
import static nl.koers.system.JdbcTimes.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import nl.koers.dialogue.ConversationType;
import nl.koers.dialogue.Phase;

/**
 * Conversations, without their messages ({@link MessageRepository}). Every read takes the viewer and applies {@link AccessRule} in SQL, so a
 * conversation someone may not see is simply not found.
 */
@Repository
public class ConversationRepository {

    private static final String COLUMNS = "c.id, c.type, c.phase, c.mode, c.owner_id, c.manager_id, "
            + "c.shared_with_manager, c.state, c.version, c.created_at, c.updated_at, c.subject_id, c.preparation_id,"
            + " c.agenda, c.review_of, c.shared_at";

    /** A conversation someone may see, with what they may do with it. */
    public record Visible(Conversation conversation, Access access) {
    }


    private final JdbcClient jdbc;

    public ConversationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Conversation create(ConversationType type, Phase phase, DialogueMode mode, long ownerId,
            @Nullable Long managerId, String state, Instant now) {
        return create(type, phase, mode, ownerId, managerId, state, Conversation.Links.NONE, now);
    }

    public Conversation create(ConversationType type, Phase phase, DialogueMode mode, long ownerId,
            @Nullable Long managerId, String state, Conversation.Links links, Instant now) {
        var conversation = new Conversation(UUID.randomUUID(), type, phase, mode, ownerId, managerId, false, state,
                0, now, now, links);
        jdbc.sql("""
                INSERT INTO conversation (id, type, phase, mode, owner_id, manager_id, shared_with_manager, state,
                                          version, created_at, updated_at, subject_id, preparation_id, agenda,
                                          review_of)
                VALUES (:id, :type, :phase, :mode, :owner, :manager, FALSE, :state, 0, :now, :now, :subject,
                        :preparation, :agenda, :reviewOf)""")
                .param("subject", links.subjectId())
                .param("preparation", links.preparationId())
                .param("agenda", links.agenda())
                .param("reviewOf", links.reviewOf())
                .param("id", conversation.id())
                .param("type", type.name())
                .param("phase", phase.name())
                .param("mode", mode.value())
                .param("owner", ownerId)
                .param("manager", managerId)
                .param("state", state)
                .param("now", utc(now))
                .update();
        return conversation;
    }

    /** The conversation if the viewer may read its messages. */
    public Optional<Conversation> findVisible(UUID id, long viewerId) {
        return find(id, viewerId, AccessLog.Item.GESPREK).map(Visible::conversation);
    }

    /** The conversation if the viewer may read {@code item} of it (its messages, or its POP), with their access. */
    public Optional<Visible> find(UUID id, long viewerId, AccessLog.Item item) {
        return jdbc.sql("SELECT " + COLUMNS + AccessRule.SELECT + " FROM conversation c WHERE c.id = :id AND " + AccessRule.reads(item))
                .param("id", id)
                .param("viewer", viewerId)
                .query(ConversationRepository::visible)
                .optional();
    }

    /**
     * Like {@link #findVisible}, and locks the row until the transaction ends, so that two turns on one conversation
     * (on one Koers instance or on two sharing a database) are taken one after the other.
     */
    public Optional<Conversation> lockVisible(UUID id, long viewerId) {
        return lock(id, viewerId, AccessLog.Item.GESPREK).map(Visible::conversation);
    }

    /**
     * Like {@link #find}, and locks the row until the transaction ends. The lock is taken first, by a statement of its
     * own, and the access rule read on the locked row: H2 keeps no parsed FOR UPDATE statement, and parsing the
     * access rule's query on every turn cost more than the rest of the lock. Only someone who has the conversation's
     * id can lock it, and only for their own short transaction.
     */
    public Optional<Visible> lock(UUID id, long viewerId, AccessLog.Item item) {
        return lockForTurn(id, viewerId, item).map(Locked::visible);
    }

    /** A conversation locked by {@link #lockForTurn}, and until when a turn with the model holds it (null: none). */
    public record Locked(Visible visible, @Nullable Instant modelTurnUntil) {

        /** Whether a turn with the model holds the conversation at this moment. */
        public boolean modelTurnAt(Instant now) {
            return modelTurnUntil != null && !modelTurnUntil.isBefore(now);
        }
    }

    /** The turn lock that the row lock reads in the same statement; see {@link Locked}. */
    private record TurnHold(@Nullable Instant until) {
    }

    /**
     * Like {@link #lock}, reading in the locking statement whether a turn with the model holds the conversation, so
     * that a guided turn needs no statement of its own to ask.
     */
    public Optional<Locked> lockForTurn(UUID id, long viewerId, AccessLog.Item item) {
        Optional<TurnHold> hold = jdbc.sql("SELECT turn_lock, turn_expires FROM conversation WHERE id = :id FOR UPDATE")
                .param("id", id)
                .query((rs, row) -> new TurnHold(
                        rs.getString("turn_lock") == null ? null : instantOrNull(rs, "turn_expires")))
                .optional();
        if (hold.isEmpty()) {
            return Optional.empty();
        }
        return find(id, viewerId, item).map(visible -> new Locked(visible, hold.get().until()));
    }

    /**
     * The conversations of which the viewer may read the messages or the POP, most recently active first: the
     * POP alone is what a new team leader sees of a one-on-one their employee held with a former leader.
     */
    public List<Visible> listVisible(long viewerId) {
        return jdbc.sql("SELECT " + COLUMNS + AccessRule.SELECT + " FROM conversation c WHERE " + AccessRule.LISTED
                        + " ORDER BY c.updated_at DESC, c.id")
                .param("viewer", viewerId)
                .query(ConversationRepository::visible)
                .list();
    }

    /** One page of {@link #listVisible}: at most {@code limit} conversations after the first {@code offset}. */
    public List<Visible> listVisible(long viewerId, int limit, long offset) {
        return jdbc.sql("SELECT " + COLUMNS + AccessRule.SELECT + " FROM conversation c WHERE " + AccessRule.LISTED
                        + " ORDER BY c.updated_at DESC, c.id LIMIT :limit OFFSET :offset")
                .param("viewer", viewerId)
                .param("limit", limit)
                .param("offset", offset)
                .query(ConversationRepository::visible)
                .list();
    }

    public long countVisible(long viewerId) {
        return jdbc.sql("SELECT COUNT(*) FROM conversation c WHERE " + AccessRule.LISTED)
                .param("viewer", viewerId)
                .query(Long.class)
                .single();
    }

    /**
     * Who started a conversation: its owner, except for a GESPREK, which the team leader starts. Both columns are
     * indexed (with {@code updated_at}), so counting one person's conversations reads only theirs.
     */
    private static final String STARTED_BY = "((c.owner_id = :starter AND c.type <> 'GESPREK') "
            + "OR (c.manager_id = :starter AND c.type = 'GESPREK'))";

    /** How many conversations this person started after {@code since}. */
    public int countStartedSince(long starterId, Instant since) {
        return jdbc.sql("SELECT COUNT(*) FROM conversation c WHERE " + STARTED_BY + " AND c.created_at > :since")
                .param("starter", starterId)
                .param("since", utc(since))
                .query(Integer.class)
                .single();
    }

    /** When the {@code skip}+1-th oldest conversation this person started after {@code since} was created. */
    public Optional<Instant> startedSince(long starterId, Instant since, int skip) {
        return jdbc.sql("SELECT c.created_at FROM conversation c WHERE " + STARTED_BY + " AND c.created_at > :since"
                        + " ORDER BY c.created_at, c.id LIMIT 1 OFFSET :skip")
                .param("starter", starterId)
                .param("since", utc(since))
                .param("skip", skip)
                .query((rs, row) -> instant(rs, "created_at"))
                .optional();
    }

    /**
     * Records the outcome of a turn if nobody else has moved the conversation on since {@code expectedVersion}.
     *
     * @return false when another turn won the race; nothing is changed then
     */
    public boolean advance(UUID id, long expectedVersion, Phase phase, DialogueMode mode, String state, Instant now) {
        return jdbc.sql("""
                UPDATE conversation SET phase = :phase, mode = :mode, state = :state, version = version + 1,
                                        updated_at = :now
                WHERE id = :id AND version = :version""")
                .param("phase", phase.name())
                .param("mode", mode.value())
                .param("state", state)
                .param("now", utc(now))
                .param("id", id)
                .param("version", expectedVersion)
                .update() == 1;
    }

    /** The employee's most recently shared preparation (their own, not one a leader wrote about them). */
    public Optional<Conversation> latestSharedPreparation(long employeeId) {
        return first("c.owner_id = :person AND c.type = 'VOORBEREIDING' AND c.subject_id IS NULL"
                + " AND c.shared_with_manager ORDER BY c.shared_at DESC, c.updated_at DESC", employeeId, null);
    }

    /** The leader's own most recent preparation about this employee. */
    public Optional<Conversation> latestLeaderPreparation(long leaderId, long employeeId) {
        return first("c.owner_id = :person AND c.type = 'VOORBEREIDING' AND c.subject_id = :other"
                + " ORDER BY c.updated_at DESC", leaderId, employeeId);
    }

    /**
     * The POP of this employee that their current leader goes by: the latest one-on-one's, else the latest preparation
     * the employee shared. Callers have made sure the viewer leads the employee.
     */
    public Optional<Conversation> latestPlan(long employeeId) {
        return first("c.owner_id = :person AND c.subject_id IS NULL AND (c.type = 'GESPREK' OR (c.type = 'VOORBEREIDING'"
                + " AND c.shared_with_manager)) ORDER BY CASE WHEN c.type = 'GESPREK' THEN 0 ELSE 1 END,"
                + " c.created_at DESC", employeeId, null);
    }

    /** The employee's own latest one-on-one, the POP they go by. */
    public Optional<Conversation> latestOneOnOne(long employeeId) {
        return first("c.owner_id = :person AND c.type = 'GESPREK' ORDER BY c.created_at DESC", employeeId, null);
    }

    /** The owner's latest preparation that is not finished: their own, or a leader's about {@code subjectId}. */
    public Optional<Conversation> unfinishedPreparation(long ownerId, @Nullable Long subjectId) {
        return first("c.owner_id = :person AND c.type = 'VOORBEREIDING' AND c.phase <> 'AFGEROND' AND "
                + (subjectId == null ? "c.subject_id IS NULL" : "c.subject_id = :other") + " ORDER BY c.updated_at DESC",
                ownerId, subjectId);
    }

    /** The first conversation that {@code whereAndOrder} finds for {@code :person} (and {@code :other}). */
    private Optional<Conversation> first(String whereAndOrder, long person, @Nullable Long other) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM conversation c WHERE " + whereAndOrder + " LIMIT 1")
                .param("person", person)
                .param("other", other == null ? -1L : other)
                .query(ConversationRepository::conversation)
                .optional();
    }

    /** When a preparation was last shared; empty when it is gone or was never shared. */
    public Optional<Instant> sharedAt(UUID id) {
        return jdbc.sql("SELECT shared_at FROM conversation WHERE id = :id")
                .param("id", id)
                .query((rs, row) -> Optional.ofNullable(instantOrNull(rs, "shared_at")))
                .optional().flatMap(found -> found);
    }

    /** Which strategy answered the last turn. */
    public void setMode(UUID id, DialogueMode mode) {
        jdbc.sql("UPDATE conversation SET mode = :mode WHERE id = :id")
                .param("mode", mode.value())
                .param("id", id)
                .update();
    }

    /** Shares a VOORBEREIDING with the owner's team leader, or takes it back. Only the owner can. */
    public boolean setShared(UUID id, long ownerId, @Nullable Long managerId, boolean shared, Instant now) {
        return jdbc.sql("""
                UPDATE conversation SET shared_with_manager = :shared, manager_id = :manager, updated_at = :now,
                                        shared_at = CASE WHEN :shared THEN :now ELSE shared_at END
                WHERE id = :id AND owner_id = :owner AND type = 'VOORBEREIDING' AND subject_id IS NULL""")
                .param("shared", shared)
                .param("manager", managerId)
                .param("now", utc(now))
                .param("id", id)
                .param("owner", ownerId)
                .update() == 1;
    }

    /** Deletes a conversation for good, with its messages and POP draft. Only the owner can. */
    public boolean delete(UUID id, long ownerId) {
        return jdbc.sql("DELETE FROM conversation WHERE id = :id AND owner_id = :owner")
                .param("id", id)
                .param("owner", ownerId)
                .update() == 1;
    }

    /**
     * Deletes every conversation untouched since {@code cutoff}: no turn, no POP edit and no akkoord after it. Its
     * messages, POP and access log go with it. Returns how many were deleted.
     */
    public int deleteUntouchedSince(Instant cutoff) {
        return jdbc.sql("""
                DELETE FROM conversation
                 WHERE updated_at < :cutoff
                   AND id NOT IN (SELECT conversation_id FROM pop_draft
                                   WHERE updated_at >= :cutoff OR accepted_by_employee_at >= :cutoff
                                      OR accepted_by_manager_at >= :cutoff)""")
                .param("cutoff", utc(cutoff))
                .update();
    }


    private static Visible visible(ResultSet rs, int row) throws SQLException {
        return new Visible(conversation(rs, row), AccessRule.access(rs));
    }

    private static Conversation conversation(ResultSet rs, int row) throws SQLException {
        return new Conversation(rs.getObject("id", UUID.class), ConversationType.valueOf(rs.getString("type")),
                Phase.valueOf(rs.getString("phase")), DialogueMode.of(rs.getString("mode")), rs.getLong("owner_id"),
                longOrNull(rs, "manager_id"), rs.getBoolean("shared_with_manager"), rs.getString("state"),
                rs.getLong("version"), instant(rs, "created_at"), instant(rs, "updated_at"),
                new Conversation.Links(longOrNull(rs, "subject_id"), rs.getObject("preparation_id", UUID.class),
                        rs.getString("agenda"), rs.getObject("review_of", UUID.class), instantOrNull(rs, "shared_at")));
    }
}
