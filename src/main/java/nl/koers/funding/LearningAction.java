package nl.koers.funding;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

import nl.koers.pop.LearningForm;

/**
 * One learning action as the funding advice reads it.
 *
 * @param description the action in the words of the POP or the question ("cursus projectmanagement", "bbl-opleiding")
 * @param form        how it is learned; {@code null} when not known
 * @param euros       what it costs in total; {@code null} when not known, zero when it costs nothing
 * @param hours       the time it takes; {@code null} when not known
 */
public record LearningAction(String description, @Nullable LearningForm form, @Nullable BigDecimal euros,
        @Nullable BigDecimal hours) {

    public LearningAction {
        description = description == null ? "" : description.strip();
        if (euros != null && euros.signum() < 0) {
            throw new IllegalArgumentException("a cost cannot be negative: " + euros);
        }
    }

    /** Whether it is known to cost money. */
    boolean costsMoney() {
        return euros != null && euros.signum() > 0;
    }

    /** Whether it is known to cost nothing. */
    boolean free() {
        return euros != null && euros.signum() == 0;
    }
}
