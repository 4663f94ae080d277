package nl.koers.conversation;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
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
import nl.koers.dialogue.ConversationType;
import nl.koers.dialogue.Phase;
import nl.koers.pop.Pop;
import nl.koers.pop.PopSchedule;
import nl.koers.web.KoersProblem;

/**
 * Where people are on the journey from preparation to progress review: the team at a glance for a leader, and for
 * the start page what is in progress, which shared preparation waits, and which review is due. Leaders see the
 * state of their people's plans here, never their words; HR sees nobody's.
 */
@Service
public class Journey {

    /** One person of the team, with the state of the plan their leader goes by ({@code null}: none yet). */
    public record Member(String employee, String name, @Nullable Plan pop,
            ConversationViews.@Nullable Preparation sharedPreparation) {
    }

    /**
     * The API's {@code pop} of a team member: the plan's conversation, akkoord, counts and dates.
     *
     * @param reviewDue a review date near or past that no review was held for
     */
    public record Plan(String conversation, ConversationType type, boolean acceptedByEmployee, boolean acceptedByLeader,
            int goals, int openActions, @Nullable LocalDate nextReview, boolean overdue, @Nullable LocalDate reviewDue) {
    }

    /** A conversation to go on with, from the start page. */
    public record Ongoing(UUID id, ConversationType type, Phase phase, String employeeName, boolean byLeader,
            Instant updatedAt) {
    }

    /** A plan whose progress review is due, with whom. */
    public record DueReview(String conversation, String employeeName, LocalDate date, boolean past) {
    }

    /** A preparation an employee shared that their leader has not held the one-on-one for yet. */
    public record Waiting(String conversation, String employee, String employeeName, Instant sharedAt) {
    }

    /** What the start page offers. */
    public record Start(List<Ongoing> ongoing, List<Waiting> waiting, List<DueReview> reviews) {
    }

    private final ConversationRepository conversations;
    private final ConversationStore store;
    private final UserRepository users;
    private final Clock clock;

    Journey(ConversationRepository conversations, ConversationStore store, UserRepository users, Clock clock) {
        this.conversations = conversations;
        this.store = store;
        this.users = users;
        this.clock = clock;
    }

    /** {@code GET /api/team}: a leader's people, each with the state of their latest plan. Others: 403. */
    @Transactional(readOnly = true)
    public List<Member> team(KoersUser caller) {
        if (caller.role() != Role.LEIDINGGEVENDE) {
            throw new KoersProblem(HttpStatus.FORBIDDEN, "Het teamoverzicht is voor leidinggevenden: zij zien hier"
                    + " hoe het staat met de plannen van hun eigen team.");
        }
        LocalDate today = LocalDate.now(clock);
        List<Member> team = new ArrayList<>();
        for (KoersUser member : users.teamMembersOf(caller.id())) {
            Optional<Conversation> latest = conversations.latestPlan(member.id());
            Plan plan = latest.flatMap(conversation -> plan(conversation, today)).orElse(null);
            team.add(new Member(member.username(), member.displayName(), plan, waitingFrom(member).orElse(null)));
        }
        return team;
    }

    /** The start page: what to continue, what waits for the caller, and which reviews are due. */
    @Transactional(readOnly = true)
    public Start start(KoersUser caller) {
        LocalDate today = LocalDate.now(clock);
        Map<Long, KoersUser> people = new HashMap<>();
        List<Ongoing> ongoing = conversations.listVisible(caller.id(), 50, 0).stream()
                .filter(visible -> visible.access().turns() && open(visible.conversation().phase()))
                .limit(5).map(visible -> {
                    Conversation c = visible.conversation();
                    KoersUser employee = people.computeIfAbsent(c.employeeId(), this::user);
                    return new Ongoing(c.id(), c.type(), c.phase(), employee.displayName(), c.byLeader(), c.updatedAt());
                }).toList();
        List<Waiting> waiting = new ArrayList<>();
        List<DueReview> reviews = new ArrayList<>();
        List<KoersUser> whose = caller.role() == Role.LEIDINGGEVENDE ? users.teamMembersOf(caller.id())
                : caller.role() == Role.MEDEWERKER ? List.of(caller) : List.of();
        for (KoersUser person : whose) {
            if (person.id() != caller.id()) {
                waitingFrom(person).ifPresent(shared -> waiting.add(new Waiting(shared.id().toString(),
                        person.username(), person.displayName(), shared.sharedAt())));
            }
            Optional<Conversation> plan = person.id() == caller.id() ? conversations.latestOneOnOne(person.id())
                    : conversations.latestPlan(person.id());
            plan.flatMap(conversation -> plan(conversation, today)).filter(p -> p.reviewDue() != null)
                    .ifPresent(p -> reviews.add(new DueReview(p.conversation(), person.displayName(), p.reviewDue(),
                            p.reviewDue().isBefore(today))));
        }
        return new Start(ongoing, waiting, reviews);
    }

    /** The latest preparation this person shared after their latest one-on-one: it waits for the leader. */
    private Optional<ConversationViews.Preparation> waitingFrom(KoersUser person) {
        Optional<Conversation> shared = conversations.latestSharedPreparation(person.id());
        Optional<Conversation> held = conversations.latestOneOnOne(person.id());
        return shared.filter(prep -> held.isEmpty() || held.get().createdAt().isBefore(sharedAt(prep)))
                .map(prep -> new ConversationViews.Preparation(prep.id(), sharedAt(prep)));
    }

    private static Instant sharedAt(Conversation preparation) {
        return preparation.links().sharedAt() != null ? preparation.links().sharedAt() : preparation.updatedAt();
    }

    private Optional<Plan> plan(Conversation conversation, LocalDate today) {
        return store.popWithDerived(conversation.id()).map(pop -> {
            // a review counts as held when it recorded progress, not when it was only started
            List<LocalDate> held = pop.progress().stream().map(Pop.Progress::date).distinct().toList();
            PopSchedule schedule = PopSchedule.of(pop, held, today);
            Pop.Acceptance acceptance = pop.acceptance();
            return new Plan(conversation.id().toString(), conversation.type(),
                    acceptance != null && acceptance.employee() != null, acceptance != null && acceptance.manager() != null,
                    schedule.goals(), schedule.openActions(), schedule.nextReview(), schedule.overdue(),
                    schedule.reviewDue());
        });
    }

    private static boolean open(Phase phase) {
        return phase != Phase.AFGEROND && phase != Phase.VRAAG;
    }

    private KoersUser user(long id) {
        return users.findById(id).orElseThrow(() -> new IllegalStateException("user " + id + " missing"));
    }
}
