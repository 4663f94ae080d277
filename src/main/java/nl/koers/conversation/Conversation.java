package nl.koers.conversation;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import nl.koers.dialogue.ConversationType;
import nl.koers.dialogue.Phase;

/**
 * A conversation as stored.
 *
 * @param ownerId           the employee it is about; for VRAAG, whoever asks
 * @param managerId         the team leader who held a GESPREK; for a VOORBEREIDING the owner's leader when it was
 *                          started or shared, which grants nothing: its reader is the owner's current leader
 * @param state             the dialogue engine's position, as JSON
 * @param version           bumped by every turn; a turn that read an older version loses
 * @param links             what the conversation is about or came from, besides its people
 */
public record Conversation(UUID id, ConversationType type, Phase phase, DialogueMode mode, long ownerId,
        @Nullable Long managerId, boolean sharedWithManager, String state, long version, Instant createdAt,
        Instant updatedAt, Links links) {

    /**
     * @param subjectId     a leader's own preparation: the employee it is about (the leader owns it)
     * @param preparationId a one-on-one: the employee's shared preparation it started from
     * @param agenda        a one-on-one: where the two preparations differ, as JSON, or null
     * @param reviewOf      a progress review: the conversation whose POP it reviews
     * @param sharedAt      a preparation: when it was last shared with the team leader
     */
    public record Links(@Nullable Long subjectId, @Nullable UUID preparationId, @Nullable String agenda,
            @Nullable UUID reviewOf, @Nullable Instant sharedAt) {

        public static final Links NONE = new Links(null, null, null, null, null);

        public static Links about(long subjectId) {
            return new Links(subjectId, null, null, null, null);
        }

        public static Links reviewing(UUID conversation) {
            return new Links(null, null, null, conversation, null);
        }

        public static Links startedFrom(@Nullable UUID preparation, @Nullable String agenda) {
            return new Links(null, preparation, agenda, null, null);
        }
    }

    /** A preparation a team leader wrote about one of their people, private to that leader. */
    public boolean byLeader() {
        return links.subjectId() != null;
    }

    /** The employee the conversation is about: the owner, or the subject of a leader's own preparation. */
    public long employeeId() {
        return links.subjectId() != null ? links.subjectId() : ownerId;
    }
}
