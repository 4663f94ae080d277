package nl.koers.dutch;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Budgets and time as people state them: "€ 750", "750 euro", "€1.250,50", "EUR 300,-"; "16 uur", "twee dagen",
 * "een halve dag", "anderhalve dag", "drie dagdelen". Dutch notation: a point groups thousands, a comma starts the cents.
 */
public final class DutchAmounts {

    static final BigDecimal HOURS_PER_DAY = BigDecimal.valueOf(8);
    static final BigDecimal HOURS_PER_DAYPART = BigDecimal.valueOf(4);

    private static final String AMOUNT = "(\\d{1,3}(?:\\.\\d{3})+(?:,\\d{1,2})?|\\d+(?:,\\d{1,2})?)(?:,-)?";
    private static final Pattern EUROS_BEFORE = Pattern.compile("(?:€|eur\\b|euro\\b)\\s*" + AMOUNT);
    private static final Pattern EUROS_AFTER = Pattern.compile(AMOUNT + "\\s*(?:€|euro|eur)\\b");
    private static final Pattern THOUSANDS = Pattern.compile("(" + DutchNumbers.WORD + ")\\s*duizend\\s*euro");
    private static final Pattern TIME = Pattern.compile("(" + DutchNumbers.WORD + ")\\s+(uur|uren|dag|dagen|dagdeel"
            + "|dagdelen|week|weken)\\b");

    private DutchAmounts() {
    }

    public static Optional<BigDecimal> euros(String text) {
        String lower = DutchText.fold(text);
        for (Pattern pattern : new Pattern[] {EUROS_BEFORE, EUROS_AFTER}) {
            Matcher matcher = pattern.matcher(lower);
            if (matcher.find()) {
                return Optional.of(new BigDecimal(matcher.group(1).replace(".", "").replace(',', '.')));
            }
        }
        Matcher thousands = THOUSANDS.matcher(lower);
        if (thousands.find()) {
            return DutchNumbers.parse(thousands.group(1)).map(n -> n.multiply(BigDecimal.valueOf(1000)));
        }
        return Optional.empty();
    }

    /** Total hours in the text; "twee dagen en 4 uur" is 20. Weeks count as five working days. */
    public static Optional<BigDecimal> hours(String text) {
        String lower = DutchText.fold(text);
        BigDecimal total = BigDecimal.ZERO;
        boolean found = false;
        Matcher matcher = TIME.matcher(lower);
        while (matcher.find()) {
            Optional<BigDecimal> count = DutchNumbers.parse(matcher.group(1));
            if (count.isEmpty()) {
                continue;
            }
            BigDecimal unit = switch (matcher.group(2)) {
                case "uur", "uren" -> BigDecimal.ONE;
                case "dagdeel", "dagdelen" -> HOURS_PER_DAYPART;
                case "week", "weken" -> HOURS_PER_DAY.multiply(BigDecimal.valueOf(5));
                default -> HOURS_PER_DAY;
            };
            total = total.add(count.get().multiply(unit));
            found = true;
        }
        return found ? Optional.of(total.stripTrailingZeros()) : Optional.empty();
    }

    /** Euros and hours from one answer, keeping the answer itself. */
    public static Resources resources(String text) {
        return new Resources(euros(text).orElse(null), hours(text).orElse(null), text.strip());
    }
}
