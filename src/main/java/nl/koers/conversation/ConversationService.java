package nl.koers.conversation;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
import nl.koers.conversation.ConversationViews.Preparation;
import nl.koers.conversation.ConversationViews.Summary;
import nl.koers.conversation.ConversationViews.SummaryPage;
import nl.koers.dialogue.Agenda;
import nl.koers.dialogue.ConversationType;
import nl.koers.dialogue.Dialogue;
import nl.koers.dialogue.DialogueState;
import nl.koers.dialogue.Expecting;
import nl.koers.dialogue.Participants;
import nl.koers.dialogue.Phase;
import nl.koers.dialogue.Progress;
import nl.koers.dialogue.ProgressReview;
import nl.koers.dialogue.Step;
import nl.koers.pop.Pop;
import nl.koers.web.KoersProblem;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Conversations: starting one, taking a turn, sharing and deleting. Every turn runs in one transaction that
 * stores the user's message, the new POP, the reply and the new state before the reply is returned; the row lock
 * takes concurrent turns on one conversation one after the other.
 */
@Service
public class ConversationService {

    /** A conversation with what the caller may do with it, for a page that shows or hides its forms. */
    /** A conversation as its page shows it: what the API shows, what the caller may do, and how far it is. */
    public record Opened(Detail detail, Access access, @Nullable Progress progress) {
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
    private final ReviewTurns reviews;
    private final JsonMapper json;
    private final Clock clock;

    private static final TypeReference<List<Agenda.Item>> AGENDA = new TypeReference<>() {
    };

    ConversationService(ConversationRepository conversations, MessageRepository messages, ConversationAccess policy,
            ConversationStore store, UserRepository users,
            Dialogue dialogue, GuidedAnswers answers, AccessLog access, ConversationQuota quota, ReviewTurns reviews,
            JsonMapper json, Clock clock) {
        this.reviews = reviews;
        this.json = json;
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
        return start(caller, type, employeeUsername, null);
    }

    /**
     * Starts a conversation: a preparation (by the employee, or by a leader about one of their people), a one-on-one
     * (from the employee's shared preparation when there is one, with the agenda of both preparations), a question
     * to the knowledge base, or a progress review of the POP named by {@code popId}.
     */
    @Transactional
    public Detail start(KoersUser caller, ConversationType type, @Nullable String employeeUsername,
            @Nullable String popId) {
        Instant now = clock.instant();
        Conversation conversation = switch (type) {
            case VOORBEREIDING -> employeeUsername == null || employeeUsername.isBlank()
                    || employeeUsername.strip().equals(caller.username()) ? prepare(caller, now)
                            : prepareAsLeader(caller, employeeUsername, now);
            case GESPREK -> oneOnOne(caller, employeeUsername, now);
            case VOORTGANG -> review(caller, popId, now);
            case VRAAG -> {
                quota.checkMayStart(caller);
                Conversation question = conversations.create(type, Phase.VRAAG, DialogueMode.GUIDED, caller.id(), null,
                        "{}", now);
                messages.append(question.id(), MessageRole.ASSISTANT, answers.welcome(caller.displayName()),
                        List.of(), null, now);
                yield question;
            }
        };
        return detail(conversation, true);
    }

    private Conversation prepare(KoersUser caller, Instant now) {
        KoersUser leader = users.leaderOf(caller.id()).orElse(null);
        quota.checkMayStart(caller);
        Participants who = new Participants(ConversationType.VOORBEREIDING, caller.displayName(),
                leader == null ? null : leader.displayName());
        Pop pop = Pop.empty(caller.displayName(), leader == null ? null : leader.displayName(), LocalDate.now(clock));
        return opened(ConversationType.VOORBEREIDING, caller.id(), leader == null ? null : leader.id(),
                dialogue.open(who, pop), Conversation.Links.NONE, now);
    }

    /** A leader's own preparation about one of their people: owned by the leader, seen by nobody else. */
    private Conversation prepareAsLeader(KoersUser caller, String employeeUsername, Instant now) {
        if (caller.role() != Role.LEIDINGGEVENDE) {
            throw new KoersProblem(HttpStatus.FORBIDDEN, "Je bereidt je eigen loopbaangesprek voor: laat het veld"
                    + " 'employee' weg. Alleen een leidinggevende bereidt zich voor op het gesprek met een medewerker.");
        }
        KoersUser employee = teamMember(caller, employeeUsername);
        quota.checkMayStart(caller);
        Participants who = new Participants(ConversationType.VOORBEREIDING, employee.displayName(),
                caller.displayName(), true, null);
        Pop pop = Pop.empty(employee.displayName(), caller.displayName(), LocalDate.now(clock));
        return opened(ConversationType.VOORBEREIDING, caller.id(), null, dialogue.open(who, pop),
                Conversation.Links.about(employee.id()), now);
    }

    /**
     * A one-on-one. When the employee shared a preparation, its answers fill the POP and Koers confirms them with
     * both; when the leader prepared too, the opening lists where the two differ (the agenda).
     */
    private Conversation oneOnOne(KoersUser caller, @Nullable String employeeUsername, Instant now) {
        if (caller.role() != Role.LEIDINGGEVENDE) {
            throw new KoersProblem(HttpStatus.FORBIDDEN,
                    "Alleen een leidinggevende kan een loopbaangesprek met een medewerker starten.");
        }
        KoersUser employee = teamMember(caller, employeeUsername);
        quota.checkMayStart(caller); // after the checks of the request itself: a wrong request stays a 400
        Optional<Conversation> shared = conversations.latestSharedPreparation(employee.id());
        Optional<Conversation> own = conversations.latestLeaderPreparation(caller.id(), employee.id());
        Pop employeePop = shared.flatMap(prepared -> store.pop(prepared.id())).orElse(null);
        Pop leaderPop = own.flatMap(prepared -> store.pop(prepared.id())).orElse(null);
        List<Agenda.Item> agenda = leaderPop == null ? List.of()
                : Agenda.of(dialogue.bank().texts(), employeePop, leaderPop);
        Participants who = new Participants(ConversationType.GESPREK, employee.displayName(), caller.displayName());
        LocalDate today = LocalDate.now(clock);
        Step opening;
        if (employeePop != null) {
            Pop pop = employeePop.toBuilder().employee(employee.displayName()).manager(caller.displayName()).date(today)
                    .attribution(Map.of()).progress(List.of()).build();
            Instant sharedAt = shared.get().links().sharedAt() != null ? shared.get().links().sharedAt()
                    : shared.get().updatedAt();
            opening = dialogue.openFromPreparation(who, pop, LocalDate.ofInstant(sharedAt, clock.getZone()), agenda);
        } else {
            Pop pop = Pop.empty(employee.displayName(), caller.displayName(), today);
            opening = agenda.isEmpty() ? dialogue.open(who, pop) : dialogue.open(who, pop, agenda);
        }
        return opened(ConversationType.GESPREK, employee.id(), caller.id(), opening, Conversation.Links.startedFrom(
                shared.map(Conversation::id).orElse(null), leaderPop == null ? null : json.writeValueAsString(agenda)),
                now);
    }

    /** A progress review of a POP the caller may see, by its employee or their current leader. */
    private Conversation review(KoersUser caller, @Nullable String popId, Instant now) {
        if (popId == null || popId.isBlank()) {
            throw KoersProblem.badRequest("Noem de POP die jullie bespreken: het id van het gesprek, in het veld 'pop'.");
        }
        UUID id;
        try {
            id = UUID.fromString(popId.strip());
        } catch (IllegalArgumentException notAnId) {
            throw KoersProblem.badRequest("'" + popId.strip() + "' is geen id van een gesprek. Neem het id over uit"
                    + " de lijst van je gesprekken.");
        }
        if (conversations.find(id, caller.id(), AccessLog.Item.GESPREK)
                .filter(seen -> seen.conversation().type() == ConversationType.VOORTGANG).isPresent()) {
            throw KoersProblem.badRequest("Dit is zelf een voortgangsgesprek. Noem het gesprek waar de POP bij hoort:"
                    + " het loopbaangesprek of de voorbereiding.");
        }
        Visible visible = policy.visible(id, caller, AccessLog.Item.POP);
        Conversation reviewed = visible.conversation();
        if (!reviewable(reviewed)) {
            throw KoersProblem.badRequest("Een voortgangsgesprek gaat over de POP van een loopbaangesprek of van een"
                    + " voorbereiding van de medewerker zelf.");
        }
        KoersUser leader = users.leaderOf(reviewed.ownerId()).orElse(null);
        if (!reviewer(visible, leader, caller)) {
            throw new KoersProblem(HttpStatus.FORBIDDEN, "Een voortgangsgesprek voert de medewerker zelf of diens"
                    + " huidige leidinggevende.");
        }
        Pop pop = store.pop(reviewed.id()).orElseThrow(() -> KoersProblem.notFound(ConversationAccess.NOT_FOUND));
        if (!ProgressReview.hasOpenGoal(pop)) {
            throw KoersProblem.badRequest(pop.goals().isEmpty() ? "Deze POP heeft nog geen doelen, dus er is geen"
                    + " voortgang om te bespreken. Zet eerst doelen in de POP, of voer samen het loopbaangesprek."
                    : "Alle doelen van deze POP zijn afgerond of gestopt. Zet nieuwe doelen in de POP, of voer samen een"
                            + " nieuw loopbaangesprek.");
        }
        quota.checkMayStart(caller);
        KoersUser employee = user(reviewed.ownerId());
        Participants who = new Participants(ConversationType.VOORTGANG, employee.displayName(),
                leader == null ? null : leader.displayName());
        ProgressReview.Turn opening = reviews.open(who, pop);
        Conversation conversation = conversations.create(ConversationType.VOORTGANG, opening.phase(),
                DialogueMode.GUIDED, employee.id(), leader == null ? null : leader.id(), reviews.write(opening.state()),
                Conversation.Links.reviewing(reviewed.id()), now);
        messages.append(conversation.id(), MessageRole.ASSISTANT, opening.reply(), List.of(), null, now);
        return conversation;
    }

    /** Whether the caller may start a progress review of this conversation's POP: the page offers it then. */
    @Transactional(readOnly = true)
    public boolean mayReview(UUID id, KoersUser caller) {
        return conversations.find(id, caller.id(), AccessLog.Item.POP)
                .filter(visible -> reviewable(visible.conversation()))
                .filter(visible -> reviewer(visible, users.leaderOf(visible.conversation().ownerId()).orElse(null), caller))
                .isPresent();
    }

    private static boolean reviewable(Conversation conversation) {
        return !conversation.byLeader() && (conversation.type() == ConversationType.GESPREK
                || conversation.type() == ConversationType.VOORBEREIDING);
    }

    /** The employee whose POP it is, or their current leader. */
    private static boolean reviewer(Visible visible, @Nullable KoersUser leader, KoersUser caller) {
        return visible.access().owner() || (leader != null && leader.id() == caller.id());
    }

    /** Stores a new conversation with its POP and Koers's first message. */
    private Conversation opened(ConversationType type, long ownerId, @Nullable Long managerId, Step opening,
            Conversation.Links links, Instant now) {
        Conversation conversation = conversations.create(type, opening.phase(), DialogueMode.GUIDED, ownerId, managerId,
                store.write(opening.state()), links, now);
        store.savePop(conversation.id(), opening.pop(), now);
        messages.append(conversation.id(), MessageRole.ASSISTANT, opening.reply(), opening.sources(), null, now);
        return conversation;
    }

    /**
     * The caller's latest unfinished preparation: their own ({@code employeeUsername} empty), or as a leader the one
     * about that person.
     */
    @Transactional(readOnly = true)
    public Optional<Summary> unfinishedPreparation(KoersUser caller, @Nullable String employeeUsername) {
        Long subject = null;
        if (employeeUsername != null && !employeeUsername.isBlank() && !employeeUsername.strip().equals(caller.username())) {
            Optional<KoersUser> member = users.teamMembersOf(caller.id()).stream()
                    .filter(person -> person.username().equals(employeeUsername.strip())).findFirst();
            if (member.isEmpty()) {
                return Optional.empty(); // the start itself says what is wrong
            }
            subject = member.get().id();
        }
        return conversations.unfinishedPreparation(caller.id(), subject)
                .map(found -> summaries(List.of(new Visible(found, new Access(true, true, true, true, true)))).getFirst());
    }

    /**
     * The agenda of a one-on-one: where the employee's and the leader's preparations differ. Empty unless the leader
     * prepared; the same for both people in the conversation.
     */
    @Transactional(readOnly = true)
    public List<Agenda.Item> agenda(UUID id, KoersUser caller) {
        Conversation conversation = policy.visible(id, caller, AccessLog.Item.GESPREK).conversation();
        return agendaOf(conversation);
    }

    private List<Agenda.Item> agendaOf(Conversation conversation) {
        String agenda = conversation.links().agenda();
        return agenda == null ? List.of() : json.readValue(agenda, AGENDA);
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
        Conversation conversation = visible.conversation();
        return new Opened(detail(conversation, visible.access().pop()), visible.access(), progress(conversation));
    }

    /** How far the open question is within its phase, or in a review which goal it is at; null when none is open. */
    private @Nullable Progress progress(Conversation conversation) {
        return switch (conversation.type()) {
            case VRAAG -> null;
            case VOORTGANG -> store.popWithDerived(conversation.links().reviewOf())
                    .map(pop -> ProgressReview.progress(reviews.state(conversation), pop)).orElse(null);
            default -> dialogue.progress(store.readState(conversation.state()));
        };
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
            KoersUser employee = people.computeIfAbsent(c.employeeId(), this::user);
            Long managerId = c.byLeader() ? Long.valueOf(c.ownerId()) : c.managerId();
            return new Summary(c.id(), c.type(), c.phase(), employee.username(), employee.displayName(),
                    managerId == null ? null : people.computeIfAbsent(managerId, this::user).username(),
                    c.sharedWithManager(), !v.access().messages(), c.byLeader(), c.updatedAt());
        }).toList();
    }

    /** Shares a preparation with the owner's team leader, or takes it back. */
    @Transactional
    public void share(UUID id, KoersUser caller, boolean shared) {
        Conversation conversation = policy.owned(id, caller, "Alleen wie het gesprek voert, kan het delen.");
        if (conversation.byLeader()) {
            throw KoersProblem.badRequest("Je eigen voorbereiding op het gesprek blijft van jou alleen. Wat ervan op de"
                    + " agenda komt, zien jullie allebei in het gesprek zelf.");
        }
        if (conversation.type() == ConversationType.GESPREK) {
            throw KoersProblem.badRequest("Alleen een voorbereiding kun je delen. Een gesprek met je leidinggevende"
                    + " is al zichtbaar voor jullie allebei.");
        }
        if (conversation.type() == ConversationType.VRAAG) {
            throw KoersProblem.badRequest("Alleen een voorbereiding kun je delen. Vragen aan de kennisbank blijven van"
                    + " jou alleen.");
        }
        if (conversation.type() != ConversationType.VOORBEREIDING) {
            throw KoersProblem.badRequest("Alleen een voorbereiding kun je delen. Een voortgangsgesprek zien jullie"
                    + " allebei al, net als de POP waar het over gaat.");
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
        Map<Long, KoersUser> people = new HashMap<>();
        KoersUser employee = people.computeIfAbsent(conversation.employeeId(), this::user);
        Long managerId = conversation.byLeader() ? Long.valueOf(conversation.ownerId()) : conversation.managerId();
        KoersUser manager = managerId == null ? null : people.computeIfAbsent(managerId, this::user);
        List<Message> said = messages.messages(conversation.id()).stream().map(m -> {
            KoersUser author = m.authorId() == null ? null : people.computeIfAbsent(m.authorId(), this::user);
            KoersUser speaker = m.speakerId() == null ? author : people.computeIfAbsent(m.speakerId(), this::user);
            return new Message(m.role(), m.text(), m.sources(), m.at(), author == null ? null : author.username(),
                    speaker == null ? null : speaker.username(), author == null ? null : author.displayName(),
                    speaker == null ? null : speaker.displayName());
        }).toList();
        Pop pop;
        Expecting expecting;
        String addressed = null;
        switch (conversation.type()) {
            case VRAAG -> {
                pop = null;
                expecting = null;
            }
            case VOORTGANG -> { // seen by the same people as the POP it reviews
                pop = store.popWithDerived(conversation.links().reviewOf()).orElse(null);
                expecting = reviews.expecting(conversation);
            }
            default -> {
                pop = store.popWithDerived(conversation.id()).orElse(null);
                DialogueState state = store.readState(conversation.state());
                expecting = pop == null ? null : dialogue.expecting(state, pop);
                if (conversation.type() == ConversationType.GESPREK && manager != null && expecting != null) {
                    addressed = dialogue.addressesLeader(state, pop) ? manager.username() : employee.username();
                }
            }
        }
        Conversation.Links links = conversation.links();
        Preparation preparation = links.preparationId() == null ? null
                : new Preparation(links.preparationId(), conversations.sharedAt(links.preparationId()).orElse(null));
        return new Detail(conversation.id(), conversation.type(), conversation.phase(), conversation.mode(),
                employee.username(), employee.displayName(), manager == null ? null : manager.username(),
                manager == null ? null : manager.displayName(), conversation.sharedWithManager(),
                conversation.byLeader(), preparation,
                conversation.type() == ConversationType.GESPREK ? agendaOf(conversation) : null, links.reviewOf(), said,
                withPop || conversation.type() == ConversationType.VOORTGANG ? pop : null, expecting, addressed, conversation.createdAt(), conversation.updatedAt());
    }

    private KoersUser user(long id) {
        return users.findById(id).orElseThrow(() -> new IllegalStateException("user " + id + " missing"));
    }
}
