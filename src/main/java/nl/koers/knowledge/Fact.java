package nl.koers.knowledge;

import org.jspecify.annotations.Nullable;

/**
 * A fact an article states in its front matter ({@code feiten:}), for answers that must be exact: one or two
 * sentences that stand on their own, the year the figure or rule is from, and the official page that says so.
 */
public record Fact(String text, @Nullable Integer year, @Nullable String source) {

    /** How a fact travels in the index: one stored value of year, source and text separated by tabs. */
    String stored() {
        return (year == null ? "" : year) + "\t" + (source == null ? "" : source) + "\t" + text;
    }

    static Fact fromStored(String value) {
        String[] parts = value.split("\t", 3);
        return new Fact(parts[2], parts[0].isEmpty() ? null : Integer.valueOf(parts[0]),
                parts[1].isEmpty() ? null : parts[1]);
    }
}
