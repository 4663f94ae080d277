package nl.koers.pop;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.jspecify.annotations.Nullable;


/** Dutch wording of POP values, shared by the Markdown, HTML, PDF and calendar renderings. */
public final class PopLabels {

    static final Locale DUTCH = Locale.of("nl");
    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", DUTCH);

    private PopLabels() {
    }

    public static String date(@Nullable LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    public static String form(@Nullable LearningForm form) {
        if (form == null) {
            return "";
        }
        return switch (form) {
            case WERKPLEK -> "Leren in het werk (70)";
            case SOCIAAL -> "Leren van anderen (20)";
            case FORMEEL -> "Opleiding of cursus (10)";
        };
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

    public static String resources(@Nullable Resources resources) {
        if (resources == null || resources.isEmpty()) {
            return "";
        }
        StringBuilder text = new StringBuilder();
        if (resources.euros() != null) {
            text.append(euros(resources.euros()));
        }
        if (resources.hours() != null) {
            text.append(text.isEmpty() ? "" : ", ").append(resources.hours().stripTrailingZeros().toPlainString())
                    .append(" uur");
        }
        return text.isEmpty() && resources.text() != null ? resources.text() : text.toString();
    }

    static String euros(BigDecimal euros) {
        String formatted = String.format(DUTCH, "%,.2f", euros);
        return "€ " + (formatted.endsWith(",00") ? formatted.substring(0, formatted.length() - 3) : formatted);
    }

    public static String orDash(@Nullable String text) {
        return text == null || text.isBlank() ? "–" : text;
    }
}
