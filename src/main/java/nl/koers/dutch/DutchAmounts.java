package nl.koers.dutch;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.koers.pop.Resources;

/**
 * Budgets and time as people state them: "€ 750", "750 euro", "€1.250,50", "EUR 300,-"; "16 uur", "twee dagen",
 * "een halve dag", "anderhalve dag", "drie dagdelen". Dutch notation: a point groups thousands, a comma starts the cents.
 */
public final class DutchAmounts {

    static final BigDecimal HOURS_PER_DAY = BigDecimal.valueOf(8);
    static final BigDecimal HOURS_PER_DAYPART = BigDecimal.valueOf(4);

    private static final String AMOUNT = "(\\d{1,3}(?:\\.\\d{3})+(?:,\\d{1,2})?|\\d+(?:,\\d{1,2})?)(?:,-)?";
    private static final Pattern EUROS_BEFORE = Pattern.compile("(?:€|eur\\b|euro\\b)\\s*+" + AMOUNT);
    /** What must follow an amount for {@link #amountBeforeCurrency}: "euro", "eur" or "€", as a whole word. */
    private static final Pattern CURRENCY = Pattern.compile("(?:,-)?\\s*+(?:€|euro|eur)\\b");
    /**
     * A number is tried from its first digit only ({@link #NOT_MID_NUMBER}): from a later digit it reads the same
     * rest. Tried from every digit of a 4,000-digit number, each attempt ran to its end and back.
     */
    private static final String NOT_MID_NUMBER = "(?!(?<=\\d)\\d)";
    private static final Pattern THOUSANDS = Pattern.compile(NOT_MID_NUMBER + "(" + DutchNumbers.WORD
            + ")\\s*+duizend\\s*+euro");
    private static final Pattern TIME = Pattern.compile(NOT_MID_NUMBER + "(" + DutchNumbers.WORD + ")\\s++(uur|uren|dag"
            + "|dagen|dagdeel|dagdelen|week|weken)\\b");

    private DutchAmounts() {
    }

    public static Optional<BigDecimal> euros(String text) {
        String lower = DutchText.fold(text);
        Matcher before = EUROS_BEFORE.matcher(lower);
        Optional<String> amount = before.find() ? Optional.of(before.group(1)) : amountBeforeCurrency(lower);
        if (amount.isPresent()) {
            return Optional.of(new BigDecimal(amount.get().replace(".", "").replace(',', '.')));
        }
        Matcher thousands = THOUSANDS.matcher(lower);
        if (thousands.find()) {
            return DutchNumbers.parse(thousands.group(1)).map(n -> n.multiply(BigDecimal.valueOf(1000)));
        }
        return Optional.empty();
    }

    /**
     * The first amount followed by the currency: "750 euro", "1.250,50 eur". (A "€" after the amount counts only
     * when a letter or digit follows it, as it always did: "€" is no word character to the {@code \b} after it.) Reads exactly as the pattern {@code AMOUNT\s*(?:€|euro|eur)\b} did, but in one
     * pass: that pattern, tried from every digit, backtracked over the rest of a long number or a long row of
     * ".000" groups from each of them. An amount is read from the start of a run of digits, or from its last three
     * digits when thousand groups (".000") follow; a row of groups that fails fails for each of its groups, so it is
     * checked once.
     */
    private static Optional<String> amountBeforeCurrency(String text) {
        Matcher currency = CURRENCY.matcher(text);
        int groupsFrom = -1;
        int groupsTo = -1;
        int failedAt = -1;
        int i = 0;
        while (i < text.length()) {
            if (!isDigit(text, i)) {
                i++;
                continue;
            }
            int digitsEnd = i;
            while (isDigit(text, digitsEnd)) {
                digitsEnd++;
            }
            if (digitsEnd < text.length() && text.charAt(digitsEnd) == '.') {
                boolean inKnownRow = digitsEnd > groupsFrom && digitsEnd < groupsTo && (digitsEnd - groupsFrom) % 4 == 0;
                if (!inKnownRow) {
                    groupsFrom = digitsEnd;
                    groupsTo = thousandGroupsEnd(text, digitsEnd);
                }
                if (groupsTo > digitsEnd && groupsTo != failedAt) {
                    int amountEnd = endBeforeCurrency(text, groupsTo, currency);
                    if (amountEnd >= 0) {
                        return Optional.of(text.substring(Math.max(i, digitsEnd - 3), amountEnd));
                    }
                    failedAt = groupsTo;
                }
            } else {
                int amountEnd = endBeforeCurrency(text, digitsEnd, currency);
                if (amountEnd >= 0) {
                    return Optional.of(text.substring(i, amountEnd));
                }
            }
            i = digitsEnd;
        }
        return Optional.empty();
    }

    /** The end of the row of ".000" groups that starts at {@code from}; {@code from} itself when there is none. */
    private static int thousandGroupsEnd(String text, int from) {
        int end = from;
        while (end + 3 < text.length() && text.charAt(end) == '.' && isDigit(text, end + 1) && isDigit(text, end + 2)
                && isDigit(text, end + 3)) {
            end += 4;
        }
        return end;
    }

    /**
     * Where an amount whose digits end at {@code at} ends, with its cents (",5", ",50"), when the currency follows;
     * -1 when it does not.
     */
    private static int endBeforeCurrency(String text, int at, Matcher currency) {
        int end = at;
        if (text.startsWith(",", at) && isDigit(text, at + 1)) {
            end = isDigit(text, at + 2) ? at + 3 : at + 2;
        }
        return currency.region(end, text.length()).lookingAt() ? end : -1;
    }

    private static boolean isDigit(String text, int at) {
        return at < text.length() && text.charAt(at) >= '0' && text.charAt(at) <= '9';
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
        return Resources.of(euros(text).orElse(null), hours(text).orElse(null), text.strip());
    }
}
