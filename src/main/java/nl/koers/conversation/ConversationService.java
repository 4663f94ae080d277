package nl.koers.conversation;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.koers.accounts.KoersUser;
import nl.koers.accounts.Role;
import nl.koers.accounts.UserRepository;
import nl.koers.conversation.ConversationRepository.Visible;
import nl.koers.conversation.ConversationViews.Detail;
import nl.koers.conversation.ConversationViews.Message;
import nl.koers.conversation.ConversationViews.Summary;
import nl.koers.conversation.ConversationViews.SummaryPage;
import nl.koers.dialogue.ConversationType;
import nl.koers.dialogue.Dialogue;
import nl.koers.dialogue.Expecting;
import nl.koers.dialogue.Participants;
import nl.koers.dialogue.Phase;
import nl.koers.dialogue.Step;
import nl.koers.pop.Pop;
import nl.koers.web.KoersProblem;

/**
 * Conversations: starting one, taking a turn, sharing and deleting. Every turn runs in one transaction that
 * stores the user's message, the new POP, the reply and the new state before the reply is returned; the row lock
 * takes concurrent turns on one conversation one after the other.
 */
@Service
public class ConversationService {

    /** A conversation with what the caller may do with it, for a page that shows or hides its forms. */
    public record Opened(Detail detail, Access access) {
    }

    private final ConversationRepository conversations;
    private final MessageRepository messages;
    private final ConversationAccess policy;
    private final ConversationStore store;
    private final UserRepository users;
    private final Dialogue dialogue;
    private final GuidedAnswers answers;
    private final AccessLog access;
    private final ConversationQuota quota;
    private final Clock clock;

    ConversationService(ConversationRepository conversations, MessageRepository messages, ConversationAccess policy,
            ConversationStore store, UserRepository users,
            Dialogue dialogue, GuidedAnswers answers, AccessLog access, ConversationQuota quota, Clock clock) {
        this.access = access;
        this.quota = quota;
        this.conversations = conversations;
        this.messages = messages;
        this.policy = policy;
        this.store = store;
        this.users = users;
        this.dialogue = dialogue;
        this.answers = answers;
        this.clock = clock;
    }

    @Transactional
    public Detail start(KoersUser caller, ConversationType type, @Nullable String employeeUsername) {
        Instant now = clock.instant();
        KoersUser owner = caller;
        KoersUser manager = null;
        switch (type) {
            case VOORBEREIDING -> manager = users.leaderOf(caller.id()).orElse(null);
            case GESPREK -> {
                if (caller.role() != Role.LEIDINGGEVENDE) {
                    throw new KoersProblem(HttpStatus.FORBIDDEN,
                            "Alleen een leidinggevende kan een loopbaangesprek met een medewerker starten.");
                }
                owner = teamMember(caller, employeeUsername);
                manager = caller;
            }
            case VRAAG -> manager = null;
        }
        quota.checkMayStart(caller); // after the checks of the request itself: a wrong request stays a 400
        Conversation conversation;
        if (type == ConversationType.VRAAG) {
            conversation = conversations.create(type, Phase.VRAAG, DialogueMode.GUIDED, owner.id(), null, "{}", now);
            messages.append(conversation.id(), MessageRole.ASSISTANT, answers.welcome(owner.displayName()),
                    List.of(), null, now);
        } else {
            Pop pop = Pop.empty(owner.displayName(), manager == null ? null : manager.displayName(),
                    LocalDate.now(clock));
            Step opening = dialogue.open(new Participants(type, owner.displayName(),
                    manager == null ? null : manager.displayName()), pop);
            conversation = conversations.create(type, opening.phase(), DialogueMode.GUIDED, owner.id(),
                    manager == null ? null : manager.id(), store.write(opening.state()), now);
            store.savePop(conversation.id(), opening.pop(), now);
            messages.append(conversation.id(), MessageRole.ASSISTANT, opening.reply(), opening.sources(), null, now);
        }
        return detail(conversation, true);
    }

    /** Read-write: opening someone else's conversation adds a line to their access log. */
    @Transactional
    public Detail get(UUID id, KoersUser caller) {
        return open(id, caller).detail();
    }

    /**
     * Like {@link #get}, with what the caller may do. The detail holds the POP only for those who may read it: a
     * former leader reads the messages of the one-on-one they held, not the POP that goes on without them.
     */
    @Transactional
    public Opened open(UUID id, KoersUser caller) {
        Visible visible = policy.visible(id, caller, AccessLog.Item.GESPREK);
        access.opened(visible.conversation(), caller, AccessLog.Item.GESPREK);
        return new Opened(detail(visible.conversation(), visible.access().pop()), visible.access());
    }

    /**
     * What Koers holds of the caller's conversations: those they own, and the one-on-ones they ran as team leader
     * (a preparation shared with them stays the employee's).
     */
    @Transactional(readOnly = true)
    public List<Detail> ofParticipant(KoersUser caller) {
        return conversations.listVisible(caller.id()).stream()
                .filter(v -> v.access().owner() || (v.conversation().type() == ConversationType.GESPREK
                        && Long.valueOf(caller.id()).equals(v.conversation().managerId())))
                .map(v -> detail(v.conversation(), v.access().pop())).toList();
    }

    /** What the caller may open: conversations, and for a new leader the POP of a one-on-one held before. */
    @Transactional(readOnly = true)
    public List<Summary> list(KoersUser caller) {
        return summaries(conversations.listVisible(caller.id()));
    }

    /**
     * One page of {@link #list}, read with LIMIT and OFFSET. A page number beyond the last shows the last page, one
     * below 1 the first.
     */
    @Transactional(readOnly = true)
    public SummaryPage page(KoersUser caller, int number, int size) {
        long total = conversations.countVisible(caller.id());
        int pages = (int) Math.max(1, (total + size - 1) / size);
        int shown = Math.clamp(number, 1, pages);
        return new SummaryPage(summaries(conversations.listVisible(caller.id(), size, (long) (shown - 1) * size)),
                shown, pages);
    }

    /** The people are looked up once each: a list of many conversations mostly names the same few. */
    private List<Summary> summaries(List<Visible> found) {
        Map<Long, KoersUser> people = new HashMap<>();
        return found.stream().map(v -> {
            Conversation c = v.conversation();
            KoersUser owner = people.computeIfAbsent(c.ownerId(), this::user);
            return new Summary(c.id(), c.type(), c.phase(), owner.username(), owner.displayName(),
                    c.managerId() == null ? null : people.computeIfAbsent(c.managerId(), this::user).username(),
                    c.sharedWithManager(), !v.access().messages(), c.updatedAt());
        }).toList();
    }

    /** Shares a preparation with the owner's team leader, or takes it back. */
    @Transactional
    public void share(UUID id, KoersUser caller, boolean shared) {
        Conversation conversation = policy.owned(id, caller, "Alleen wie het gesprek voert, kan het delen.");
        if (conversation.type() == ConversationType.GESPREK) {
            throw KoersProblem.badRequest("Alleen een voorbereiding kun je delen. Een gesprek met je leidinggevende"
                    + " is al zichtbaar voor jullie allebei.");
        }
        if (conversation.type() != ConversationType.VOORBEREIDING) {
            throw KoersProblem.badRequest("Alleen een voorbereiding kun je delen. Vragen aan de kennisbank blijven van"
                    + " jou alleen.");
        }
        KoersUser leader = users.leaderOf(caller.id()).orElse(null);
        if (shared && leader == null) {
            throw KoersProblem.badRequest("Je hebt in Koers (nog) geen leidinggevende om mee te delen.");
        }
        conversations.setShared(id, caller.id(), leader == null ? conversation.managerId() : leader.id(), shared,
                clock.instant());
    }

    /** Deletes the conversations nobody touched since {@code cutoff}, with their messages, POP and access log. */
    @Transactional
    public int forgetUntouchedSince(Instant cutoff) {
        return conversations.deleteUntouchedSince(cutoff);
    }

    /** The conversation for its owner, who alone may delete it: 404 for those who cannot see it, 403 for readers. */
    @Transactional(readOnly = true)
    public Detail getOwned(UUID id, KoersUser caller) {
        return detail(policy.owned(id, caller, ConversationAccess.ONLY_OWNER_DELETES), true);
    }

    @Transactional
    public void delete(UUID id, KoersUser caller) {
        policy.owned(id, caller, ConversationAccess.ONLY_OWNER_DELETES);
        conversations.delete(id, caller.id());
    }

    private KoersUser teamMember(KoersUser leader, @Nullable String username) {
        if (username == null || username.isBlank()) {
            throw KoersProblem.badRequest("Noem de medewerker met wie je het gesprek voert (veld 'employee').");
        }
        return users.teamMembersOf(leader.id()).stream().filter(member -> member.username().equals(username.strip()))
                .findFirst().orElseThrow(() -> KoersProblem.badRequest("'" + username.strip()
                        + "' zit niet in jouw team. Je kunt alleen een gesprek voeren met een medewerker uit je team."));
    }

    private Detail detail(Conversation conversation, boolean withPop) {
        KoersUser owner = user(conversation.ownerId());
        KoersUser manager = conversation.managerId() == null ? null : user(conversation.managerId());
        List<Message> said = messages.messages(conversation.id()).stream()
                .map(m -> new Message(m.role(), m.text(), m.sources(), m.at())).toList();
        Pop pop = conversation.type() == ConversationType.VRAAG ? null
                : store.popWithDerived(conversation.id()).orElse(null);
        Expecting expecting = pop == null ? null : dialogue.expecting(store.readState(conversation.state()), pop);
        return new Detail(conversation.id(), conversation.type(), conversation.phase(), conversation.mode(),
                owner.username(), owner.displayName(), manager == null ? null : manager.username(),
                manager == null ? null : manager.displayName(), conversation.sharedWithManager(), said,
                withPop ? pop : null, expecting, conversation.createdAt(), conversation.updatedAt());
    }

    private KoersUser user(long id) {
        return users.findById(id).orElseThrow(() -> new IllegalStateException("user " + id + " missing"));
    }
}
