package nl.koers.conversation;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

import nl.koers.knowledge.SourceRef;

/**
 * One message of a conversation, in order of {@code seq}.
 *
 * @param authorId  who sent it; null for Koers
 * @param speakerId whose answer it is: the author, or in a one-on-one on one screen the other person
 */
public record ChatMessage(int seq, MessageRole role, String text, List<SourceRef> sources, @Nullable Long authorId,
        @Nullable Long speakerId, Instant at) {
}
