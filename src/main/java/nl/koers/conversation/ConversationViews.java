package nl.koers.conversation;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import com.fasterxml.jackson.annotation.JsonInclude;

import nl.koers.dialogue.Agenda;
import nl.koers.dialogue.ConversationType;
import nl.koers.dialogue.Expecting;
import nl.koers.dialogue.Phase;
import nl.koers.knowledge.SourceRef;
import nl.koers.pop.Pop;

/** What the conversation API returns. Field names follow the HTTP contract. */
public final class ConversationViews {

    private ConversationViews() {
    }

    /**
     * {@code GET /api/conversations/{id}}.
     *
     * @param byLeader    a preparation the leader ({@code manager}) wrote about the employee, for the leader only
     * @param preparation a one-on-one: the employee's shared preparation it started from
     * @param agenda      a one-on-one: where the two preparations differ or only one answered
     * @param reviewOf    a progress review: the conversation whose POP ({@code pop}) it reviews
     * @param addressed   a one-on-one: the username of the person the open question is put to
     */
    public record Detail(UUID id, ConversationType type, Phase phase, DialogueMode mode, String employee,
            String employeeName, @Nullable String manager, @Nullable String managerName, boolean shared,
            boolean byLeader, @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable Preparation preparation,
            @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable List<Agenda.Item> agenda,
            @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable UUID reviewOf,
            List<Message> messages, @Nullable Pop pop, @Nullable Expecting expecting,
            @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable String addressed, Instant createdAt,
            Instant updatedAt) {
    }

    /** The shared preparation a one-on-one started from, and when it was shared. */
    public record Preparation(UUID id, @Nullable Instant sharedAt) {
    }

    /**
     * @param author  the username of who sent it; null for Koers
     * @param speaker the username of whose answer it is (the author, or the other person in a one-on-one)
     */
    public record Message(MessageRole role, String text, List<SourceRef> sources, Instant at, @Nullable String author,
            @Nullable String speaker, @Nullable String authorName, @Nullable String speakerName) {
    }

    /**
     * One line of {@code GET /api/conversations}.
     *
     * @param popOnly the caller may open only the POP, not the conversation: a one-on-one that the employee held
     *                with a former team leader, seen by the current one
     */
    public record Summary(UUID id, ConversationType type, Phase phase, String employee, String employeeName,
            @Nullable String manager, boolean shared, boolean popOnly, boolean byLeader, Instant updatedAt) {
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
