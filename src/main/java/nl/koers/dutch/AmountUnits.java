package nl.koers.dutch;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import nl.koers.dutch.AmountTokens.Kind;
import nl.koers.dutch.AmountTokens.Token;

/**
 * The words that say what an amount counts, and how often it recurs: "euro", "uur", "dagen", "dagdelen",
 * "avonden"; "per week", "in de maand", "wekelijks". Units are kept as given: a day is not turned into hours, since
 * a day is not eight hours for someone who works part-time.
 */
final class AmountUnits {

    /** What an amount counts. */
    enum Unit {
        EURO,
        HOUR,
        /** A quarter of an hour. */
        KWARTIER,
        HALF_HOUR,
        MINUTE,
        DAY,
        /** A morning or an afternoon: half a day. */
        DAYPART,
        /** Five working days. */
        WEEK,
        /** A month or a year has no number of working days to count: it is the period something takes. */
        MONTH,
        YEAR,
        /**
         * Time without a fixed length: evenings, weekends, shifts, lessons. Counted as time named, never turned into
         * hours; the words keep it.
         */
        OTHER_TIME,
        /** "keer", "maal", the "x" of "2x": how often, not how long. */
        TIMES;

        boolean isTime() {
            return this != EURO && this != TIMES;
        }
    }

    /** How often something recurs, as a person says it; a day's rate becomes a week's when read. */
    enum Rate {
        DAY, WEEK, MONTH, YEAR
    }

    /** A unit, and whether it is a day of the week ("elke vrijdagmiddag" recurs weekly), ending before {@code end}. */
    record Found(Unit unit, boolean weekday, int end) {
    }

    record FoundRate(Rate rate, int end) {
    }

    /** Money and time words may be compounds: "studiedagen", "lesuren", "opleidingsdag", "studie-uren". */
    private static final String TIME_PREFIX = "(?:studie|zelfstudie|werk|les|cursus|opleidings|trainings|training"
            + "|scholings|leer|praktijk|examen|verlof|contact|thuis)?";
    private static final String WEEKDAY = "(?:maan|dins|woens|donder|vrij|zater|zon)dag";
    private static final Pattern HOURS = Pattern.compile(TIME_PREFIX + "(?:uur|uren|uurtje|uurtjes)");
    private static final Pattern DAYS = Pattern.compile(TIME_PREFIX + "(?:dag|dagen|dagje|dagjes)");
    private static final Pattern WEEKDAYS = Pattern.compile(WEEKDAY + "(?:en)?");
    private static final Pattern DAYPARTS = Pattern.compile("(?:" + WEEKDAY + "|studie|werk|les|cursus|training"
            + "s?)?(?:ochtend|ochtenden|middag|middagen)|dagdeel|dagdelen");
    private static final Pattern STARTS_WITH_WEEKDAY = Pattern.compile(WEEKDAY);
    /** Time that has no fixed length; a compound of "avond" ("lesavonden", "dinsdagavond") is one too. */
    private static final Set<String> OTHER_TIME = Set.of("weekend", "weekenden", "nacht", "nachten", "dienst",
            "diensten", "sessie", "sessies", "bijeenkomst", "bijeenkomsten", "les", "lessen", "workshop", "workshops");
    private static final Set<String> EUROS = Set.of("euro", "euros", "euro's", "eur", "eu");
    private static final Set<String> WEEKS = Set.of("week", "weken", "werkweek", "werkweken", "wk");
    private static final Set<String> MONTHS = Set.of("maand", "maanden", "mnd");
    private static final Set<String> YEARS = Set.of("jaar", "jaren");
    private static final Set<String> TIMES = Set.of("keer", "maal", "x");
    /** Words between a number and its unit that do not change it: "twee hele dagen", "drie extra uur". */
    private static final Set<String> BETWEEN = Set.of("hele", "gehele", "volle", "volledige", "complete", "extra",
            "losse", "vrije", "aparte", "ganse", "korte", "lange", "werkbare");

    private AmountUnits() {
    }

    /** The unit at {@code at}, after an optional word such as "hele" or "halve" (which {@link #halves} tells). */
    static Optional<Found> unit(List<Token> tokens, int at) {
        int i = at;
        if (i < tokens.size() && tokens.get(i).isWord() && (BETWEEN.contains(tokens.get(i).text()) || isHalf(tokens, i))) {
            i++;
        }
        if (i >= tokens.size()) {
            return Optional.empty();
        }
        Token token = tokens.get(i);
        if (token.kind() == Kind.EURO || token.kind() == Kind.MONEY_MARK) {
            return Optional.of(new Found(Unit.EURO, false, i + 1));
        }
        if (!token.isWord()) {
            return Optional.empty();
        }
        String word = token.text().replace("-", "");
        Unit unit = unitOf(word, token.glued());
        return unit == null ? Optional.empty()
                : Optional.of(new Found(unit, STARTS_WITH_WEEKDAY.matcher(word).lookingAt(), i + 1));
    }

    /** Whether "halve" stands before the unit at {@code at}: "twee halve dagen" is one day. */
    static boolean halves(List<Token> tokens, int at) {
        return isHalf(tokens, at);
    }

    private static boolean isHalf(List<Token> tokens, int at) {
        return at < tokens.size() && tokens.get(at).is("halve") && at + 1 < tokens.size() && tokens.get(at + 1).isWord();
    }

    private static @Nullable Unit unitOf(String word, boolean glued) {
        if (EUROS.contains(word)) {
            return Unit.EURO;
        }
        if (word.equals("u")) {
            return glued ? Unit.HOUR : null; // "2u"; a loose "u" is the polite "you"
        }
        if (HOURS.matcher(word).matches()) {
            return Unit.HOUR;
        }
        if (word.equals("kwartier")) {
            return Unit.KWARTIER;
        }
        if (word.equals("halfuur") || word.equals("halfuurtje")) {
            return Unit.HALF_HOUR;
        }
        if (word.equals("minuut") || word.equals("minuten") || word.equals("min")) {
            return Unit.MINUTE;
        }
        if (DAYPARTS.matcher(word).matches()) {
            return Unit.DAYPART;
        }
        if (DAYS.matcher(word).matches() || WEEKDAYS.matcher(word).matches()) {
            return Unit.DAY;
        }
        if (word.endsWith("avond") || word.endsWith("avonden") || OTHER_TIME.contains(word)) {
            return Unit.OTHER_TIME;
        }
        if (WEEKS.contains(word)) {
            return Unit.WEEK;
        }
        if (MONTHS.contains(word)) {
            return Unit.MONTH;
        }
        if (YEARS.contains(word)) {
            return Unit.YEAR;
        }
        if (TIMES.contains(word)) {
            return word.equals("x") && !glued ? null : Unit.TIMES;
        }
        return null;
    }

    /**
     * A rate that starts at {@code at}: "per week", "per mnd", "in de week", "elke maand", "wekelijks", "/week",
     * "p/w", "op weekbasis".
     */
    static Optional<FoundRate> rate(List<Token> tokens, int at) {
        if (at < 0 || at >= tokens.size()) {
            return Optional.empty();
        }
        Token first = tokens.get(at);
        if (first.isWord()) {
            Rate adverb = switch (first.text()) {
                case "dagelijks" -> Rate.DAY;
                case "wekelijks", "weekly" -> Rate.WEEK;
                case "maandelijks" -> Rate.MONTH;
                case "jaarlijks" -> Rate.YEAR;
                default -> null;
            };
            if (adverb != null) {
                return Optional.of(new FoundRate(adverb, at + 1));
            }
            switch (first.text()) {
                case "per", "elke", "iedere", "ieder", "elk" -> {
                    return period(tokens, at + 1).map(rate -> new FoundRate(rate, at + 2));
                }
                case "in", "op" -> {
                    if (at + 1 < tokens.size() && (tokens.get(at + 1).is("de") || tokens.get(at + 1).is("het"))) {
                        return period(tokens, at + 2).map(rate -> new FoundRate(rate, at + 3));
                    }
                    if (first.is("op") && at + 1 < tokens.size()) {
                        Rate basis = switch (tokens.get(at + 1).text()) {
                            case "weekbasis" -> Rate.WEEK;
                            case "maandbasis" -> Rate.MONTH;
                            case "jaarbasis" -> Rate.YEAR;
                            default -> null;
                        };
                        return Optional.ofNullable(basis).map(rate -> new FoundRate(rate, at + 2));
                    }
                    return Optional.empty();
                }
                case "p" -> {
                    if (at + 2 < tokens.size() && tokens.get(at + 1).kind() == Kind.SLASH) {
                        return shortPeriod(tokens.get(at + 2).text()).map(rate -> new FoundRate(rate, at + 3));
                    }
                    return Optional.empty();
                }
                case "pw" -> {
                    return Optional.of(new FoundRate(Rate.WEEK, at + 1));
                }
                default -> {
                    return Optional.empty();
                }
            }
        }
        if (first.kind() == Kind.SLASH && at + 1 < tokens.size()) {
            Optional<Rate> rate = period(tokens, at + 1).or(() -> shortPeriod(tokens.get(at + 1).text()));
            return rate.map(r -> new FoundRate(r, at + 2));
        }
        return Optional.empty();
    }

    /** A rate that ends exactly at {@code end}: "elke week twee uur", "wekelijks een dagdeel". */
    static Optional<FoundRate> rateEndingAt(List<Token> tokens, int end) {
        for (int length = 1; length <= 3; length++) {
            Optional<FoundRate> rate = rate(tokens, end - length);
            if (rate.isPresent() && rate.get().end() == end) {
                return rate;
            }
        }
        return Optional.empty();
    }

    /** The period in "per week", "elke maand"; also "elke vrijdag" (weekly) and "iedere ochtend" (daily). */
    private static Optional<Rate> period(List<Token> tokens, int at) {
        if (at >= tokens.size() || !tokens.get(at).isWord()) {
            return Optional.empty();
        }
        String word = tokens.get(at).text();
        return Optional.ofNullable(switch (word) {
            case "dag", "werkdag" -> Rate.DAY;
            case "week", "wk", "werkweek" -> Rate.WEEK;
            case "maand", "mnd" -> Rate.MONTH;
            case "jaar" -> Rate.YEAR;
            case "ochtend", "middag", "avond", "morgen" -> Rate.DAY;
            default -> STARTS_WITH_WEEKDAY.matcher(word).lookingAt() && !word.endsWith("en") ? Rate.WEEK : null;
        });
    }

    private static Optional<Rate> shortPeriod(String word) {
        return Optional.ofNullable(switch (word) {
            case "w" -> Rate.WEEK;
            case "m" -> Rate.MONTH;
            case "d" -> Rate.DAY;
            default -> null;
        });
    }

    /** What one of a unit is worth in the unit it is kept in: a dagdeel is half a day, a week five working days. */
    static BigDecimal size(Unit unit) {
        return switch (unit) {
            case DAYPART -> new BigDecimal("0.5");
            case WEEK -> BigDecimal.valueOf(5);
            case KWARTIER -> new BigDecimal("0.25");
            case HALF_HOUR -> new BigDecimal("0.5");
            default -> BigDecimal.ONE;
        };
    }
}
