package nl.koers.dutch;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import nl.koers.dutch.AmountTokens.Kind;
import nl.koers.dutch.AmountTokens.Token;
import nl.koers.dutch.AmountUnits.Found;
import nl.koers.dutch.AmountUnits.FoundRate;
import nl.koers.dutch.AmountUnits.Rate;
import nl.koers.dutch.AmountUnits.Unit;
import nl.koers.pop.Resources;

/**
 * Budget and time as people type them, kept in the units they were given in.
 * <ul>
 * <li>Money: "€ 750", "750 euro", "EUR 300,-", "1.350,-", "€2500 excl. btw", "achthonderd euro", "2k", "1,2k",
 * "€ 1,2 duizend", "tweeduizend vijfhonderd euro"; a bare number after "kost" or "budget" ("de cursus kost 900").
 * A range ("tussen de 500 en 800 euro", "500 à 800 euro", "500-800 euro") counts as its upper bound: that is what
 * may be needed. Amounts for different things ("cursus 900 euro en boeken 100 euro") are added up: the POP has one
 * budget per goal, and the words keep what each was for.</li>
 * <li>Time: hours ("2 uur", "anderhalf uur", "een uur of twee" is two), days ("drie dagen", "een halve dag"), a
 * dagdeel, ochtend or middag as half a day, and a week as five working days (a rough measure, but closer than
 * nothing, and the words are kept). Hours and days are each kept when both are named.</li>
 * <li>Rates: "per week", "in de maand", "elke week", "wekelijks" set {@code per}; "per dag" becomes five times as
 * much per week. How long a rate lasts ("gedurende tien weken") stays in the words only: no total is worked out.</li>
 * <li>Time without a fixed length ("twee avonden", "een weekend per maand") is not turned into hours, but counts as
 * time named.</li>
 * <li>"een paar uur", "enkele dagen", "wat geld": vague, no amount is made up; the answer is asked about again.</li>
 * </ul>
 * A year ("in 2027"), a date, a time of day ("om 9 uur") or a number of weeks a course takes are not amounts.
 */
public final class DutchAmounts {

    static final BigDecimal MAX_EUROS = new BigDecimal("100000000");
    static final BigDecimal MAX_HOURS = new BigDecimal("100000");
    static final BigDecimal MAX_DAYS = new BigDecimal("10000");

    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);
    private static final BigDecimal HALF = new BigDecimal("0.5");
    private static final BigDecimal MINUTES_PER_HOUR = BigDecimal.valueOf(60);
    private static final BigDecimal WORKDAYS_PER_WEEK = BigDecimal.valueOf(5);

    /** Words that end what an amount says; a rate after them is another amount's: "300 euro en per week 2 uur". */
    private static final Set<String> NOT_BEFORE_RATE = Set.of("en", "of", "plus", "maar", "dus", "want");
    /** What stands between a time and the same time in other words: "2 dagen (16 uur)", "2 dagen ofwel 16 uur". */
    private static final Set<String> RESTATING = Set.of("(", "[", "=", "ofwel", "oftewel", "dus", "is");
    private static final Set<String> EVERY = Set.of("elke", "iedere", "ieder", "elk");
    /** Words that join the two ends of a range: "500 à 800", "2 tot 3", "2 of 3"; "en" only after "tussen". */
    private static final Set<String> RANGE = Set.of("à", "a", "á", "tot", "of", "tm");
    /** Endings of words that make a bare number after them money: "de cursus kost 900", "opleidingsbudget: 1500". */
    private static final List<String> MONEY_WORDS = List.of("kost", "kosten", "kostte", "budget", "bedrag", "prijs",
            "geld", "investering");
    /** What glued to digits makes them an ordinal: "de 2e week", "3de", "1ste". */
    private static final Set<String> ORDINAL = Set.of("e", "de", "ste");
    /** Words that may stand between such a word and its number: "kost ongeveer 900", "budget van zo'n 500". */
    private static final Set<String> HEDGES = Set.of("ongeveer", "zo'n", "zon", "rond", "rondom", "de", "het", "circa",
            "ca", "van", "is", "was", "wordt", "zijn", "wel", "maximaal", "max", "hooguit", "om", "bijna", "ruim",
            "krap", "pakweg", "plusminus", "iets", "minder", "meer", "dan", "op", "totaal", "in", "±", ":", "~", "+");
    /**
     * Words before a count of days or weeks that make it the period something lasts or recurs in: "gedurende tien
     * weken", "de komende 3 maanden", "elke 2 weken".
     */
    private static final Set<String> PERIOD_BEFORE = Set.of("gedurende", "tijdens", "komende", "afgelopen", "binnen",
            "over", "elke", "iedere");
    /** Words before hours that make them a time of day: "om 9 uur", "vanaf 13 uur". */
    private static final Set<String> CLOCK_BEFORE = Set.of("om", "vanaf", "tegen");
    /** "Niets", "niks", "geen budget nodig", "n.v.t." at the start of an answer, with what may follow them. */
    private static final Pattern NOTHING_FIRST = Pattern.compile("(?:(?:helemaal|eigenlijk|verder|voorlopig|echt|nee)"
            + "[\\s,]++)?(?:niets|niks|nop|nope|nada|nee|nvt|n\\.v\\.t\\.?+|geen(?:\\s++(?:extra|aparte|apart|eigen"
            + "|speciaal|specifiek|speciale|specifieke))?+\\s++(?:budget|geld|kosten|middelen|tijd|uren|vergoeding"
            + "|investering|uitgaven|opleidingsbudget)|geen(?=\\s*+[,.;:!–-]|\\s*+$))(?:\\s++(?:nodig|hoor|eigenlijk"
            + "|extra|voor nodig|bijzonders|speciaals))*+");
    /** Words after a "niets" that take it back: "niets, behalve 300 euro", "geen geld maar wel tijd". */
    private static final Set<String> BUT = Set.of("maar", "behalve", "alleen", "wel", "tenzij", "buiten", "hooguit",
            "misschien", "behoudens", "uitgezonderd", "enkel", "slechts", "op");

    private DutchAmounts() {
    }

    /**
     * What was read from an answer about budget and time.
     *
     * @param vague     a count without a number was given for money or time: "een paar uur", "enkele honderden euro's"
     * @param otherTime time was named in a unit without a fixed length: "twee avonden", "elke dinsdagavond"
     * @param zero      the only amounts given were zero: "€ 0", "0 euro"
     * @param tooLarge  an amount was beyond what a POP can hold (more than 100 million euros, 100,000 hours or 10,000
     *                  days) and was left out of {@code resources}: no one agreed such a budget
     */
    public record Reading(Resources resources, boolean vague, boolean otherTime, boolean zero, boolean tooLarge) {

        /** Money or time was given, and nothing in the answer was too vague to count. */
        public boolean understood() {
            return !vague && (resources.euros() != null || resources.hasTime() || otherTime);
        }
    }

    /** Euros, hours, days and their rate from one answer, keeping the answer itself. */
    public static Resources resources(String text) {
        return read(text).resources();
    }

    public static Reading read(String text) {
        return new Scan(AmountTokens.of(DutchText.fold(text))).reading(text.strip());
    }

    /** The money in the answer, added up over the things it is for. */
    public static Optional<BigDecimal> euros(String text) {
        return Optional.ofNullable(resources(text).euros());
    }

    /** The time given in hours; days stay days. */
    public static Optional<BigDecimal> hours(String text) {
        return Optional.ofNullable(resources(text).hours());
    }

    /** The time given in days, with dagdelen as half days and weeks as five days. */
    public static Optional<BigDecimal> days(String text) {
        return Optional.ofNullable(resources(text).days());
    }

    /**
     * Whether the answer says no budget or time is needed, with its reason after it: "niets, ik doe het in de
     * avonduren", "geen budget nodig, gewoon onder werktijd", "nee hoor". Not when what follows takes it back
     * ("niets, behalve de boeken", "geen geld maar wel tijd"). Read amounts first: "niets behalve 300 euro" is 300.
     */
    public static boolean nothingNeeded(String text) {
        String answer = DutchText.fold(text).strip();
        Matcher nothing = NOTHING_FIRST.matcher(answer);
        if (!nothing.lookingAt()) {
            return false;
        }
        int restEnd = Math.min(answer.length(), nothing.end() + 40);
        if (nothing.end() < answer.length() && Character.isLetterOrDigit(answer.charAt(nothing.end()))) {
            return false; // "niksen", "geenszins": the word goes on
        }
        Optional<Token> firstWord = AmountTokens.of(answer.substring(nothing.end(), restEnd)).stream()
                .filter(Token::isWord).findFirst();
        return firstWord.isEmpty() || !BUT.contains(firstWord.get().text());
    }

    /** One amount as found: its value in the unit kept, its unit, and the rate it was given at, if any. */
    private record Amount(BigDecimal value, Unit unit, @Nullable Rate rate, boolean period) {
    }

    /** A number and where it ends; {@code money} when its own marks make it money ("2k", "1.350,-"). */
    private record Number(BigDecimal value, int end, boolean money) {
    }

    /** One pass over the pieces of an answer, trying an amount at each. */
    private static final class Scan {

        private final List<Token> tokens;
        private final List<Amount> amounts = new ArrayList<>();
        private final List<Amount> frequencies = new ArrayList<>();
        private boolean vague;
        private boolean otherTime;
        private @Nullable Rate otherTimeRate;
        private int lastTimeEnd = -1;

        Scan(List<Token> tokens) {
            this.tokens = tokens;
        }

        Reading reading(String text) {
            int i = 0;
            while (i < tokens.size()) {
                i = Math.max(i + 1, amountAt(i));
            }
            return total(text);
        }

        /** Reads an amount starting at {@code start}; returns where reading goes on, or -1 when there is none. */
        private int amountAt(int start) {
            int at = start;
            boolean euroBefore = false;
            if (isEuroSign(at) && number(at + 1).isPresent()) {
                euroBefore = true;
                at++;
            }
            if (word(at) != null && DutchNumbers.isVague(word(at))) {
                return vagueAt(at);
            }
            if (word(at) != null && EVERY.contains(word(at))) {
                return everyAt(at);
            }
            Optional<Number> read = number(at);
            if (read.isEmpty()) {
                return -1;
            }
            Number number = read.get();
            BigDecimal value = number.value();
            Optional<Found> unit = AmountUnits.unit(tokens, number.end());
            int end = unit.map(Found::end).orElse(number.end());
            if (unit.isPresent() && AmountUnits.halves(tokens, number.end())) {
                value = value.multiply(HALF); // "twee halve dagen"
            }
            if (unit.isEmpty()) {
                Optional<Range> range = range(start, number.end(), value, euroBefore || number.money());
                if (range.isPresent() && range.get().unit() == Unit.HOUR && "van".equals(word(start - 1))) {
                    return range.get().end(); // "van 9 tot 12 uur": times of day
                }
                if (range.isPresent()) {
                    unit = Optional.of(new Found(range.get().unit(), false, range.get().end()));
                    value = value.max(range.get().upper());
                    end = range.get().end();
                } else if (euroBefore || number.money() || moneyWordBefore(start, number)) {
                    unit = Optional.of(new Found(Unit.EURO, false, number.end()));
                } else {
                    return -1;
                }
            } else {
                Optional<Number> upper = upperAfter(end, value, unit.get().unit());
                if (upper.isPresent()) {
                    value = value.max(upper.get().value());
                    end = upper.get().end();
                }
            }
            add(start, value, unit.get(), end);
            return end;
        }

        /**
         * "elke vrijdagmiddag", "iedere dinsdagavond", "elke ochtend": one of it, as a rate. A day of the week recurs
         * weekly; an ochtend or avond without a day, daily. "elke week" and "elke dag" are rates of what they stand
         * by ({@link AmountUnits#rate}), not amounts.
         */
        private int everyAt(int at) {
            Optional<Found> unit = AmountUnits.unit(tokens, at + 1);
            if (number(at + 2).isPresent()) {
                return -1; // "iedere ochtend een uur": the rate of the amount after it
            }
            if (unit.isEmpty() || unit.get().end() != at + 2 || !List.of(Unit.DAY, Unit.DAYPART, Unit.OTHER_TIME)
                    .contains(unit.get().unit()) || unit.get().unit() == Unit.DAY && !unit.get().weekday()) {
                return -1;
            }
            Rate rate = unit.get().weekday() ? Rate.WEEK : Rate.DAY;
            if (unit.get().unit() == Unit.OTHER_TIME) {
                otherTime = true;
                otherTimeRate = otherTimeRate == null ? rate : otherTimeRate;
            } else {
                amounts.add(new Amount(BigDecimal.ONE, unit.get().unit(), rate, false));
            }
            return at + 2;
        }

        /** "een paar uur", "enkele honderden euro's": a count without a number; with no unit after it, no count. */
        private int vagueAt(int at) {
            int i = at + 1;
            while (word(i) != null && (DutchNumbers.word(word(i)).isPresent() || word(i).equals("honderden")
                    || word(i).equals("duizenden"))) {
                i++;
            }
            Optional<Found> unit = AmountUnits.unit(tokens, i);
            if (unit.isPresent() && unit.get().unit() != Unit.TIMES && unit.get().unit() != Unit.MONTH
                    && unit.get().unit() != Unit.YEAR) {
                vague = true;
                return unit.get().end();
            }
            return -1;
        }

        private void add(int start, BigDecimal value, Found found, int end) {
            Unit unit = found.unit();
            Optional<FoundRate> after = AmountUnits.rate(tokens, end)
                    .or(() -> word(end) != null && !NOT_BEFORE_RATE.contains(word(end)) && number(end).isEmpty()
                            ? AmountUnits.rate(tokens, end + 1) : Optional.empty()); // "4 uur studie per week"
            Optional<FoundRate> before = AmountUnits.rateEndingAt(tokens, start);
            @Nullable Rate rate = after.or(() -> before).map(FoundRate::rate).orElse(null);
            if (unit == Unit.TIMES) {
                frequencies.add(new Amount(value, unit, rate, false));
                return;
            }
            if (unit == Unit.HOUR && (isClock(start) || perSession(start))) {
                otherTime |= perSession(start);
                return;
            }
            if (unit == Unit.OTHER_TIME) {
                otherTime = true;
                otherTimeRate = otherTimeRate == null ? rate : otherTimeRate;
                return;
            }
            boolean period = unit == Unit.MONTH || unit == Unit.YEAR || unit.isTime() && rate == null && lastsFor(start, end);
            if (unit.isTime() && !period && restates(start)) {
                return; // "2 dagen (16 uur)": the same time in other words
            }
            amounts.add(new Amount(value, unit, rate, period));
            if (unit.isTime() && !period) {
                lastTimeEnd = end;
            }
        }

        /** Whether the time at {@code start} only says the time just before it again: "(16 uur)", "= 16 uur", "ofwel". */
        private boolean restates(int start) {
            if (lastTimeEnd < 0 || start - lastTimeEnd < 1 || start - lastTimeEnd > 2) {
                return false;
            }
            boolean restating = false;
            for (int i = lastTimeEnd; i < start; i++) {
                String between = tokens.get(i).text();
                if (!between.equals(",") && !RESTATING.contains(between)) {
                    return false;
                }
                restating |= RESTATING.contains(between);
            }
            return restating;
        }

        /** "gedurende tien weken", "de komende 3 maanden", "tien weken lang", "voor 10 weken". */
        private boolean lastsFor(int start, int end) {
            String before = word(start - 1);
            boolean weeks = AmountUnits.unit(tokens, end - 1).map(found -> found.unit() == Unit.WEEK).orElse(false);
            return before != null && (PERIOD_BEFORE.contains(before) || weeks && before.equals("voor"))
                    || "lang".equals(word(end)) || "durend".equals(word(end));
        }

        /** "om 9 uur", "vanaf 13 uur": a time of day. */
        private boolean isClock(int start) {
            String before = word(start - 1);
            return before != null && CLOCK_BEFORE.contains(before);
        }

        /** "drie avonden van 2 uur", "tien lessen van twee uur": the length of each, not time in all. */
        private boolean perSession(int start) {
            return "van".equals(word(start - 1)) && AmountUnits.unit(tokens, start - 2)
                    .filter(found -> found.unit() == Unit.OTHER_TIME && found.end() == start - 1).isPresent();
        }

        /** What the amounts add up to, in the units kept. */
        private Reading total(String text) {
            boolean anyRate = amounts.stream().anyMatch(amount -> amount.rate() != null) || otherTimeRate != null
                    || frequencies.stream().anyMatch(frequency -> frequency.rate() != null);
            Amount frequency = frequencies.size() == 1 ? frequencies.getFirst() : null;
            BigDecimal euros = null;
            BigDecimal hours = null;
            BigDecimal days = null;
            Rate timeRate = null;
            Rate moneyRate = null;
            boolean zero = !amounts.isEmpty();
            for (Amount amount : amounts) {
                if (amount.period() || amount.unit() == Unit.WEEK && amount.rate() == null && anyRate) {
                    continue; // how long it lasts: "2 uur per week, tien weken"
                }
                BigDecimal value = amount.value();
                Rate rate = amount.rate();
                if (amount.unit() != Unit.EURO && frequency != null && (rate == null || rate == frequency.rate())) {
                    value = value.multiply(frequency.value()); // "twee keer per week een uur"
                    rate = frequency.rate();
                }
                if (rate == Rate.DAY) {
                    value = value.multiply(WORKDAYS_PER_WEEK);
                    rate = Rate.WEEK;
                }
                zero &= value.signum() == 0;
                switch (amount.unit()) {
                    case EURO -> {
                        euros = plus(euros, value);
                        moneyRate = moneyRate == null ? rate : moneyRate;
                    }
                    case HOUR, MINUTE, KWARTIER, HALF_HOUR -> {
                        hours = plus(hours, amount.unit() == Unit.MINUTE
                                ? value.divide(MINUTES_PER_HOUR, 4, RoundingMode.HALF_UP)
                                : value.multiply(AmountUnits.size(amount.unit())));
                        timeRate = timeRate == null ? rate : timeRate;
                    }
                    default -> {
                        days = plus(days, value.multiply(AmountUnits.size(amount.unit())));
                        timeRate = timeRate == null ? rate : timeRate;
                    }
                }
            }
            Rate rate = timeRate != null ? timeRate : hours == null && days == null && otherTimeRate != null ? otherTimeRate
                    : hours == null && days == null ? moneyRate : null;
            Resources resources = new Resources(within(euros, MAX_EUROS), within(hours, MAX_HOURS),
                    within(days, MAX_DAYS), per(rate), text);
            boolean tooLarge = beyond(euros, MAX_EUROS) || beyond(hours, MAX_HOURS) || beyond(days, MAX_DAYS);
            return new Reading(resources, vague, otherTime, zero && euros != null && !otherTime
                    && resources.hours() == null && resources.days() == null, tooLarge);
        }

        private static Resources.@Nullable Per per(@Nullable Rate rate) {
            if (rate == null) {
                return null;
            }
            return switch (rate) {
                case WEEK, DAY -> Resources.Per.WEEK;
                case MONTH -> Resources.Per.MONTH;
                case YEAR -> null; // a yearly amount is, for a POP that runs a year, the amount
            };
        }

        private static BigDecimal plus(@Nullable BigDecimal sum, BigDecimal value) {
            return sum == null ? value : sum.add(value);
        }

        private static boolean beyond(@Nullable BigDecimal value, BigDecimal max) {
            return value != null && value.compareTo(max) > 0;
        }

        /** An amount the POP can hold; more than its limits is no budget anyone agreed. */
        private static @Nullable BigDecimal within(@Nullable BigDecimal value, BigDecimal max) {
            if (value == null || value.compareTo(max) > 0) {
                return null;
            }
            BigDecimal plain = value.stripTrailingZeros();
            return plain.scale() < 0 ? plain.setScale(0) : plain; // 2000, not 2E+3, in the JSON
        }

        /** The end and unit of a range: the upper end, after a dash, "à", "tot", "of", or "en" after "tussen". */
        private record Range(BigDecimal upper, Unit unit, int end) {
        }

        private Optional<Range> range(int start, int at, BigDecimal lower, boolean money) {
            Token joiner = at < tokens.size() ? tokens.get(at) : null;
            if (joiner == null) {
                return Optional.empty();
            }
            boolean between = "tussen".equals(word(start - 1)) || "de".equals(word(start - 1)) && "tussen".equals(word(start - 2));
            boolean joins = joiner.kind() == Kind.DASH || joiner.isWord() && (RANGE.contains(joiner.text())
                    || between && joiner.text().equals("en"));
            if (!joins) {
                return Optional.empty();
            }
            int next = at + 1;
            boolean euroSign = isEuroSign(next);
            if (euroSign) {
                next++;
            }
            Optional<Number> upper = number(next);
            if (upper.isEmpty() || upper.get().value().compareTo(lower) < 0) {
                return Optional.empty(); // "70-20-10", "500 - 3 dagen": no range
            }
            Optional<Found> unit = AmountUnits.unit(tokens, upper.get().end());
            if (unit.isPresent()) {
                boolean moneyBoth = !money || unit.get().unit() == Unit.EURO;
                return moneyBoth ? Optional.of(new Range(upper.get().value(), unit.get().unit(), unit.get().end()))
                        : Optional.empty();
            }
            if ((money || euroSign || upper.get().money()) && near(lower, upper.get(), next)) {
                return Optional.of(new Range(upper.get().value(), Unit.EURO, upper.get().end()));
            }
            return Optional.empty();
        }

        /**
         * After "een uur": "of twee" ("een uur of twee"), or "tot 3 uur": the upper end, in the same unit. Without a
         * unit the upper end must be near: "500 euro tot 2028" is no range.
         */
        private Optional<Number> upperAfter(int at, BigDecimal lower, Unit unit) {
            Token joiner = at < tokens.size() ? tokens.get(at) : null;
            if (joiner == null || !(joiner.kind() == Kind.DASH || joiner.isWord() && RANGE.contains(joiner.text()))) {
                return Optional.empty();
            }
            Optional<Number> upper = number(at + 1);
            if (upper.isEmpty()) {
                return Optional.empty();
            }
            if (upper.get().value().compareTo(lower) <= 0) {
                return Optional.empty();
            }
            Optional<Found> sameUnit = AmountUnits.unit(tokens, upper.get().end());
            if (sameUnit.isEmpty()) {
                return near(lower, upper.get(), at + 1) ? upper : Optional.empty();
            }
            return sameUnit.get().unit() == unit
                    ? Optional.of(new Number(upper.get().value(), sameUnit.get().end(), upper.get().money()))
                    : Optional.empty();
        }

        /** "De cursus kost 900", "budget: 1.500": digits after a money word, not a year ("budget 2027"). */
        private boolean moneyWordBefore(int start, Number number) {
            if (tokens.get(start).kind() != Kind.NUMBER || looksLikeYear(tokens.get(start).text())
                    || number.end() < tokens.size() && tokens.get(number.end()).text().equals("%")) {
                return false;
            }
            for (int i = start - 1; i >= Math.max(0, start - 5); i--) {
                Token token = tokens.get(i);
                if (token.isWord() && MONEY_WORDS.stream().anyMatch(token.text()::endsWith)) {
                    return true;
                }
                if (!HEDGES.contains(token.text())) {
                    return false;
                }
            }
            return false;
        }

        /** An upper end without a unit of its own is one only when near the lower: "€ 500 tot 2028" is no range. */
        private boolean near(BigDecimal lower, Number upper, int at) {
            return upper.value().compareTo(lower.multiply(BigDecimal.TEN)) <= 0 && !looksLikeYear(tokens.get(at).text());
        }

        private static boolean looksLikeYear(String digits) {
            return digits.length() == 4 && (digits.startsWith("19") || digits.startsWith("20"));
        }

        /**
         * The number at {@code at}, with what makes it larger: "2k", "1,2 duizend", "vijf duizend", "tweeduizend
         * vijfhonderd", "twee en een half". Not an ordinal ("2e", "3de").
         */
        private Optional<Number> number(int at) {
            if (at >= tokens.size()) {
                return Optional.empty();
            }
            Token token = tokens.get(at);
            BigDecimal value;
            int end = at + 1;
            boolean money = false;
            if (token.kind() == Kind.NUMBER) {
                Token next = end < tokens.size() ? tokens.get(end) : null;
                if (next != null && next.glued() && next.isWord() && ORDINAL.contains(next.text())) {
                    return Optional.empty();
                }
                Optional<BigDecimal> digits = DutchNumbers.digits(token.text());
                if (digits.isEmpty()) {
                    return Optional.empty();
                }
                value = digits.get();
                if (next != null && next.glued() && next.is("k")) {
                    value = value.multiply(THOUSAND);
                    money = true;
                    end++;
                }
            } else if ((token.is("een") || token.is("één")) && ("half".equals(word(at + 1)) || "halve".equals(word(at + 1)))
                    && AmountUnits.unit(tokens, at + 2).isPresent()) {
                return Optional.of(new Number(HALF, at + 2, false)); // "een half uur", "een halve dag"
            } else if (token.isWord()) {
                Optional<BigDecimal> named = DutchNumbers.word(token.text());
                if (named.isEmpty()) {
                    return Optional.empty();
                }
                value = named.get();
            } else {
                return Optional.empty();
            }
            boolean words = token.isWord();
            while (word(end) != null) {
                BigDecimal next = wordValue(word(end));
                if (next == null) {
                    break;
                }
                boolean multiplies = next.compareTo(BigDecimal.valueOf(100)) >= 0 && isPowerOfTen(next)
                        && value.compareTo(next) < 0;
                boolean adds = words && value.compareTo(THOUSAND) >= 0 && isMultiple(value, THOUSAND) && next.compareTo(THOUSAND) < 0
                        || value.compareTo(BigDecimal.valueOf(100)) >= 0 && isMultiple(value, BigDecimal.valueOf(100))
                        && next.compareTo(BigDecimal.valueOf(100)) < 0;
                if (multiplies) {
                    value = value.multiply(next);
                } else if (adds) {
                    value = value.add(next);
                } else {
                    break;
                }
                end++;
            }
            if ("en".equals(word(end)) && ("een".equals(word(end + 1)) || "één".equals(word(end + 1)))
                    && ("half".equals(word(end + 2)) || "halve".equals(word(end + 2)))) {
                value = value.add(HALF); // "twee en een half uur"
                end += 3;
            }
            return Optional.of(new Number(value, end, money));
        }

        /** A number word that can follow another: not "een" or "half", which start something new. */
        private static @Nullable BigDecimal wordValue(String word) {
            if (word.equals("een") || word.equals("één") || word.equals("half") || word.equals("halve")
                    || word.startsWith("anderhalf")) {
                return null;
            }
            return DutchNumbers.word(word).orElse(null);
        }

        private static boolean isPowerOfTen(BigDecimal value) {
            return value.stripTrailingZeros().unscaledValue().equals(BigInteger.ONE);
        }

        private static boolean isMultiple(BigDecimal value, BigDecimal of) {
            return value.remainder(of).signum() == 0;
        }

        private boolean isEuroSign(int at) {
            if (at < 0 || at >= tokens.size()) {
                return false;
            }
            Token token = tokens.get(at);
            return token.kind() == Kind.EURO || token.is("eur") || token.is("euro");
        }

        private @Nullable String word(int at) {
            return at >= 0 && at < tokens.size() && tokens.get(at).isWord() ? tokens.get(at).text() : null;
        }
    }
}
