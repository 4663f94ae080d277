package nl.koers.conversation;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.koers.accounts.KoersUser;
import nl.koers.accounts.UserRepository;
import nl.koers.conversation.ConversationRepository.Visible;
import nl.koers.dialogue.ConversationType;
import nl.koers.dialogue.Participants;
import nl.koers.web.KoersProblem;

/**
 * Who may do what with a conversation, as callers meet it: a conversation someone may not see is a 404, one they
 * see but may not change a 403 with the reason in Dutch. What may be done is decided once, by {@link AccessRule}.
 */
@Component
public class ConversationAccess {

    static final String NOT_FOUND = "Dit gesprek bestaat niet, of je hebt er geen toegang toe.";
    static final String ONLY_OWNER_DELETES = "Alleen de medewerker zelf kan dit gesprek verwijderen.";
    static final String SHARED_TO_READ = "Deze voorbereiding is gedeeld om te lezen. Alleen de medewerker zelf kan"
            + " haar invullen of aanpassen.";
    static final String FORMER_LEADER = "Dit gesprek kun je nog lezen, maar niet meer voortzetten: de medewerker zit"
            + " niet meer in jouw team. Verder praten kan de medewerker met de huidige leidinggevende.";

    private final ConversationRepository conversations;
    private final UserRepository users;

    ConversationAccess(ConversationRepository conversations, UserRepository users) {
        this.conversations = conversations;
        this.users = users;
    }

    /** The conversation as last stored, when the caller may take a turn in it; 404 or 403 otherwise. */
    @Transactional(readOnly = true)
    public Conversation editable(UUID id, KoersUser caller) {
        return requireTurns(visible(id, caller, AccessLog.Item.GESPREK));
    }

    /**
     * The conversation, locked until the caller's transaction ends, for a turn by someone who may take it: turns
     * and POP edits on one conversation then happen one after the other, on every instance. 404 or 403 otherwise.
     */
    Conversation lockEditable(UUID id, KoersUser caller) {
        return requireTurns(conversations.lock(id, caller.id(), AccessLog.Item.GESPREK)
                .orElseThrow(() -> KoersProblem.notFound(NOT_FOUND)));
    }

    /** Like {@link #lockEditable}, with whether a turn with the model holds the conversation, read in the same lock. */
    ConversationRepository.Locked lockForTurn(UUID id, KoersUser caller) {
        ConversationRepository.Locked locked = conversations.lockForTurn(id, caller.id(), AccessLog.Item.GESPREK)
                .orElseThrow(() -> KoersProblem.notFound(NOT_FOUND));
        requireTurns(locked.visible());
        return locked;
    }

    /** Like {@link #lockEditable}, for a change of the POP: 404 unless the caller reads it, 403 unless they edit it. */
    Conversation lockPopEditable(UUID id, KoersUser caller) {
        return requirePopEditor(conversations.lock(id, caller.id(), AccessLog.Item.POP)
                .orElseThrow(() -> KoersProblem.notFound(NOT_FOUND)));
    }

    /** A conversation whose {@code item} the caller may read, with what else they may do; 404 otherwise. */
    Visible visible(UUID id, KoersUser caller, AccessLog.Item item) {
        return conversations.find(id, caller.id(), item).orElseThrow(() -> KoersProblem.notFound(NOT_FOUND));
    }

    /**
     * Seeing is not editing: a team leader reads a shared preparation but does not answer it for the employee. Who
     * may change and accept the POP is decided with who may see it, in {@link ConversationRepository}.
     */
    static Conversation requirePopEditor(Visible visible) {
        if (!visible.access().editPop()) {
            throw readOnly(visible.conversation());
        }
        return visible.conversation();
    }

    /** A former leader reads the one-on-one they held, and does not continue it. */
    private static Conversation requireTurns(Visible visible) {
        if (!visible.access().turns()) {
            throw readOnly(visible.conversation());
        }
        return visible.conversation();
    }

    private static KoersProblem readOnly(Conversation conversation) {
        return new KoersProblem(HttpStatus.FORBIDDEN,
                conversation.type() == ConversationType.GESPREK ? FORMER_LEADER : SHARED_TO_READ);
    }

    Conversation owned(UUID id, KoersUser caller, String notOwner) {
        Visible visible = visible(id, caller, AccessLog.Item.GESPREK);
        if (!visible.access().owner()) {
            throw new KoersProblem(HttpStatus.FORBIDDEN, notOwner);
        }
        return visible.conversation();
    }

    /** Who takes part, by display name, for the dialogue and the model. */
    public Participants participants(Conversation conversation) {
        if (conversation.byLeader()) { // the leader prepares, about the employee
            return new Participants(conversation.type(), user(conversation.employeeId()).displayName(),
                    user(conversation.ownerId()).displayName(), true, null);
        }
        KoersUser manager = manager(conversation);
        return new Participants(conversation.type(), user(conversation.ownerId()).displayName(),
                manager == null ? null : manager.displayName());
    }

    /**
     * The accounts that take part, the employee first: the owner, and the leader of a one-on-one or (for a progress
     * review) the owner's current leader. A preparation has one.
     */
    List<KoersUser> people(Conversation conversation) {
        KoersUser owner = user(conversation.ownerId());
        KoersUser manager = conversation.type() == ConversationType.GESPREK
                || conversation.type() == ConversationType.VOORTGANG ? manager(conversation) : null;
        return manager == null ? List.of(owner) : List.of(owner, manager);
    }

    /**
     * Whose answer a message is: the caller's, unless they name another person who takes part (in a one-on-one on
     * one screen, the leader types the employee's answer). Anyone else is a 400.
     */
    KoersUser speaker(Conversation conversation, KoersUser caller, @Nullable String username) {
        if (username == null || username.isBlank() || username.strip().equals(caller.username())) {
            return caller;
        }
        List<KoersUser> people = people(conversation);
        KoersUser speaker = people.stream().filter(person -> person.username().equals(username.strip())).findFirst()
                .orElseThrow(() -> KoersProblem.badRequest("'" + username.strip() + "' neemt niet deel aan dit gesprek."
                        + " Een antwoord kan alleen van " + people.stream().map(KoersUser::displayName)
                                .collect(java.util.stream.Collectors.joining(" of ")) + " zijn."));
        if (speaker.id() != conversation.ownerId()) { // on one screen the leader types the employee's answer, not back
            throw KoersProblem.badRequest("Je kunt alleen je eigen antwoord sturen. Op één scherm typt de"
                    + " leidinggevende ook het antwoord van de medewerker; andersom niet.");
        }
        return speaker;
    }

    /** The leader in the conversation: who held the one-on-one, or for a review the owner's current leader. */
    private @Nullable KoersUser manager(Conversation conversation) {
        if (conversation.type() == ConversationType.VOORTGANG) {
            return users.leaderOf(conversation.ownerId()).orElse(null);
        }
        return conversation.managerId() == null ? null : user(conversation.managerId());
    }

    private KoersUser user(long id) {
        return users.findById(id).orElseThrow(() -> new IllegalStateException("user " + id + " missing"));
    }
}
