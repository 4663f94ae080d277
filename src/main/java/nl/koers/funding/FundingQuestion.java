package nl.koers.funding;

import java.math.BigDecimal;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import nl.koers.dutch.DutchAmounts;
import nl.koers.pop.LearningForm;

/**
 * A question about money for learning, as read from its words: "hoeveel subsidie krijg ik voor een cursus van 3000
 * euro?", "wie betaalt mijn bbl-opleiding?", "mag mijn werkgever de opleidingskosten terugvragen?". Amounts are read
 * as people type them ({@link DutchAmounts}): "3000 euro", "€ 3.000", "3k", "drieduizend euro", "1.250,-".
 *
 * @param text       the question as asked
 * @param euros      the amount named; {@code null} when none
 * @param hours      the hours named; {@code null} when none
 * @param form       {@link LearningForm#FORMEEL} when a course, training or study is named; else {@code null}
 * @param vocational a bbl, mbo or other learning place is named
 * @param repayment  whether training costs must be paid back is asked ("terugbetalen", "studiekostenbeding")
 */
public record FundingQuestion(String text, @Nullable BigDecimal euros, @Nullable BigDecimal hours,
        @Nullable LearningForm form, boolean vocational, boolean repayment) {

    /**
     * The question's cost and learning form, when it asks about money (subsidie, vergoeding, betalen, kosten, an
     * amount, a scheme's name) for learning (a course, a bbl, career advice, "leren", "ontwikkeling"); empty for
     * every other question.
     */
    public static Optional<FundingQuestion> read(@Nullable String question) {
        if (question == null || question.isBlank()) {
            return Optional.empty();
        }
        String text = question.strip();
        ActionWords words = ActionWords.of(text);
        Optional<BigDecimal> euros = DutchAmounts.euros(text);
        if (!words.learning() || !words.money() && euros.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new FundingQuestion(text, euros.orElse(null), DutchAmounts.hours(text).orElse(null),
                words.course() ? LearningForm.FORMEEL : null, words.vocational(), words.repayment()));
    }

    /**
     * Whether the question asks which scheme pays for an action of one's own: it names a cost ("€ 895 per persoon,
     * SLIM of OTIB?"), or it names a course or a learning place and asks for a subsidy or a fund ("hoeveel subsidie
     * krijg ik voor een cursus?") without naming one scheme. Not: a price ("wat kost een EVC?"), paying back or an
     * obligation ("moet hij die verplichte cursus betalen?"), or a course without funding words ("geen budget voor
     * cursussen, hoe toch groeien?"): the knowledge base answers those better.
     */
    public boolean namesAnAction() {
        if (repayment || OBLIGED.matcher(text).find() || PRICE.matcher(text).find()) {
            return false;
        }
        if (euros != null) {
            return true;
        }
        return (form != null || vocational) && FUNDING.matcher(text).find() && !SCHEME.matcher(text).find();
    }

    private static final java.util.regex.Pattern SCHEME = java.util.regex.Pattern.compile("(?iu)\\b(?:slim|o&o|o-en-o"
            + "|o\\s*+en\\s*+o|opleidingsfonds|sectorfonds|werkkostenregeling|wkr|praktijkleren|stap|levenlanglerenkrediet"
            + "|studiekostenbeding|terugbetalingsregeling|ontwikkelpad(?:en)?)\\b");
    /** Asking for money from elsewhere: a subsidy, a fund, a reimbursement. */
    private static final java.util.regex.Pattern FUNDING = java.util.regex.Pattern.compile("(?iu)\\b(?:subsidie\\S*+"
            + "|vergoed\\S*+|tegemoetkoming|regeling(?:en)?|fonds(?:en)?|financier\\S*+|meebetal\\S*+|potje)\\b");
    /** Training the employer must give is free by law: a question about it is one for the knowledge base. */
    private static final java.util.regex.Pattern OBLIGED = java.util.regex.Pattern.compile("(?iu)\\b(?:verplicht\\S*+"
            + "|moet\\s++doen|moet\\s++volgen)\\b");
    /** "Wat kost een ervaringscertificaat?" asks a price, which the knowledge base gives; not who pays. */
    private static final java.util.regex.Pattern PRICE = java.util.regex.Pattern.compile("(?iu)^\\s*+wat\\s++kost(?:en)?\\b");

    /** The question as a learning action for the advice. */
    public LearningAction action() {
        return new LearningAction(text, form, euros, hours);
    }
}
