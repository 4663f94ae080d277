package nl.koers.dialogue;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import nl.koers.pop.LearningForm;
import nl.koers.pop.Resources;
import nl.koers.pop.PopLabels;

/** How the guided dialogue writes dates, amounts, learning forms and counts in Dutch; as in the POP itself. */
public final class Wording {

    private Wording() {
    }

    static String date(LocalDate date) {
        return PopLabels.date(date);
    }

    static String dates(List<LocalDate> dates) {
        return list(dates.stream().map(Wording::date).toList());
    }

    static String form(@Nullable LearningForm form) {
        if (form == null) {
            return "leervorm nog open";
        }
        return switch (form) {
            case WERKPLEK -> "leren in het werk";
            case SOCIAAL -> "leren van anderen";
            case FORMEEL -> "opleiding";
        };
    }

    static String resources(Resources resources) {
        return PopLabels.resources(resources);
    }

    static String count(int n, String one, String more) {
        return n + " " + (n == 1 ? one : more);
    }

    /** "a", "a en b", "a, b en c". */
    static String list(List<String> items) {
        if (items.size() <= 1) {
            return String.join("", items);
        }
        return items.subList(0, items.size() - 1).stream().collect(Collectors.joining(", ")) + " en " + items.getLast();
    }

    public static String firstName(@Nullable String name, String fallback) {
        if (name == null || name.isBlank()) {
            return fallback;
        }
        return name.strip().split("\\s+")[0];
    }
}
