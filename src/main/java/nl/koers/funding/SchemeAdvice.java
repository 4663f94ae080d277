package nl.koers.funding;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * What one scheme may do for one learning action. All texts are Dutch.
 *
 * @param name       the scheme's name ("Werkkostenregeling", "O&O-fonds van de sector")
 * @param statement  the direct answer in one sentence, with the amount where one can be given
 * @param condition  the condition or the catch, in one sentence; {@code null} when there is none
 * @param estimate   a rough amount in euros the scheme may pay (or leave free of tax); {@code null} when the rules
 *                   give none
 * @param year       the year of the rule the advice rests on; {@code null} when it differs per fund
 * @param nextWindow the next period to apply in, if one is known
 * @param windowNote that period in words, or that none is known yet; {@code null} for schemes without periods
 * @param page       the official page; {@code null} when the knowledge base names none
 * @param article    the knowledge article the advice comes from, as its path under {@code knowledge/}
 */
public record SchemeAdvice(Scheme scheme, String name, Verdict verdict, String statement, @Nullable String condition,
        @Nullable BigDecimal estimate, @Nullable Integer year, @Nullable ApplicationWindow nextWindow,
        @Nullable String windowNote, @Nullable String page, String article) {

    /** The statement and its condition: the reason in one or two sentences. */
    public String reason() {
        return condition == null ? statement : statement + " " + condition;
    }

    /** Whether the scheme may pay or apply: {@link Verdict#PAST} or {@link Verdict#PAST_MISSCHIEN}. */
    public boolean fits() {
        return verdict != Verdict.PAST_NIET;
    }
}
