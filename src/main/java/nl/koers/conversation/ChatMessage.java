package nl.koers.conversation;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

import nl.koers.knowledge.SourceRef;

/** One message of a conversation, in order of {@code seq}. */
public record ChatMessage(int seq, MessageRole role, String text, List<SourceRef> sources, @Nullable Long authorId,
        Instant at) {
}
