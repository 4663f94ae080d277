package nl.koers.funding;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * The facts and sentences of {@code prompts/financiering/regelingen.yml}, as {@link SchemeBookLoader} read and checked
 * them: one place for every amount, year, page and application period the advice uses.
 *
 * @param general the sentences around the advice: verdict names, the year, application periods, the closing line
 */
record SchemeBook(Map<Scheme, Entry> schemes, Map<String, String> general) {

    static final Locale DUTCH = Locale.of("nl");
    private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("d MMMM", DUTCH);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", DUTCH);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM", DUTCH);
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]*)}");

    SchemeBook {
        schemes = Map.copyOf(schemes);
        general = Map.copyOf(general);
    }

    Entry entry(Scheme scheme) {
        return schemes.get(scheme);
    }

    /** A sentence of {@code algemeen} with its placeholders filled. */
    String general(String key, Map<String, String> values) {
        return fill(general.get(key), values);
    }

    String general(String key) {
        return general(key, Map.of());
    }

    /** What a scheme's file entry holds. */
    record Entry(String name, @Nullable String page, List<String> articles, @Nullable Integer year,
            Map<String, Fact> facts, @Nullable List<ApplicationWindow> windows, @Nullable Integer yearlyUntil,
            List<String> sectors, List<Fund> funds, Map<String, Text> texts) {

        Entry {
            articles = List.copyOf(articles);
            facts = Map.copyOf(facts);
            windows = windows == null ? null : List.copyOf(windows);
            sectors = List.copyOf(sectors);
            funds = List.copyOf(funds);
            texts = Map.copyOf(texts);
        }

        /**
         * The first period that has not ended by {@code today}: a known one, or else the last known one repeated a
         * year later (as an expected round) for as long as the scheme runs yearly; {@code null} when none is known.
         */
        @Nullable ApplicationWindow nextWindow(LocalDate today) {
            if (windows == null) {
                return null;
            }
            Optional<ApplicationWindow> known = windows.stream().filter(window -> !window.to().isBefore(today))
                    .min(Comparator.comparing(ApplicationWindow::from));
            if (known.isPresent() || yearlyUntil == null || windows.isEmpty()) {
                return known.orElse(null);
            }
            ApplicationWindow last = windows.stream().max(Comparator.comparing(ApplicationWindow::from)).orElseThrow();
            for (int years = 1; last.from().getYear() + years <= yearlyUntil; years++) {
                ApplicationWindow repeated = last.yearsLater(years);
                if (!repeated.to().isBefore(today)) {
                    return repeated;
                }
            }
            return null;
        }
    }

    /** A fact: its value, the year it held in, and the knowledge article that says so. */
    record Fact(Kind kind, @Nullable BigDecimal number, @Nullable LocalDate date, int year, String article) {

        enum Kind {
            EURO, PROCENT, AANTAL, DATUM
        }

        /** As a sentence shows it: "€ 5.000", "60%", "250", "31 december 2027". */
        String shown() {
            return kind == Kind.EURO ? "€ " + inArticle() : inArticle();
        }

        /** As the knowledge article writes it: "5.000", "60%", "250", "31 december 2027". */
        String inArticle() {
            return switch (kind) {
                case EURO -> grouped(number);
                case PROCENT -> number.stripTrailingZeros().toPlainString() + "%";
                case AANTAL -> number.stripTrailingZeros().toPlainString();
                case DATUM -> SchemeBook.date(date);
            };
        }
    }

    /** One situation's sentences; {@code year} when the rule behind them is younger than their facts. */
    record Text(String statement, @Nullable String condition, @Nullable Integer year) {
    }

    /** An O&O-fonds: the sectors it serves, and its name when the knowledge base names it. */
    record Fund(List<String> sectors, @Nullable String name) {

        Fund {
            sectors = List.copyOf(sectors);
        }
    }

    /** The placeholders in a text, in order: "{bedrag}" gives "bedrag". */
    static Set<String> placeholders(String text) {
        Set<String> names = new LinkedHashSet<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }

    /** The text with every placeholder replaced by its value. */
    static String fill(String text, Map<String, String> values) {
        return PLACEHOLDER.matcher(text).replaceAll(placeholder -> {
            String value = values.get(placeholder.group(1));
            if (value == null) {
                throw new IllegalStateException("no value for {" + placeholder.group(1) + "} in: " + text);
            }
            return Matcher.quoteReplacement(value);
        });
    }

    /** "€ 3.000", "€ 1.250,50": money as the advice writes it. */
    static String euros(BigDecimal euros) {
        return "€ " + grouped(euros);
    }

    private static String grouped(BigDecimal number) {
        String formatted = String.format(DUTCH, "%,.2f", number.setScale(2, RoundingMode.HALF_UP));
        return formatted.endsWith(",00") ? formatted.substring(0, formatted.length() - 3) : formatted;
    }

    /** "2 juni 2025". */
    static String date(LocalDate date) {
        return DATE.format(date);
    }

    /** "2 juni": a day without its year, as the articles write the start of a period. */
    static String dayAndMonth(LocalDate date) {
        return DAY_MONTH.format(date);
    }

    /** "begin juni", "half september 2027", "eind maart": a day as roughly as an expected round can be known. */
    static String roughly(LocalDate date, boolean withYear) {
        String part = date.getDayOfMonth() <= 10 ? "begin " : date.getDayOfMonth() <= 20 ? "half " : "eind ";
        return part + MONTH.format(date) + (withYear ? " " + date.getYear() : "");
    }
}
