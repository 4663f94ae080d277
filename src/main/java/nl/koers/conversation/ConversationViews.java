package nl.koers.conversation;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import com.fasterxml.jackson.annotation.JsonInclude;

import nl.koers.dialogue.ConversationType;
import nl.koers.dialogue.Expecting;
import nl.koers.dialogue.Phase;
import nl.koers.knowledge.SourceRef;
import nl.koers.pop.Pop;

/** What the conversation API returns. Field names follow the HTTP contract. */
public final class ConversationViews {

    private ConversationViews() {
    }

    /** {@code GET /api/conversations/{id}}. */
    public record Detail(UUID id, ConversationType type, Phase phase, DialogueMode mode, String employee,
            String employeeName, @Nullable String manager, @Nullable String managerName, boolean shared,
            List<Message> messages, @Nullable Pop pop, @Nullable Expecting expecting, Instant createdAt,
            Instant updatedAt) {
    }

    public record Message(MessageRole role, String text, List<SourceRef> sources, Instant at) {
    }

    /**
     * One line of {@code GET /api/conversations}.
     *
     * @param popOnly the caller may open only the POP, not the conversation: a one-on-one that the employee held
     *                with a former team leader, seen by the current one
     */
    public record Summary(UUID id, ConversationType type, Phase phase, String employee, String employeeName,
            @Nullable String manager, boolean shared, boolean popOnly, Instant updatedAt) {
    }

    /**
     * One page of the caller's conversations on "Mijn gesprekken".
     *
     * @param number the page shown, from 1
     * @param pages  how many pages there are; at least 1, also without conversations
     */
    public record SummaryPage(List<Summary> conversations, int number, int pages) {

        public boolean hasPrevious() {
            return number > 1;
        }

        public boolean hasNext() {
            return number < pages;
        }
    }

    /** The answer to a posted message; {@code expecting} is null when no question is open. */
    public record TurnReply(Reply reply, Phase phase, DialogueMode mode,
            @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable String notice, @Nullable Expecting expecting) {
    }

    public record Reply(String text, List<SourceRef> sources) {
    }
}
