package nl.koers.pop;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

/**
 * The one Dutch wording of POP values: dates, learning forms, the direction and resources. The pages, the PDF, the
 * Markdown export ({@code #labels} in every template, see {@link PopLabelsDialect}) and the guided dialogue all
 * write them from here. The names of the parts of a POP ("Medewerker", "Leervorm") are message keys
 * ({@code pop.*} in {@code messages/messages.properties}), shared by the same templates.
 */
public final class PopLabels {

    public static final Locale DUTCH = Locale.of("nl");
    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", DUTCH);
    /** Units of time that hours and days cannot hold, as the guided reader leaves them in the words. */
    private static final Pattern TIME_IN_WORDS = Pattern.compile("(?i)avond|weekend|nacht|dienst|sessie|bijeenkomst"
            + "|lessen|workshop");

    private PopLabels() {
    }

    /** "23 november 2026", or empty. */
    public static String date(@Nullable LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    /** The name of a learning form, as a label: "Leren in het werk". */
    public static String formName(LearningForm form) {
        return switch (form) {
            case WERKPLEK -> "Leren in het werk";
            case SOCIAAL -> "Leren van anderen";
            case FORMEEL -> "Opleiding of cursus";
        };
    }

    /** A learning form with its 70-20-10 share, as the POP shows it: "Leren in het werk (70)"; empty when none. */
    public static String form(@Nullable LearningForm form) {
        return form == null ? "" : formName(form) + " (" + form.share() + ")";
    }

    private static final List<Map.Entry<String, String>> FIELDS = List.of(Map.entry("role", "Werk nu"),
            Map.entry("energy", "Energie van"), Map.entry("talents", "Talenten"),
            Map.entry("ambitions.shortTerm", "Over een jaar"), Map.entry("ambitions.longTerm", "Over drie tot vijf jaar"),
            Map.entry("wishes", "Ontwikkelwensen"), Map.entry("organisationWishes", "Wat het bedrijf straks nodig heeft"),
            Map.entry("direction.depth", "Verdiepen of verbreden"), Map.entry("direction.scope", "Functie of andere rol"),
            Map.entry("possibilities", "Mogelijkheden"), Map.entry("obstacles", "Wat (nog) niet kan"),
            Map.entry("description", "omschrijving"), Map.entry("measure", "gelukt als"),
            Map.entry("deadline", "deadline"), Map.entry("actions", "acties"), Map.entry("place", "waar"),
            Map.entry("resources", "budget en tijd"), Map.entry("support", "ondersteuning"),
            Map.entry("ownEffort", "eigen inzet"), Map.entry("reviews", "Voortgangsgesprekken"),
            Map.entry("openPoints", "Open punten"));
    private static final Pattern GOAL_FIELD = Pattern.compile("goals\\[(\\d+)]\\.(\\w+)");

    /** A POP field's path ("goals[0].measure") as the POP names it in Dutch ("Doel 1: gelukt als"). */
    public static String field(String path) {
        Matcher goal = GOAL_FIELD.matcher(path);
        if (goal.matches()) {
            return "Doel " + (Integer.parseInt(goal.group(1)) + 1) + ": " + label(goal.group(2));
        }
        return label(path);
    }

    /** Where a POP field comes in the POP, for listing fields in its order. */
    public static int fieldOrder(String path) {
        Matcher goal = GOAL_FIELD.matcher(path);
        String name = goal.matches() ? goal.group(2) : path;
        int at = 0;
        for (int i = 0; i < FIELDS.size(); i++) {
            if (FIELDS.get(i).getKey().equals(name)) {
                at = i;
            }
        }
        return goal.matches() ? 1000 + Integer.parseInt(goal.group(1)) * 100 + at : at < 11 ? at : 5000 + at;
    }

    private static String label(String name) {
        return FIELDS.stream().filter(entry -> entry.getKey().equals(name)).map(Map.Entry::getValue).findFirst()
                .orElse(name);
    }

    /** Who said what, in the POP's order and with the POP's Dutch names for its parts. */
    public static List<PopMarkdown.Said> attribution(Map<String, String> attribution) {
        return attribution.entrySet().stream().sorted(java.util.Comparator.comparing(
                (Map.Entry<String, String> said) -> fieldOrder(said.getKey())).thenComparing(Map.Entry::getKey))
                .map(said -> new PopMarkdown.Said(field(said.getKey()), said.getValue())).toList();
    }

    /** A goal's status in a progress review, as the POP names it. */
    public static String progress(Pop.@Nullable ProgressStatus status) {
        if (status == null) {
            return "";
        }
        return switch (status) {
            case OP_SCHEMA -> "Op schema";
            case AFGEROND -> "Afgerond";
            case BIJGESTELD -> "Bijgesteld";
            case GESTOPT -> "Gestopt";
        };
    }

    /**
     * One progress review of a goal: "23 november 2026 — Bijgesteld. Ging goed: … In de weg: … Volgende stap: …
     * Nieuwe deadline: 1 september 2027 (was 1 juni 2027)."
     */
    public static String progressLine(Pop.Progress entry) {
        StringBuilder line = new StringBuilder(date(entry.date())).append(" — ").append(progress(entry.status()))
                .append('.');
        part(line, "Ging goed", entry.note());
        part(line, "In de weg", entry.obstacles());
        part(line, "Volgende stap", entry.nextStep());
        if (entry.deadline() != null) {
            line.append(" Nieuwe deadline: ").append(date(entry.deadline()));
            if (entry.previousDeadline() != null) {
                line.append(" (was ").append(date(entry.previousDeadline())).append(')');
            }
            line.append('.');
        }
        return line.toString();
    }

    private static void part(StringBuilder line, String label, @Nullable String said) {
        if (said != null && !said.isBlank()) {
            String text = said.strip();
            line.append(' ').append(label).append(": ").append(text)
                    .append(text.endsWith(".") || text.endsWith("!") || text.endsWith("?") ? "" : ".");
        }
    }

    public static String depth(Pop.@Nullable Depth depth) {
        if (depth == null) {
            return "";
        }
        return switch (depth) {
            case VERDIEPEN -> "Verdiepen in het vak";
            case VERBREDEN -> "Verbreden naar ander werk";
            case BEIDE -> "Verdiepen én verbreden";
        };
    }

    public static String scope(Pop.@Nullable Scope scope) {
        if (scope == null) {
            return "";
        }
        return switch (scope) {
            case BINNEN_FUNCTIE -> "binnen de huidige functie";
            case ANDERE_FUNCTIE -> "in een andere rol in het bedrijf";
            case OPEN -> "plek nog open";
        };
    }

    /** Depth and scope together: "Verdiepen in het vak, binnen de huidige functie"; empty when neither is chosen. */
    public static String direction(Pop.Direction direction) {
        return Stream.of(depth(direction.depth()), scope(direction.scope())).filter(part -> !part.isEmpty())
                .collect(Collectors.joining(", "));
    }

    /**
     * "€ 650, 16 uur", "€ 900, 3 dagen", "2 uur per week"; the words they were agreed in when they name no amount;
     * empty when there are none. Time in a unit without a fixed length ("twee avonden", "een weekend per maand") is
     * kept only in the words, so beside money the words are shown too: "€ 300 (300 euro en twee avonden)".
     */
    public static String resources(@Nullable Resources resources) {
        if (resources == null || resources.isEmpty()) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        if (resources.euros() != null) {
            parts.add(euros(resources.euros()));
        }
        List<String> time = new ArrayList<>();
        if (resources.days() != null) {
            time.add(hours(resources.days()) + (resources.days().compareTo(BigDecimal.ONE) == 0 ? " dag" : " dagen"));
        }
        if (resources.hours() != null) {
            time.add(hours(resources.hours()) + " uur");
        }
        if (!time.isEmpty()) {
            parts.add(String.join(" en ", time) + per(resources.per()));
        }
        if (parts.isEmpty()) {
            return resources.text() != null ? resources.text() : "";
        }
        String numbers = String.join(", ", parts);
        boolean timeInWords = !resources.hasTime() && resources.text() != null && (resources.per() != null
                || TIME_IN_WORDS.matcher(resources.text()).find());
        return timeInWords ? numbers + " (" + resources.text().strip() + ")" : numbers;
    }

    private static String per(Resources.@Nullable Per per) {
        if (per == null) {
            return "";
        }
        return switch (per) {
            case WEEK -> " per week";
            case MONTH -> " per maand";
        };
    }

    /** "16", "2,5": a decimal comma, as everywhere else in Dutch. */
    static String hours(BigDecimal hours) {
        return hours.stripTrailingZeros().toPlainString().replace('.', ',');
    }

    static String euros(BigDecimal euros) {
        String formatted = String.format(DUTCH, "%,.2f", euros);
        return "€ " + (formatted.endsWith(",00") ? formatted.substring(0, formatted.length() - 3) : formatted);
    }

    /** The text, or "–" where there is none. */
    public static String orDash(@Nullable String text) {
        return text == null || text.isBlank() ? "–" : text;
    }
}
