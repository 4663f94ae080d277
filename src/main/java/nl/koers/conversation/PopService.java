package nl.koers.conversation;

import java.time.Clock;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.koers.conversation.ConversationRepository.Visible;
import nl.koers.pop.Pop;
import nl.koers.pop.PopDates;
import nl.koers.pop.PopDraftRepository;
import nl.koers.accounts.KoersUser;
import nl.koers.web.KoersProblem;
import nl.koers.web.UserText;

/**
 * Reading, editing and accepting the POP of a conversation whose POP the caller may see: the owner, and the owner's
 * current team leader for a one-on-one or a shared preparation (see {@link ConversationRepository}).
 */
@Service
public class PopService {

    private final ConversationAccess conversations;
    private final ConversationStore store;
    private final PopDraftRepository pops;
    private final AccessLog access;
    private final Clock clock;

    PopService(ConversationAccess conversations, ConversationStore store, PopDraftRepository pops, AccessLog access,
            Clock clock) {
        this.access = access;
        this.conversations = conversations;
        this.store = store;
        this.pops = pops;
        this.clock = clock;
    }

    /** The POP with what the caller may do: whether they may change it, and read the conversation it came from. */
    public record Opened(Pop pop, Access access) {

        /** Whether the caller has said akkoord to this draft: as the employee when they own it, else as the leader. */
        public boolean acceptedByCaller() {
            Pop.Acceptance acceptance = pop.acceptance();
            return acceptance != null && (access.owner() ? acceptance.employee() : acceptance.manager()) != null;
        }
    }

    /** Read-write: opening someone else's POP adds a line to their access log. */
    @Transactional
    public Pop get(UUID id, KoersUser caller) {
        return open(id, caller).pop();
    }

    /** Like {@link #get}, with what the caller may do, for the POP page. */
    @Transactional
    public Opened open(UUID id, KoersUser caller) {
        Visible visible = conversations.visible(id, caller, AccessLog.Item.POP);
        access.opened(visible.conversation(), caller, AccessLog.Item.POP);
        return new Opened(store.popWithDerived(id).orElseThrow(PopService::noPop), visible.access());
    }

    /** Fails with 404 or 403 unless the caller may change this POP. */
    @Transactional(readOnly = true)
    public void checkEditable(UUID id, KoersUser caller) {
        ConversationAccess.requirePopEditor(conversations.visible(id, caller, AccessLog.Item.POP));
    }

    private static KoersProblem noPop() {
        return KoersProblem.notFound("Dit gesprek heeft geen eigen POP: vragen aan de kennisbank leveren geen"
                + " ontwikkelplan op, en een voortgangsgesprek schrijft in de POP die het bespreekt.");
    }

    /** Replaces the editable content; names stay those of the conversation's people. */
    @Transactional
    public Pop put(UUID id, KoersUser caller, Pop edited) {
        return save(conversations.lockPopEditable(id, caller), caller, edited);
    }

    /** The stored draft's version, so that an edit form can tell whether the POP changed while it was open. */
    @Transactional(readOnly = true)
    public long version(UUID id, KoersUser caller) {
        conversations.visible(id, caller, AccessLog.Item.POP);
        return storedVersion(id);
    }

    private long storedVersion(UUID id) {
        return pops.find(id).map(PopDraftRepository.StoredPop::version).orElseThrow(PopService::noPop);
    }

    /**
     * Like {@link #put(UUID, KoersUser, Pop)}, but only while the draft is still the version the editor started from.
     * The conversation stays locked from the check to the save, so two saves from one version cannot both pass.
     */
    @Transactional
    public Pop put(UUID id, KoersUser caller, Pop edited, long startedFrom) {
        Conversation locked = conversations.lockPopEditable(id, caller);
        if (!store.savePopIfVersion(locked.id(), kept(locked, edited), startedFrom, clock.instant())) {
            throw KoersProblem.conflict("De POP is veranderd sinds je dit formulier opende, bijvoorbeeld door een antwoord"
                    + " in het gesprek. Wat je typte staat hieronder nog. Bekijk de POP in een ander tabblad en sla"
                    + " opnieuw op als je jouw versie wilt bewaren.");
        }
        return get(locked.id(), caller);
    }

    /** Stores an edit of a conversation the caller has locked for editing, and returns the POP as now stored. */
    private Pop save(Conversation locked, KoersUser caller, Pop edited) {
        store.savePop(locked.id(), kept(locked, edited), clock.instant());
        return get(locked.id(), caller);
    }

    /**
     * The edit as it is stored: its texts cleaned as typed text is ({@link UserText}), a date no POP can mean refused,
     * the names those of the conversation's people and the reviews in date order.
     */
    private Pop kept(Conversation locked, Pop typed) {
        PopDates.problem(typed).ifPresent(problem -> {
            throw KoersProblem.badRequest(problem);
        });
        Pop edited = typed.withTexts(UserText::clean);
        for (int g = 0; g < edited.goals().size(); g++) {
            Pop.Goal goal = edited.goals().get(g);
            requireDescription(goal.description(), "doel " + (g + 1));
            for (int a = 0; a < goal.actions().size(); a++) {
                requireDescription(goal.actions().get(a).description(), "actie " + (a + 1) + " bij doel " + (g + 1));
            }
        }
        Pop current = store.pop(locked.id()).orElseThrow(PopService::noPop);
        // who said what and the progress of reviews are recorded by the conversations, not written by an edit
        List<Pop.Goal> goals = ownIds(edited.goals(), current);
        return edited.toBuilder().employee(current.employee()).manager(current.manager())
                .goals(goals).attribution(followGoals(current, goals)).progress(current.progress())
                .reviews(edited.reviews().stream().distinct().sorted().toList()).build();
    }

    /**
     * Who said what, with each goal's entries moved to where that goal now stands: "goals[1].measure" becomes
     * "goals[0].measure" when the first goal was removed, and a removed goal's entries go with it.
     */
    private static Map<String, String> followGoals(Pop current, List<Pop.Goal> edited) {
        Map<String, String> moved = new LinkedHashMap<>();
        current.attribution().forEach((field, name) -> {
            Matcher goal = GOAL_FIELD.matcher(field);
            if (!goal.matches()) {
                moved.put(field, name);
                return;
            }
            int was = Integer.parseInt(goal.group(1));
            String id = was < current.goals().size() ? current.goals().get(was).id() : null;
            for (int now = 0; id != null && now < edited.size(); now++) {
                if (id.equals(edited.get(now).id())) {
                    moved.put("goals[" + now + "]" + goal.group(2), name);
                }
            }
        });
        return moved;
    }

    private static final Pattern GOAL_FIELD = Pattern.compile("goals\\[(\\d+)](.*)");

    /**
     * A goal keeps its id through an edit; an id the POP does not know, or one given twice, is not taken over: that
     * goal gets a new one, so an edit cannot move a goal's progress onto another goal.
     */
    private static List<Pop.Goal> ownIds(List<Pop.Goal> goals, Pop current) {
        Set<String> known = new HashSet<>();
        current.goals().forEach(goal -> known.add(goal.id()));
        Set<String> used = new HashSet<>();
        return goals.stream().map(goal -> goal.id() != null && known.contains(goal.id()) && used.add(goal.id()) ? goal
                : goal.withId(null)).toList();
    }

    /** A description of only characters that cannot be stored ({@link UserText}) is empty once cleaned. */
    private static void requireDescription(String description, String what) {
        if (description.isBlank()) {
            throw KoersProblem.badRequest("De omschrijving van " + what + " is leeg. Schrijf in een paar woorden wat je"
                    + " wilt bereiken of gaat doen.");
        }
    }

    /** The employee, or the employee's current team leader in a one-on-one, says "akkoord" to the current draft. */
    @Transactional
    public Pop accept(UUID id, KoersUser caller) {
        Visible visible = conversations.visible(id, caller, AccessLog.Item.POP);
        ConversationAccess.requirePopEditor(visible);
        get(id, caller);
        pops.accept(id, visible.access().owner(), clock.instant());
        return get(id, caller);
    }
}
