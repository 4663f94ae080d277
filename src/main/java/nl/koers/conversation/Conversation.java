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
 */
public record Conversation(UUID id, ConversationType type, Phase phase, DialogueMode mode, long ownerId,
        @Nullable Long managerId, boolean sharedWithManager, String state, long version, Instant createdAt,
        Instant updatedAt) {
}
