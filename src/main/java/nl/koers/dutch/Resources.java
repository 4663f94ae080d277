package nl.koers.dutch;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * Money and time for an action, as agreed: euros, hours, and the words they were agreed in.
 *
 * @param hours total hours; a day counts as 8 hours and a dagdeel as 4
 * @param text  the answer as given, kept so that nothing said is lost
 */
public record Resources(@Nullable BigDecimal euros, @Nullable BigDecimal hours, @Nullable String text) {

    public static Resources none() {
        return new Resources(null, null, null);
    }

    public Resources withText(@Nullable String text) {
        return new Resources(euros, hours, text);
    }

    public boolean isEmpty() {
        return euros == null && hours == null && (text == null || text.isBlank());
    }
}
