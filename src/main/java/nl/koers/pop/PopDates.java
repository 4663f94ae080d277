package nl.koers.pop;

import java.time.LocalDate;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * The dates a POP may hold: from 1900 to 2200. A date outside is a typing error ("+999999999-12-31", year 0), and
 * a calendar cannot hold it; an edit with one is refused, and the calendar leaves one that was stored before out.
 */
public final class PopDates {

    public static final int FIRST_YEAR = 1900;
    public static final int LAST_YEAR = 2200;

    private PopDates() {
    }

    public static boolean reasonable(LocalDate date) {
        return date.getYear() >= FIRST_YEAR && date.getYear() <= LAST_YEAR;
    }

    /** A Dutch sentence naming the first date of the POP outside the window, or empty when every date is in it. */
    public static Optional<String> problem(Pop pop) {
        return problem(pop, PopNumbering.IN_ORDER);
    }

    /** Like {@link #problem(Pop)}, naming goals and actions as {@code numbering} does. */
    public static Optional<String> problem(Pop pop, PopNumbering numbering) {
        Optional<String> found = check(pop.date(), "De datum van de POP");
        for (int g = 0; g < pop.goals().size() && found.isEmpty(); g++) {
            Pop.Goal goal = pop.goals().get(g);
            found = check(goal.deadline(), "De einddatum van " + numbering.goal(g));
            for (int a = 0; a < goal.actions().size() && found.isEmpty(); a++) {
                found = check(goal.actions().get(a).deadline(), "De datum van " + numbering.action(g, a));
            }
        }
        for (int r = 0; r < pop.reviews().size() && found.isEmpty(); r++) {
            found = check(pop.reviews().get(r), "De datum van voortgangsgesprek " + (r + 1));
        }
        return found;
    }

    private static Optional<String> check(@Nullable LocalDate date, String what) {
        if (date == null || reasonable(date)) {
            return Optional.empty();
        }
        return Optional.of(what + " (" + date + ") kan niet kloppen: kies een datum in de jaren "
                + FIRST_YEAR + " tot en met " + LAST_YEAR + ".");
    }
}
