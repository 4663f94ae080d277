package nl.koers.dutch;

import java.text.Normalizer;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.Period;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Dates as people type them in a career conversation, relative to today on the injected clock: exact dates
 * ("15-06-2027", "1 juni"), months and parts of them ("eind april", "half maart", "september volgend jaar"), years
 * ("medio 2027", "begin volgend jaar"), quarters, ISO week numbers, seasons, holidays and school holidays ("voor de
 * kerst", "rond de zomervakantie", "na Pasen"), spans from today ("over anderhalf jaar", "binnen drie maanden"), and
 * for progress reviews rhythms ("elk kwartaal", "om de zes weken").
 *
 * <p>One expression is read two ways. As a <em>deadline</em> ({@link #parse}) it is the day by which something is
 * done, so a period gives its last day: "in maart" is 31 March, "in het najaar" 30 November. As a <em>review</em>
 * ({@link #reviews}) it is a day to meet within the period, so a period gives its middle: "in maart" is 15 March. A
 * part said ("begin", "medio", "eind") or a relation ("voor", "na", "rond") gives one day either way.
 *
 * <p>The year is chosen as a person means it: without a year, a month, day, season or holiday is the next one to
 * come; "volgend jaar" is the next calendar year; in a list of reviews each later date comes after the one before
 * ("in maart, september en december" is one year's round), unless that runs the list beyond the coming year.
 *
 * <p>Conventions, since the words are vague: seasons are the meteorological ones (the "najaar" is September to
 * November), except that summer is July and August, the months work stops for the holidays, so that "voor de zomer"
 * is the end of June; school holidays span all three regions together; a week as a deadline is its Friday.
 */
public final class DutchDates {

    /**
     * Review dates as read, and for a rhythm its step, so that a dialogue can continue it past the first year (to a
     * goal's deadline further away).
     */
    public record Reviews(List<LocalDate> dates, @Nullable Period every) {

        public Reviews {
            dates = List.copyOf(dates);
        }
    }

    static final Map<String, Month> MONTHS = Map.ofEntries(
            Map.entry("januari", Month.JANUARY), Map.entry("jan", Month.JANUARY),
            Map.entry("februari", Month.FEBRUARY), Map.entry("feb", Month.FEBRUARY), Map.entry("febr", Month.FEBRUARY),
            Map.entry("maart", Month.MARCH), Map.entry("mrt", Month.MARCH), Map.entry("mar", Month.MARCH),
            Map.entry("april", Month.APRIL), Map.entry("apr", Month.APRIL),
            Map.entry("mei", Month.MAY),
            Map.entry("juni", Month.JUNE), Map.entry("jun", Month.JUNE),
            Map.entry("juli", Month.JULY), Map.entry("jul", Month.JULY),
            Map.entry("augustus", Month.AUGUST), Map.entry("aug", Month.AUGUST),
            Map.entry("september", Month.SEPTEMBER), Map.entry("sept", Month.SEPTEMBER), Map.entry("sep", Month.SEPTEMBER),
            Map.entry("oktober", Month.OCTOBER), Map.entry("okt", Month.OCTOBER), Map.entry("oct", Month.OCTOBER),
            Map.entry("november", Month.NOVEMBER), Map.entry("nov", Month.NOVEMBER),
            Map.entry("december", Month.DECEMBER), Map.entry("dec", Month.DECEMBER));

    /** Full month names, which stand for the month on their own; an abbreviation ("jan", "dec") may be a name. */
    private static final List<String> FULL_MONTHS = List.of("januari", "februari", "maart", "april", "mei", "juni",
            "juli", "augustus", "september", "oktober", "november", "december");

    private static final String MONTH = "(?<month>" + alternation(MONTHS.keySet()) + ")\\.?+";

    /** A year after a month, season, quarter or week: "2027", "van volgend jaar", "dit jaar". */
    private static final String YEAR = "(?: (?:van |in )?(?<year>(?:19|20|21)\\d\\d|(?:volgend|volgende|komend|komende"
            + "|aankomend|aankomende|dit|deze) jaar))?+";

    /** "voor", "na", "rond" …: how the day meant relates to the period named. */
    private static final String OUTER = "(?:(?<outer>niet later dan|uiterlijk|voor|tegen|na|rond|rondom|omstreeks"
            + "|met|bij|in|tijdens|gedurende|op|per|vanaf) )?";
    /** "begin", "medio", "eind" …: the part of the period meant. */
    private static final String INNER = "(?:(?:(?:aan|in|op) )?(?:het |de )?(?<inner>begin|start|halverwege|half|medio"
            + "|midden|mid|eind|einde|end|afloop)(?: van| in)?[ -])?";
    private static final String ARTICLE = "(?:(?:de|het|'t) )?";
    private static final String PREFIX = OUTER + INNER;

    private static final Map<String, IntFunction<Span>> OCCASIONS = occasions();

    /**
     * A rhythm: "elk kwartaal", "om de zes weken", "maandelijks", "twee keer per jaar", "een keer of vier per jaar".
     * Found before the dates and blanked out, so that "elke maand" is no month and "per jaar" no year.
     */
    private static final Pattern RHYTHM = Pattern.compile(bounded("(?:"
            + "(?:elke|elk|iedere|ieder|om de|om het|eens in de|eens in het|eens per|(?:een|1) ?(?:keer|maal|x) (?:in de"
            + "|in het|per)|per) (?:(?<n>" + DutchNumbers.WORD + ") )?(?<unit>" + units() + ")"
            + "|(?<count>" + DutchNumbers.WORD + ") ?(?:keer|maal|x|gesprekken|gesprekjes|momenten|evaluaties"
            + "|reviews) (?:per|in de|in het) (?:(?<n2>" + DutchNumbers.WORD
            + ") )?(?<unit2>" + units() + ")"
            + "|een keer of (?<count2>" + DutchNumbers.WORD + ") (?:per|in het|in de) (?<unit3>" + units() + ")"
            + "|(?<adverb>wekelijks|tweewekelijks|maandelijks|tweemaandelijks|driemaandelijks|viermaandelijks"
            + "|zesmaandelijks|kwartaallijks|halfjaarlijks|jaarlijks)"
            + "|(?<monthly>(?:elke|elk|iedere|ieder) (?:eerste|tweede|derde|vierde|laatste) \\p{L}++ (?:van de|van elke"
            + "|in de) maand))"));

    /** A POP date lies within a lifetime of today; anything further is a number that looked like a year. */
    static final int PLAUSIBLE_YEARS = 100;
    /** Reviews are planned for the coming year; a list that runs further is read again as each the next to come. */
    static final int REVIEW_MONTHS = 13;
    /** A POP is reviewed at most monthly: a weekly talk is a one-to-one, not a progress review, so it is read as monthly. */
    static final Period MOST_OFTEN = Period.ofMonths(1);
    /** A guard on the dates of one rhythm; the step (four weeks at least) and the year already keep it to 13. */
    static final int MOST_REVIEWS = 14;
    /** "De eerste drie maanden", "gedurende zes weken": how long a first rhythm lasts. */
    private static final Pattern FIRST_PERIOD = Pattern.compile("(?:de eerste|eerst|gedurende|tijdens de eerste)\\s++"
            + "(\\p{L}++|\\d{1,2})\\s++(maanden|maand|weken|week)\\b");

    /** A rhythm of more than two years is no rhythm for a POP. */
    static final int LONGEST_RHYTHM_MONTHS = 24;

    private final Clock clock;
    private final List<Rule> rules = new ArrayList<>();

    public DutchDates(Clock clock) {
        this.clock = clock;
        rule("(?<y>\\d{4})-(?<m>\\d{1,2})-(?<d>\\d{1,2})", (m, today) -> fixedDay(LocalDate.of(number(m, "y"),
                number(m, "m"), number(m, "d"))));
        rule("(?<d>\\d{1,2})[-/.](?<m>\\d{1,2})[-/.](?<y>\\d{4}|\\d{2})", (m, today) -> fixedDay(LocalDate.of(
                fullYear(m.group("y")), number(m, "m"), number(m, "d"))));
        rule("(?:de )?(?<d>\\d{1,2})(?:e|ste|de)? (?:van )?" + MONTH + YEAR, (m, today) -> {
            int day = number(m, "d");
            Month month = MONTHS.get(m.group("month"));
            return inYear(year -> Span.day(LocalDate.of(year, month, day)), Part.WHOLE, Relation.BY, Which.NEXT,
                    year(m.group("year"), today));
        });
        rule("(?<d>\\d{1,2})[-/](?<m>\\d{1,2})(?! ?(?:dagen|dag|uur|uren|keer|x|weken|week|maanden|jaar|procent|%))",
                (m, today) -> {
                    int month = number(m, "m");
                    int day = number(m, "d");
                    return inYear(year -> Span.day(LocalDate.of(year, month, day)), Part.WHOLE, Relation.BY,
                            Which.NEXT, null);
                });
        rule(PREFIX + ARTICLE + "(?:week|wk|weeknummer|weeknr\\.?) ?(?<week>\\d{1,2})" + YEAR, (m, today) -> {
            int week = number(m, "week");
            return inYear(year -> isoWeek(year, week), part(m), relation(m), Which.NEXT, year(m.group("year"), today));
        });
        rule(PREFIX + ARTICLE + "(?:q|kw)(?<q>[1-4])" + YEAR + "|" + PREFIX.replace("<outer>", "<outer2>")
                .replace("<inner>", "<inner2>") + ARTICLE + "(?:kwartaal (?<q2>[1-4])|(?<ordinal>eerste|tweede|derde"
                + "|vierde|laatste|1e|2e|3e|4e|1ste|2de|3de|4de) kwartaal)" + YEAR.replace("<year>", "<year2>"),
                (m, today) -> {
                    boolean first = m.group("q") != null;
                    int quarter = first ? number(m, "q") : m.group("q2") != null ? number(m, "q2")
                            : ordinal(m.group("ordinal"));
                    String year = first ? m.group("year") : m.group("year2");
                    Part part = Part.of(m.group(first ? "inner" : "inner2"));
                    Relation relation = Relation.of(m.group(first ? "outer" : "outer2"));
                    return inYear(y -> Span.months(LocalDate.of(y, quarter * 3 - 2, 1), 3), part, relation, Which.NEXT,
                            year(year, today));
                });
        rule(PREFIX + ARTICLE + "(?<which>volgend|volgende|komend|komende|aankomend|aankomende|dit|deze) kwartaal",
                (m, today) -> {
                    LocalDate in = m.group("which").startsWith("d") ? today : today.plusMonths(3);
                    LocalDate first = in.withMonth(in.get(IsoFields.QUARTER_OF_YEAR) * 3 - 2).withDayOfMonth(1);
                    return fixed(Span.months(first, 3), part(m), relation(m));
                });
        rule(PREFIX + ARTICLE + "(?:(?<which>volgend|volgende|komend|komende|aankomend|aankomende|eerstvolgende"
                + "|dit|deze) )?(?<occasion>" + alternation(OCCASIONS.keySet()) + ")" + YEAR, (m, today) -> {
                    IntFunction<Span> occasion = OCCASIONS.get(m.group("occasion"));
                    String which = m.group("which");
                    Which chosen = which == null ? Which.MOSTLY_AHEAD : which.startsWith("d") ? Which.NEXT
                            : Which.NOT_BEGUN;
                    return inYear(occasion, part(m), relation(m), chosen, year(m.group("year"), today));
                });
        // "een week of zes": about six weeks, before "over een week" can take it
        rule("(?:over|binnen) (?:een|zo'n) (?<unit>dag|week|maand|jaar)(?:je|tje)?+ of (?<n>" + DutchNumbers.WORD + ")",
                (m, today) -> fixedDay(after(today, m.group("n"), m.group("unit"))));
        rule("(?:over|binnen|binnen nu en|tussen nu en) (?:(?:ongeveer|zo'n|zon|circa|ca\\.?|pakweg|plusminus|ruwweg"
                + "|zowat|maximaal|hooguit|ruim|krap|nog) )?(?:een )?(?<n>" + DutchNumbers.WORD + ") (?<unit>dagen|dag"
                + "|weken|week|maanden|maand|kwartalen|kwartaal|jaren|jaar|halfjaar)(?:je|jes|tje|tjes)?+",
                (m, today) -> fixedDay(after(today, m.group("n"), m.group("unit"))));
        rule("(?:(?:binnen|in|tijdens) )?(?:de|het) (?:komende|aankomende|eerstvolgende) (?:(?<n>"
                + DutchNumbers.WORD + ") )?(?<unit>dagen|weken|week|maanden|maand|halfjaar|jaar)", (m, today) -> {
                    String unit = m.group("unit");
                    if (m.group("n") == null && unit.endsWith("en")) {
                        throw new DateTimeException("'de komende maanden' says no number");
                    }
                    return fixedDay(after(today, m.group("n") == null ? "1" : m.group("n"), unit));
                });
        rule("binnen het jaar", (m, today) -> fixedDay(today.plusYears(1)));
        rule("(?<!\\d(?:e|ste|de)? )" + PREFIX + "(?:(?<before>volgend|volgende|komend|komende) jaar (?:in )?)?" + MONTH
                + YEAR, (m, today) -> {
                    String name = m.group("month");
                    boolean abbreviation = !FULL_MONTHS.contains(name);
                    if (abbreviation && m.group("year") == null && m.group("inner") == null
                            && !"in".equals(m.group("outer")) && !m.group().endsWith(".")) {
                        throw new DateTimeException("'" + name + "' alone may be a name");
                    }
                    Month month = MONTHS.get(name);
                    Integer year = m.group("before") != null ? Integer.valueOf(today.getYear() + 1)
                            : year(m.group("year"), today);
                    return inYear(y -> Span.month(YearMonth.of(y, month)), part(m), relation(m), Which.NEXT, year);
                });
        rule(PREFIX + "(?:(?<number>(?:19|20|21)\\d\\d)|(?<which>volgend|volgende|komend|komende|dit|deze) jaar"
                + "|(?:het|'t) jaar)", (m, today) -> {
                    boolean numberSaid = m.group("number") != null;
                    if (m.group("which") == null && m.group("inner") == null
                            && !(numberSaid && m.group("outer") != null)) {
                        throw new DateTimeException("a year on its own, or 'in het jaar', is no date");
                    }
                    int year = m.group("number") != null ? number(m, "number")
                            : m.group("which") == null || m.group("which").startsWith("d") ? today.getYear()
                            : today.getYear() + 1;
                    return fixed(Span.months(LocalDate.of(year, 1, 1), 12), part(m), relation(m));
                });
        rule(PREFIX.replace(OUTER, "") + "(?<which>volgende|komende|aankomende|deze) (?<unit>week|maand)",
                (m, today) -> {
                    boolean next = !m.group("which").equals("deze");
                    Span span = m.group("unit").equals("week")
                            ? workWeek((next ? today.plusWeeks(1) : today).with(DayOfWeek.MONDAY))
                            : Span.month(YearMonth.from(next ? today.plusMonths(1) : today));
                    return fixed(span, part(m), Relation.BY);
                });
        rule("overmorgen", (m, today) -> fixedDay(today.plusDays(2)));
        rule("morgen", (m, today) -> fixedDay(today.plusDays(1)));
        rule("^(?<number>(?:19|20|21)\\d\\d)$", (m, today) -> fixed(Span.months(LocalDate.of(number(m, "number"), 1, 1),
                12), Part.WHOLE, Relation.BY));
    }

    /**
     * The deadline in the text, if any: the first date said. "Tussen maart en mei" gives the later one, the latest
     * a deadline was said to allow. A rhythm ("elk kwartaal") is no deadline.
     */
    public Optional<LocalDate> parse(String text) {
        String lower = normalise(text);
        LocalDate today = LocalDate.now(clock);
        List<Found> found = find(blankRhythms(lower), today);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Found first = found.getFirst();
        Optional<LocalDate> deadline = resolve(first, today, today.minusDays(1), Purpose.DEADLINE);
        if (deadline.isPresent() && found.size() > 1 && lower.startsWith("tussen ", Math.max(0, first.start() - 7))
                && lower.startsWith(" en ", first.end()) && found.get(1).start() == first.end() + 4) {
            return resolve(found.get(1), today, deadline.get(), Purpose.DEADLINE).or(() -> deadline);
        }
        return deadline;
    }

    /** Every review date in the text; see {@link #reviews}. */
    public List<LocalDate> parseAll(String text) {
        return reviews(text).dates();
    }

    /**
     * The progress reviews in the text. Dates are read in the order said, each later one after the one before: "in
     * april en in oktober", "over twee maanden en dan over zes maanden". A rhythm gives the dates of the coming year,
     * the first one step from today, and its step: "maandelijks" from 1 December is 1 January to 1 December. A rhythm
     * with one date starts there ("elk kwartaal, de eerste in maart"); with more, the dates said are the dates.
     */
    public Reviews reviews(String text) {
        String lower = normalise(text);
        LocalDate today = LocalDate.now(clock);
        Matcher rhythm = RHYTHM.matcher(lower);
        List<Period> steps = new ArrayList<>();
        while (steps.size() < 2 && rhythm.find()) {
            Period step = step(rhythm);
            if (step != null) {
                steps.add(step);
            }
        }
        List<LocalDate> dates = chain(find(blankRhythms(lower), today), today);
        if (steps.isEmpty()) {
            return new Reviews(dates, null);
        }
        Period every = steps.getFirst();
        Matcher during = FIRST_PERIOD.matcher(lower);
        if (steps.size() == 2 && during.find()) { // "maandelijks de eerste drie maanden, daarna elk kwartaal"
            return twoRhythms(today, every, during, steps.getLast());
        }
        if (dates.size() > 1) {
            return new Reviews(dates, every);
        }
        LocalDate first = dates.isEmpty() ? today.plus(every) : dates.getFirst();
        LocalDate until = first.minus(every).plusYears(1);
        List<LocalDate> round = new ArrayList<>();
        for (int k = 0; k == 0 || k < MOST_REVIEWS && !first.plus(every.multipliedBy(k)).isAfter(until); k++) {
            round.add(workday(first.plus(every.multipliedBy(k))));
        }
        return new Reviews(round, every);
    }

    /** One rhythm for a first period, then another for the rest of the coming year; the second one goes on. */
    private static Reviews twoRhythms(LocalDate today, Period first, Matcher during, Period then) {
        int count = DutchNumbers.parse(during.group(1)).map(Number::intValue).orElse(0);
        LocalDate switchAt = during.group(2).startsWith("week") ? today.plusWeeks(count) : today.plusMonths(count);
        LocalDate until = today.plusYears(1);
        List<LocalDate> round = new ArrayList<>();
        LocalDate next = today.plus(first);
        while (!next.isAfter(switchAt) && round.size() < MOST_REVIEWS) {
            round.add(workday(next));
            next = next.plus(first);
        }
        next = (round.isEmpty() ? today : round.getLast()).plus(then);
        while (!next.isAfter(until) && round.size() < MOST_REVIEWS) {
            round.add(workday(next));
            next = next.plus(then);
        }
        return new Reviews(round, then);
    }

    /** A review is a meeting: one that a rhythm puts on a Saturday or Sunday moves to the Monday after. */
    public static LocalDate workday(LocalDate date) {
        return switch (date.getDayOfWeek()) {
            case SATURDAY -> date.plusDays(2);
            case SUNDAY -> date.plusDays(1);
            default -> date;
        };
    }

    /** Each date after the one before, or, when that runs past the coming year, each the next to come, in order. */
    private List<LocalDate> chain(List<Found> found, LocalDate today) {
        List<LocalDate> inTurn = new ArrayList<>();
        List<LocalDate> eachNext = new ArrayList<>();
        LocalDate after = today;
        for (Found one : found) {
            Optional<LocalDate> date = resolve(one, today, after, Purpose.REVIEW);
            if (date.isPresent()) {
                inTurn.add(date.get());
                after = date.get().isAfter(after) ? date.get() : after;
                resolve(one, today, today, Purpose.REVIEW).ifPresent(eachNext::add);
            }
        }
        LocalDate horizon = today.plusMonths(REVIEW_MONTHS);
        Optional<LocalDate> lastInTurn = inTurn.stream().max(Comparator.naturalOrder());
        Optional<LocalDate> lastEach = eachNext.stream().max(Comparator.naturalOrder());
        boolean tooFar = lastInTurn.isPresent() && lastInTurn.get().isAfter(horizon) && lastEach.isPresent()
                && lastEach.get().isBefore(lastInTurn.get());
        return tooFar ? eachNext.stream().sorted().distinct().toList() : inTurn.stream().distinct().toList();
    }

    private static Optional<LocalDate> resolve(Found found, LocalDate today, LocalDate after, Purpose purpose) {
        try {
            LocalDate date = found.meaning().resolve(today, after, purpose).on(purpose);
            return plausible(date, today) ? Optional.of(date) : Optional.empty();
        } catch (DateTimeException | ArithmeticException | NumberFormatException impossible) {
            return Optional.empty();
        }
    }

    /** The expressions in the text, in the order written; where two overlap, the rule listed first has it. */
    private List<Found> find(String lower, LocalDate today) {
        List<Found> found = new ArrayList<>();
        boolean[] taken = new boolean[lower.length() + 1];
        for (Rule rule : rules) {
            Matcher matcher = rule.pattern().matcher(lower);
            while (matcher.find()) {
                if (matcher.end() == matcher.start() || overlaps(taken, matcher.start(), matcher.end())) {
                    continue;
                }
                try {
                    Meaning meaning = rule.reader().read(matcher, today);
                    LocalDate check = meaning.resolve(today, today.minusDays(1), Purpose.DEADLINE).deadline();
                    if (plausible(check, today)) {
                        found.add(new Found(matcher.start(), matcher.end(), meaning));
                        for (int i = matcher.start(); i < matcher.end(); i++) {
                            taken[i] = true;
                        }
                    }
                } catch (DateTimeException | NumberFormatException | ArithmeticException impossible) {
                    // "31 februari", "13-13-2027", "week 54" or a number too large for a calendar: not a date
                }
            }
        }
        found.sort(Comparator.comparingInt(Found::start));
        return found;
    }

    /** The text with every rhythm replaced by spaces of its length, so that positions stay. */
    private static String blankRhythms(String lower) {
        Matcher rhythm = RHYTHM.matcher(lower);
        if (!rhythm.find()) {
            return lower;
        }
        StringBuilder blanked = new StringBuilder(lower);
        do {
            for (int i = rhythm.start(); i < rhythm.end(); i++) {
                blanked.setCharAt(i, ' ');
            }
        } while (rhythm.find());
        return blanked.toString();
    }

    /** The step of a rhythm; at least monthly, and null for a rhythm no POP has ("om de tien jaar", "0 keer"). */
    private static @Nullable Period step(Matcher rhythm) {
        if (rhythm.group("monthly") != null) {
            return MOST_OFTEN; // "elke eerste maandag van de maand"
        }
        String adverb = rhythm.group("adverb");
        if (adverb != null) {
            return switch (adverb) {
                case "wekelijks", "tweewekelijks", "maandelijks" -> MOST_OFTEN;
                case "tweemaandelijks" -> Period.ofMonths(2);
                case "driemaandelijks", "kwartaallijks" -> Period.ofMonths(3);
                case "viermaandelijks" -> Period.ofMonths(4);
                case "zesmaandelijks", "halfjaarlijks" -> Period.ofMonths(6);
                default -> Period.ofYears(1);
            };
        }
        String unit = first(rhythm.group("unit"), rhythm.group("unit2"), rhythm.group("unit3"));
        double units = DutchNumbers.parse(first(rhythm.group("n"), rhythm.group("n2"), "1")).map(Number::doubleValue)
                .orElse(0.0);
        double times = DutchNumbers.parse(first(rhythm.group("count"), rhythm.group("count2"), "1"))
                .map(Number::doubleValue).orElse(0.0);
        if (units <= 0 || times <= 0) {
            return null;
        }
        double weeks;
        if (unit.startsWith("we")) {
            weeks = units / times;
        } else {
            double months = units * switch (unit) {
                case "maand", "maanden" -> 1;
                case "kwartaal", "kwartalen" -> 3;
                case "halfjaar", "half jaar" -> 6;
                default -> 12;
            } / times;
            if (months > LONGEST_RHYTHM_MONTHS) {
                return null;
            }
            if (months >= 1 && months == Math.rint(months)) {
                return Period.ofMonths((int) months).normalized();
            }
            weeks = months * 52 / 12;
        }
        if (weeks > LONGEST_RHYTHM_MONTHS * 52 / 12.0) {
            return null;
        }
        long whole = Math.round(weeks);
        return whole < 4 ? MOST_OFTEN : Period.ofWeeks((int) whole);
    }

    private static String first(@Nullable String... options) {
        for (String option : options) {
            if (option != null) {
                return option;
            }
        }
        throw new IllegalStateException("no option");
    }

    private static boolean plausible(LocalDate date, LocalDate today) {
        return !date.isBefore(today.minusYears(PLAUSIBLE_YEARS)) && !date.isAfter(today.plusYears(PLAUSIBLE_YEARS));
    }

    private void rule(String regex, Reader reader) {
        rules.add(new Rule(Pattern.compile(bounded(regex)), reader));
    }

    /**
     * The expression as whole words: no letter or digit directly before or after it ("zomer" is not in "zomervakantie").
     * Every expression starts with a letter, a digit or the apostrophe of "'t"; checking that first makes a run of
     * other characters ("€ € €") cheap, where each of them would otherwise try every word of every rule.
     */
    private static String bounded(String regex) {
        return "(?=[\\p{L}\\p{N}'])(?<![\\p{L}\\p{N}])(?:" + regex + ")(?![\\p{L}\\p{N}])";
    }

    private static final Pattern MARKS = Pattern.compile("\\p{M}++");
    private static final Pattern SPACE = Pattern.compile("\\s++");

    /** Lower case, without accents ("vóór", "één"), curly apostrophes straight, white space single spaces. */
    static String normalise(String text) {
        String decomposed = Normalizer.normalize(DutchText.fold(text), Normalizer.Form.NFD);
        String plain = MARKS.matcher(decomposed).replaceAll("").replace('\u2019', '\'').replace('\u2018', '\'');
        return SPACE.matcher(plain).replaceAll(" ").strip();
    }

    private static boolean overlaps(boolean[] taken, int start, int end) {
        for (int i = start; i < end; i++) {
            if (taken[i]) {
                return true;
            }
        }
        return false;
    }

    private static String alternation(java.util.Collection<String> words) {
        return String.join("|", words.stream().sorted(Comparator.comparingInt(String::length).reversed()
                .thenComparing(Comparator.naturalOrder())).map(Pattern::quote).toList());
    }

    private static String units() {
        return "half ?jaar|kwartalen|kwartaal|maanden|maand|weken|week|jaren|jaar";
    }

    private static int number(Matcher m, String group) {
        return Integer.parseInt(m.group(group));
    }

    private static int fullYear(String digits) {
        return Integer.parseInt(digits.length() == 2 ? "20" + digits : digits);
    }

    private static int ordinal(String word) {
        return switch (word) {
            case "eerste", "1e", "1ste" -> 1;
            case "tweede", "2e", "2de" -> 2;
            case "derde", "3e", "3de" -> 3;
            default -> 4;
        };
    }

    /** The year said after a month or season, or null when it is free to choose. */
    private static @Nullable Integer year(@Nullable String said, LocalDate today) {
        if (said == null) {
            return null;
        }
        if (Character.isDigit(said.charAt(0))) {
            return Integer.parseInt(said);
        }
        return said.startsWith("d") ? today.getYear() : today.getYear() + 1;
    }

    private static Part part(Matcher m) {
        return Part.of(m.group("inner"));
    }

    private static Relation relation(Matcher m) {
        return Relation.of(m.group("outer"));
    }

    private static LocalDate after(LocalDate today, String amount, String unit) {
        double count = DutchNumbers.parse(amount).orElseThrow(() -> new NumberFormatException(amount)).doubleValue();
        if (count > 366 * 100) {
            throw new NumberFormatException(amount); // "over 99999 jaar" is no date in a POP
        }
        return switch (unit) {
            case "dag", "dagen" -> today.plusDays(Math.round(count));
            case "week", "weken" -> today.plusDays(Math.round(count * 7));
            case "maand", "maanden" -> count == Math.rint(count) ? today.plusMonths((long) count)
                    : today.plusDays(Math.round(count * 30.4));
            case "kwartaal", "kwartalen" -> inMonths(today, count * 3);
            case "halfjaar" -> inMonths(today, count * 6);
            default -> inMonths(today, count * 12);
        };
    }

    private static LocalDate inMonths(LocalDate today, double months) {
        return months == Math.rint(months) ? today.plusMonths((long) months) : today.plusDays(Math.round(months * 30.4));
    }

    /** Monday to Friday of an ISO week of the given week-based year; week 53 only in a year that has one. */
    private static Span isoWeek(int year, int week) {
        LocalDate mid = LocalDate.of(year, 6, 1);
        if (week < 1 || week > mid.range(IsoFields.WEEK_OF_WEEK_BASED_YEAR).getMaximum()) {
            throw new DateTimeException("no week " + week + " in " + year);
        }
        return workWeek(mid.with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week).with(DayOfWeek.MONDAY));
    }

    private static Span workWeek(LocalDate monday) {
        return new Span(monday, monday.plusDays(4), monday.plusDays(2), monday.plusDays(4));
    }

    /** Easter Sunday in the Gregorian calendar, by the anonymous (Meeus/Jones/Butcher) computus. */
    static LocalDate easter(int year) {
        int golden = year % 19;
        int century = year / 100;
        int inCentury = year % 100;
        int leapCenturies = century / 4;
        int centuryRest = century % 4;
        int correction = (century + 8) / 25;
        int moon = (century - correction + 1) / 3;
        int epact = (19 * golden + century - leapCenturies - moon + 15) % 30;
        int leapYears = inCentury / 4;
        int yearRest = inCentury % 4;
        int weekday = (32 + 2 * centuryRest + 2 * leapYears - epact - yearRest) % 7;
        int shift = (golden + 11 * epact + 22 * weekday) / 451;
        int month = (epact + weekday - 7 * shift + 114) / 31;
        int day = (epact + weekday - 7 * shift + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }

    /**
     * Seasons, holidays and school holidays by name, each for a year. School holidays differ by region; a span here
     * covers all regions, so "voor" is before the first region stops and "na" after the last one is back.
     */
    private static Map<String, IntFunction<Span>> occasions() {
        Map<String, IntFunction<Span>> named = new LinkedHashMap<>();
        IntFunction<Span> spring = year -> Span.months(LocalDate.of(year, 3, 1), 3);
        IntFunction<Span> summer = year -> Span.of(LocalDate.of(year, 7, 1), LocalDate.of(year, 8, 31),
                LocalDate.of(year, 7, 15));
        IntFunction<Span> autumn = year -> Span.months(LocalDate.of(year, 9, 1), 3);
        IntFunction<Span> winter = year -> Span.months(LocalDate.of(year - 1, 12, 1), 3);
        IntFunction<Span> summerHoliday = year -> {
            LocalDate start = LocalDate.of(year, 7, 4).with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY));
            return Span.of(start, start.plusWeeks(8).plusDays(1), start);
        };
        IntFunction<Span> christmas = year -> {
            LocalDate start = LocalDate.of(year, 12, 25).with(TemporalAdjusters.previousOrSame(DayOfWeek.SATURDAY));
            LocalDate end = start.plusDays(15);
            return new Span(start, end, LocalDate.of(year, 12, 24), LocalDate.of(year, 12, 24));
        };
        IntFunction<Span> christmasHoliday = year -> {
            LocalDate start = LocalDate.of(year, 12, 25).with(TemporalAdjusters.previousOrSame(DayOfWeek.SATURDAY));
            return Span.of(start, start.plusDays(15), start);
        };
        IntFunction<Span> springHoliday = year -> {
            LocalDate week7 = LocalDate.of(year, 6, 1).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, 7).with(DayOfWeek.MONDAY);
            return Span.of(week7.minusDays(2), week7.plusWeeks(2).plusDays(6), week7.plusWeeks(1).minusDays(2));
        };
        IntFunction<Span> easter = year -> {
            LocalDate sunday = easter(year);
            return new Span(sunday.minusDays(2), sunday.plusDays(1), sunday, sunday);
        };
        IntFunction<Span> yearEnd = year -> new Span(LocalDate.of(year + 1, 1, 1), LocalDate.of(year + 1, 1, 1),
                LocalDate.of(year, 12, 31), LocalDate.of(year, 12, 31));
        for (String name : List.of("voorjaar", "lente")) {
            named.put(name, spring);
        }
        named.put("zomer", summer);
        for (String name : List.of("najaar", "herfst")) {
            named.put(name, autumn);
        }
        named.put("winter", winter);
        for (String name : List.of("zomervakantie", "zomerstop", "grote vakantie")) {
            named.put(name, summerHoliday);
        }
        named.put("bouwvak", year -> {
            LocalDate start = LocalDate.of(year, 7, 11).with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY));
            return Span.of(start, start.plusWeeks(5).plusDays(1), start);
        });
        named.put("herfstvakantie", year -> {
            LocalDate week42 = LocalDate.of(year, 6, 1).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, 42)
                    .with(DayOfWeek.MONDAY);
            return Span.of(week42.minusDays(2), week42.plusWeeks(1).plusDays(6), week42.minusDays(2));
        });
        for (String name : List.of("kerst", "kerstmis", "kerstdagen", "feestdagen")) {
            named.put(name, christmas);
        }
        named.put("kerstvakantie", christmasHoliday);
        named.put("voorjaarsvakantie", springHoliday);
        named.put("krokusvakantie", springHoliday);
        named.put("carnaval", year -> {
            LocalDate sunday = easter(year).minusWeeks(7);
            return new Span(sunday.minusDays(1), sunday.plusDays(2), sunday, sunday);
        });
        named.put("meivakantie", year -> {
            LocalDate start = LocalDate.of(year, 4, 27).with(TemporalAdjusters.previousOrSame(DayOfWeek.SATURDAY));
            return Span.of(start, start.plusDays(8), start);
        });
        for (String name : List.of("pasen", "paasdagen", "paasweekend")) {
            named.put(name, easter);
        }
        named.put("koningsdag", year -> {
            LocalDate day = LocalDate.of(year, 4, 27);
            return Span.day(day.getDayOfWeek() == DayOfWeek.SUNDAY ? day.minusDays(1) : day);
        });
        named.put("bevrijdingsdag", year -> Span.day(LocalDate.of(year, 5, 5)));
        for (String name : List.of("hemelvaart", "hemelvaartsdag")) {
            named.put(name, year -> Span.day(easter(year).plusDays(39)));
        }
        named.put("pinksteren", year -> {
            LocalDate sunday = easter(year).plusDays(49);
            return new Span(sunday, sunday.plusDays(1), sunday, sunday);
        });
        for (String name : List.of("sinterklaas", "pakjesavond")) {
            named.put(name, year -> Span.day(LocalDate.of(year, 12, 5)));
        }
        for (String name : List.of("jaarwisseling", "oud en nieuw", "oud & nieuw", "oudjaar", "oudejaarsdag",
                "oudejaarsavond", "jaareinde")) {
            named.put(name, yearEnd);
        }
        for (String name : List.of("nieuwjaar", "nieuwjaarsdag")) {
            named.put(name, year -> Span.day(LocalDate.of(year, 1, 1)));
        }
        return Map.copyOf(named);
    }

    private static Meaning fixedDay(LocalDate day) {
        When when = new When(day, day);
        return (today, after, purpose) -> when;
    }

    private static Meaning fixed(Span span, Part part, Relation relation) {
        When when = relation.of(span.part(part), part);
        return (today, after, purpose) -> when;
    }

    /**
     * A period named without a year (or with one: then it is fixed): the first one, from the year before
     * {@code after} on, whose day comes after {@code after} and that is the one {@code which} asks for.
     */
    private static Meaning inYear(IntFunction<Span> inYear, Part part, Relation relation, Which which,
            @Nullable Integer year) {
        if (year != null) {
            return fixed(inYear.apply(year), part, relation);
        }
        return (today, after, purpose) -> {
            for (int y = after.getYear() - 1; y <= after.getYear() + 2; y++) {
                Span span;
                try {
                    span = inYear.apply(y);
                } catch (DateTimeException notThisYear) {
                    continue; // "29 februari", "week 53"
                }
                if (which == Which.NOT_BEGUN && !span.first().isAfter(today)
                        || which == Which.MOSTLY_AHEAD && part == Part.WHOLE && relation == Relation.BY
                        && !span.moment().isAfter(after)) {
                    continue;
                }
                When when = relation.of(span.part(part), part);
                if (when.on(purpose).isAfter(after)) {
                    return when;
                }
            }
            throw new DateTimeException("no such date in the years after " + after);
        };
    }

    /** Which of the periods of that name is meant, when no year is said. */
    private enum Which {
        /** The next whose day is to come: "in maart" on 20 March is 31 March. */
        NEXT,
        /**
         * A season or holiday "in" which something is done: the next whose middle is to come. "In het najaar" said
         * in late November is next autumn, not the last week of this one; "deze zomer" is still this one.
         */
        MOSTLY_AHEAD,
        /** "Volgend voorjaar", "komende zomer": one that has not begun. */
        NOT_BEGUN
    }

    /** What a date is wanted for. */
    private enum Purpose {
        DEADLINE, REVIEW
    }

    /** The part of a period said: "begin", "medio", "eind", or the whole. */
    private enum Part {
        WHOLE, BEGIN, MIDDLE, END;

        static Part of(@Nullable String word) {
            if (word == null) {
                return WHOLE;
            }
            return switch (word) {
                case "begin", "start" -> BEGIN;
                case "eind", "einde", "end", "afloop" -> END;
                default -> MIDDLE;
            };
        }
    }

    /** How the day meant stands to the period: by its end, before it, after it, around it, from its start. */
    private enum Relation {
        BY, BEFORE, AFTER, AROUND, FROM;

        static Relation of(@Nullable String word) {
            if (word == null) {
                return BY;
            }
            return switch (word) {
                case "voor", "tegen" -> BEFORE;
                case "na" -> AFTER;
                case "rond", "rondom", "omstreeks", "met", "bij" -> AROUND;
                case "per", "vanaf" -> FROM;
                default -> BY;
            };
        }

        When of(Span span, Part part) {
            return switch (this) {
                case BY -> new When(span.by(), span.moment());
                case BEFORE -> When.on(part == Part.END ? span.last() : span.first().minusDays(1));
                case AFTER -> When.on(span.last().plusDays(1));
                case AROUND -> When.on(span.moment());
                case FROM -> When.on(span.first());
            };
        }
    }

    /**
     * A period: its first and last day, the day that stands for it ({@code moment}: the middle of a month, the start
     * of a holiday, Christmas Eve) and the day that is its deadline ({@code by}: the last day of a period, the day of a
     * feast).
     */
    private record Span(LocalDate first, LocalDate last, LocalDate moment, LocalDate by) {

        static Span day(LocalDate day) {
            return new Span(day, day, day, day);
        }

        static Span of(LocalDate first, LocalDate last, LocalDate moment) {
            return new Span(first, last, moment, last);
        }

        static Span month(YearMonth month) {
            return months(month.atDay(1), 1);
        }

        /** Whole months; the moment is the middle: the 15th of one month, 1 July of a year, 15 October of autumn. */
        static Span months(LocalDate first, int count) {
            LocalDate middle = first.plusMonths(count / 2);
            return of(first, first.plusMonths(count).minusDays(1), count % 2 == 1 ? middle.withDayOfMonth(15) : middle);
        }

        /**
         * Its begin or end: of months (a year, a quarter, a season) the first or last month, so that "begin volgend
         * jaar" is by the end of January; of a month, a week or a holiday the first or last day.
         */
        Span part(Part part) {
            boolean months = isWholeMonths() && ChronoUnit.DAYS.between(first, last) > 31;
            return switch (part) {
                case WHOLE -> this;
                case BEGIN -> months ? month(YearMonth.from(first)) : day(first);
                case END -> months ? month(YearMonth.from(last)) : day(last);
                case MIDDLE -> day(isWholeMonths() ? moment : first.plusDays(ChronoUnit.DAYS.between(first, last) / 2));
            };
        }

        private boolean isWholeMonths() {
            return first.getDayOfMonth() == 1 && last.equals(last.with(TemporalAdjusters.lastDayOfMonth()))
                    && by.equals(last);
        }
    }

    /** The day an expression means as a deadline and as a review. */
    private record When(LocalDate deadline, LocalDate review) {

        static When on(LocalDate day) {
            return new When(day, day);
        }

        LocalDate on(Purpose purpose) {
            return purpose == Purpose.DEADLINE ? deadline : review;
        }
    }

    /** What an expression means, its year chosen so that its day comes after {@code after}. */
    @FunctionalInterface
    private interface Meaning {
        When resolve(LocalDate today, LocalDate after, Purpose purpose);
    }

    @FunctionalInterface
    private interface Reader {
        Meaning read(Matcher matcher, LocalDate today);
    }

    private record Rule(Pattern pattern, Reader reader) {
    }

    private record Found(int start, int end, Meaning meaning) {
    }
}
