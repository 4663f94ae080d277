package nl.koers.pop;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Where an agreed plan stands in time: which progress review is next or due, what is overdue, and how many actions
 * are still open. A review date counts as held when a progress review was started from two weeks before it on.
 *
 * @param goals       the goals in the plan
 * @param openActions the actions of goals that are not finished or stopped
 * @param nextReview  the first review date from today on, or null
 * @param reviewDue   the first review date that is near (within two weeks) or past and not held, or null
 * @param overdue     a review date passed without a review, or a goal's deadline passed while it is still open
 */
public record PopSchedule(int goals, int openActions, @Nullable LocalDate nextReview, @Nullable LocalDate reviewDue,
        boolean overdue) {

    /** How long before a review date a review counts for it, and how soon a date is offered on the start page. */
    public static final int WINDOW_DAYS = 14;

    private static final Set<Pop.ProgressStatus> CLOSED = Set.of(Pop.ProgressStatus.AFGEROND,
            Pop.ProgressStatus.GESTOPT);

    public static PopSchedule of(Pop pop, List<LocalDate> reviewsHeld, LocalDate today) {
        List<LocalDate> notHeld = pop.reviews().stream()
                .filter(date -> reviewsHeld.stream().noneMatch(held -> !held.isBefore(date.minusDays(WINDOW_DAYS))))
                .sorted().toList();
        LocalDate next = pop.reviews().stream().filter(date -> !date.isBefore(today)).min(Comparator.naturalOrder())
                .orElse(null);
        LocalDate due = notHeld.stream().filter(date -> !date.isAfter(today.plusDays(WINDOW_DAYS))).findFirst()
                .orElse(null);
        boolean reviewMissed = notHeld.stream().anyMatch(date -> date.isBefore(today));
        int open = 0;
        boolean deadlineMissed = false;
        for (Pop.Goal goal : pop.goals()) {
            if (closed(pop, goal)) {
                continue;
            }
            open += goal.actions().size();
            deadlineMissed |= goal.deadline() != null && goal.deadline().isBefore(today);
        }
        return new PopSchedule(pop.goals().size(), open, next, due, reviewMissed || deadlineMissed);
    }

    private static boolean closed(Pop pop, Pop.Goal goal) {
        Optional<Pop.Progress> latest = goal.id() == null ? Optional.empty()
                : pop.progressOf(goal.id()).stream().reduce((first, second) -> second);
        return latest.map(entry -> CLOSED.contains(entry.status())).orElse(false);
    }
}
