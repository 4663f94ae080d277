package nl.koers.pop;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

import com.fasterxml.jackson.annotation.JsonIgnore;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * Money and time as agreed, in the units they were given in: two days stay two days (a day is not eight hours for
 * someone who works part-time).
 *
 * @param hours time given in hours
 * @param days  time given in days; a dagdeel is half a day
 * @param per   {@code null} for a total, or the period the time (and money) recur in: "2 uur per week"
 * @param text  the answer as given, kept so that nothing said is lost ("twee avonden", "gedurende tien weken")
 */
public record Resources(
        @Nullable @PositiveOrZero @DecimalMax("100000000") BigDecimal euros,
        @Nullable @PositiveOrZero @DecimalMax("100000") BigDecimal hours,
        @Nullable @PositiveOrZero @DecimalMax("10000") BigDecimal days,
        @Nullable Per per,
        @Nullable @Size(max = Pop.TEXT) String text) {

    /** The period a rate is given for. */
    public enum Per {
        WEEK, MONTH
    }

    public static Resources none() {
        return new Resources(null, null, null, null, null);
    }

    /** An amount of money and a total time, without a rate. */
    public static Resources of(@Nullable BigDecimal euros, @Nullable BigDecimal hours, @Nullable String text) {
        return new Resources(euros, hours, null, null, text);
    }

    public Resources withText(@Nullable String text) {
        return new Resources(euros, hours, days, per, text);
    }

    @JsonIgnore // a question about the value, not a field of it: the API shows {euros, hours, days, per, text}
    public boolean isEmpty() {
        return euros == null && hours == null && days == null && (text == null || text.isBlank());
    }

    /** Whether some time is given, in hours or days. */
    @JsonIgnore
    public boolean hasTime() {
        return hours != null || days != null;
    }
}
