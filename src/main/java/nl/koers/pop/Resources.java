package nl.koers.pop;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

import com.fasterxml.jackson.annotation.JsonIgnore;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.PositiveOrZero;

/**
 * Money and time for an action, as agreed: euros, hours, and the words they were agreed in.
 *
 * @param hours total hours; a day counts as 8 hours and a dagdeel as 4
 * @param text  the answer as given, kept so that nothing said is lost
 */
public record Resources(
        @Nullable @PositiveOrZero @DecimalMax("100000000") BigDecimal euros,
        @Nullable @PositiveOrZero @DecimalMax("100000") BigDecimal hours,
        @Nullable String text) {

    public static Resources none() {
        return new Resources(null, null, null);
    }

    public Resources withText(@Nullable String text) {
        return new Resources(euros, hours, text);
    }

    @JsonIgnore // a question about the value, not a field of it: the API shows {euros, hours, text}
    public boolean isEmpty() {
        return euros == null && hours == null && (text == null || text.isBlank());
    }
}
