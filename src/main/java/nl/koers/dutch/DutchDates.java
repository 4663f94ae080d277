package nl.koers.dutch;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as people say them in a career conversation, read as the day by which something should be done,
 * relative to today on the injected clock: "eind maart 2027", "1 juni", "15-06-2027", "over drie maanden",
 * "volgend kwartaal", "voor de zomer". A day without a year is the next one to come.
 */
public final class DutchDates {

    static final Map<String, Month> MONTHS = Map.ofEntries(
            Map.entry("januari", Month.JANUARY), Map.entry("jan", Month.JANUARY),
            Map.entry("februari", Month.FEBRUARY), Map.entry("feb", Month.FEBRUARY),
            Map.entry("maart", Month.MARCH), Map.entry("mrt", Month.MARCH),
            Map.entry("april", Month.APRIL), Map.entry("apr", Month.APRIL),
            Map.entry("mei", Month.MAY),
            Map.entry("juni", Month.JUNE), Map.entry("jun", Month.JUNE),
            Map.entry("juli", Month.JULY), Map.entry("jul", Month.JULY),
            Map.entry("augustus", Month.AUGUST), Map.entry("aug", Month.AUGUST),
            Map.entry("september", Month.SEPTEMBER), Map.entry("sept", Month.SEPTEMBER), Map.entry("sep", Month.SEPTEMBER),
            Map.entry("oktober", Month.OCTOBER), Map.entry("okt", Month.OCTOBER),
            Map.entry("november", Month.NOVEMBER), Map.entry("nov", Month.NOVEMBER),
            Map.entry("december", Month.DECEMBER), Map.entry("dec", Month.DECEMBER));

    private static final String MONTH = "(januari|februari|maart|april|mei|juni|juli|augustus|september|oktober"
            + "|november|december|jan|feb|mrt|apr|jun|jul|aug|sept|sep|okt|nov|dec)\\.?";
    private static final String YEAR = "(?:\\s+(\\d{4})\\b)?";

    private static final Pattern EVERY_QUARTER = Pattern.compile("\\b(?:elk|ieder|elke|iedere)\\s+kwartaal\\b");
    private static final Pattern EVERY_HALF_YEAR = Pattern.compile("\\b(?:elk|ieder)\\s+half\\s+jaar\\b");
    /**
     * The line ends that {@code .} does not match. "Elk kwartaal" was read with {@code .*…\b.*} over the whole
     * text, which never matched text with one of these; searching for the words instead keeps that, and does not
     * run to the end of the text again from every "elk kwartaal" in it.
     */
    private static final Pattern LINE_END = Pattern.compile("[\\n\\r\\u0085\\u2028\\u2029]");

    /** A POP date lies within a lifetime of today; anything further is a number that looked like a year. */
    static final int PLAUSIBLE_YEARS = 100;

    private final Clock clock;
    private final List<Rule> rules = new ArrayList<>();

    public DutchDates(Clock clock) {
        this.clock = clock;
        rule("(\\d{4})-(\\d{1,2})-(\\d{1,2})\\b", (m, today) -> date(m.group(1), m.group(2), m.group(3)));
        rule("(\\d{1,2})[-/.](\\d{1,2})[-/.](\\d{4}|\\d{2})\\b", (m, today) -> date(year(m.group(3)), m.group(2), m.group(1)));
        rule("(\\d{1,2})[-/](\\d{1,2})\\b", (m, today) -> next(today, MonthDay.of(
                Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)))));
        rule("(?:eind|einde|uiterlijk eind|end)\\s+(?:van\\s+)?" + MONTH + YEAR,
                (m, today) -> inMonth(today, m.group(1), m.group(2), month -> month.atEndOfMonth()));
        rule("(?:begin|start)\\s+(?:van\\s+)?" + MONTH + YEAR,
                (m, today) -> inMonth(today, m.group(1), m.group(2), month -> month.atDay(1)));
        rule("(?:half|halverwege|medio|midden)\\s+" + MONTH + YEAR,
                (m, today) -> inMonth(today, m.group(1), m.group(2), month -> month.atDay(15)));
        rule("(\\d{1,2})(?:e|ste|de)?\\s+" + MONTH + YEAR, (m, today) -> dayOfMonth(today, m.group(1), m.group(2), m.group(3)));
        rule("(?:over|binnen)\\s+(" + DutchNumbers.WORD + ")\\s+(dag|dagen|week|weken|maand|maanden|jaar|jaren)",
                (m, today) -> after(today, m.group(1), m.group(2)));
        rule("(?:over|binnen)\\s+(?:een\\s+)?half\\s+jaar", (m, today) -> today.plusMonths(6));
        rule("(?:q|kwartaal\\s*)([1-4])" + YEAR, (m, today) -> quarterEnd(today, Integer.parseInt(m.group(1)), m.group(2)));
        rule("(eerste|tweede|derde|vierde)\\s+kwartaal" + YEAR, (m, today) -> quarterEnd(today,
                List.of("eerste", "tweede", "derde", "vierde").indexOf(m.group(1)) + 1, m.group(2)));
        rule("(?:volgend|volgende|komend|komende)\\s+kwartaal", (m, today) -> endOfQuarter(today.plusMonths(3)));
        rule("(?:dit|deze)\\s+kwartaal", (m, today) -> endOfQuarter(today));
        rule("(?:eind|einde)\\s+(?:van\\s+)?(?:dit|het|deze)\\s+jaar|dit\\s+jaar", (m, today) -> today.withMonth(12).withDayOfMonth(31));
        rule("begin\\s+volgend\\s+jaar", (m, today) -> LocalDate.of(today.getYear() + 1, 1, 31));
        rule("(?:eind|einde)\\s+(?:van\\s+)?volgend\\s+jaar|volgend\\s+jaar|komend\\s+jaar",
                (m, today) -> LocalDate.of(today.getYear() + 1, 12, 31));
        rule("(?:volgende|komende)\\s+maand", (m, today) -> today.plusMonths(1).with(TemporalAdjusters.lastDayOfMonth()));
        rule("(?:volgende|komende)\\s+week", (m, today) -> today.plusWeeks(1)
                .with(TemporalAdjusters.nextOrSame(java.time.DayOfWeek.FRIDAY)));
        rule("voor\\s+(?:de\\s+)?zomer(?:vakantie)?", (m, today) -> next(today, MonthDay.of(6, 30)));
        rule("na\\s+(?:de\\s+)?zomer(?:vakantie)?", (m, today) -> next(today, MonthDay.of(9, 1)));
        rule("voor\\s+(?:de\\s+)?kerst(?:vakantie)?", (m, today) -> next(today, MonthDay.of(12, 20)));
        rule("(?:in\\s+)?(?:de\\s+)?zomer", (m, today) -> next(today, MonthDay.of(8, 31)));
        rule("(?:in|voor|uiterlijk|per)\\s+" + MONTH + YEAR, (m, today) -> inMonth(today, m.group(1), m.group(2),
                month -> month.atEndOfMonth()));
        rule("^" + MONTH + YEAR + "$", (m, today) -> inMonth(today, m.group(1), m.group(2), month -> month.atEndOfMonth()));
        rule("morgen", (m, today) -> today.plusDays(1));
    }

    /** The first date in the text, if any. */
    public Optional<LocalDate> parse(String text) {
        List<LocalDate> all = parseAll(text);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.getFirst());
    }

    /**
     * Every date in the text, in the order they are written: "1 maart en eind juni" gives two. "Elk kwartaal"
     * gives the ends of the next four quarters, "elk half jaar" the next two half-year points.
     */
    public List<LocalDate> parseAll(String text) {
        String lower = normalise(text);
        LocalDate today = LocalDate.now(clock);
        boolean oneLine = !LINE_END.matcher(lower).find();
        if (oneLine && EVERY_QUARTER.matcher(lower).find()) {
            List<LocalDate> quarters = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                quarters.add(endOfQuarter(today.plusMonths(3L * i)));
            }
            return quarters;
        }
        if (oneLine && EVERY_HALF_YEAR.matcher(lower).find()) {
            return List.of(today.plusMonths(6), today.plusMonths(12));
        }
        List<Found> found = new ArrayList<>();
        boolean[] taken = new boolean[lower.length() + 1];
        for (Rule rule : rules) {
            Matcher matcher = rule.pattern().matcher(lower);
            while (matcher.find()) {
                if (overlaps(taken, matcher.start(), matcher.end())) {
                    continue;
                }
                try {
                    LocalDate date = rule.reader().apply(matcher, today);
                    if (date != null && plausible(date, today)) {
                        found.add(new Found(matcher.start(), date));
                        for (int i = matcher.start(); i < matcher.end(); i++) {
                            taken[i] = true;
                        }
                    }
                } catch (DateTimeException | NumberFormatException | ArithmeticException impossible) {
                    // "31 februari", "13-13-2027" or a number too large for a calendar: not a date; keep looking
                }
            }
        }
        return found.stream().sorted((a, b) -> Integer.compare(a.at(), b.at())).map(Found::date).toList();
    }

    private static boolean plausible(LocalDate date, LocalDate today) {
        return !date.isBefore(today.minusYears(PLAUSIBLE_YEARS)) && !date.isAfter(today.plusYears(PLAUSIBLE_YEARS));
    }

    private void rule(String regex, Reader reader) {
        rules.add(new Rule(Pattern.compile("\\b(?:" + regex + ")", Pattern.UNICODE_CASE), reader));
    }

    private static String normalise(String text) {
        return DutchText.fold(text).replaceAll("\\s+", " ").strip();
    }

    private static boolean overlaps(boolean[] taken, int start, int end) {
        for (int i = start; i < end; i++) {
            if (taken[i]) {
                return true;
            }
        }
        return false;
    }

    private static LocalDate date(String year, String month, String day) {
        return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
    }

    private static String year(String digits) {
        return digits.length() == 2 ? "20" + digits : digits;
    }

    private static LocalDate next(LocalDate today, MonthDay day) {
        LocalDate thisYear = day.atYear(today.getYear());
        return thisYear.isBefore(today) ? day.atYear(today.getYear() + 1) : thisYear;
    }

    private static LocalDate dayOfMonth(LocalDate today, String day, String month, String year) {
        MonthDay monthDay = MonthDay.of(MONTHS.get(month), Integer.parseInt(day));
        return year == null ? next(today, monthDay) : monthDay.atYear(Integer.parseInt(year));
    }

    /** A point in a named month: this year's if it is still to come, else next year's. */
    private static LocalDate inMonth(LocalDate today, String month, String year,
            Function<java.time.YearMonth, LocalDate> point) {
        Month named = MONTHS.get(month);
        if (year != null) {
            return point.apply(java.time.YearMonth.of(Integer.parseInt(year), named));
        }
        LocalDate thisYear = point.apply(java.time.YearMonth.of(today.getYear(), named));
        return thisYear.isBefore(today) ? point.apply(java.time.YearMonth.of(today.getYear() + 1, named)) : thisYear;
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
            default -> count == Math.rint(count) ? today.plusYears((long) count) : today.plusMonths(Math.round(count * 12));
        };
    }

    private static LocalDate endOfQuarter(LocalDate day) {
        int quarter = day.get(IsoFields.QUARTER_OF_YEAR);
        return java.time.YearMonth.of(day.getYear(), quarter * 3).atEndOfMonth();
    }

    private static LocalDate quarterEnd(LocalDate today, int quarter, String year) {
        int y = year != null ? Integer.parseInt(year) : today.getYear();
        LocalDate end = java.time.YearMonth.of(y, quarter * 3).atEndOfMonth();
        return year == null && end.isBefore(today) ? end.plusYears(1).with(TemporalAdjusters.lastDayOfMonth()) : end;
    }

    @FunctionalInterface
    private interface Reader {
        LocalDate apply(Matcher matcher, LocalDate today);
    }

    private record Rule(Pattern pattern, Reader reader) {
    }

    private record Found(int at, LocalDate date) {
    }
}
