package nl.koers.funding;

import java.time.LocalDate;

/**
 * A period in which a scheme can be applied for, both days included.
 *
 * @param expected {@code true} when the dates repeat an earlier year's round and are not published yet
 */
public record ApplicationWindow(LocalDate from, LocalDate to, boolean expected) {

    public ApplicationWindow {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("a window ends after it starts: " + from + " – " + to);
        }
    }

    /** The same days a number of years later, as an expected round. */
    ApplicationWindow yearsLater(int years) {
        return new ApplicationWindow(from.plusYears(years), to.plusYears(years), true);
    }
}
