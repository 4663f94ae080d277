package nl.koers.dialogue;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import nl.koers.pop.LearningForm;
import nl.koers.pop.Resources;
import nl.koers.pop.PopLabels;

/**
 * How the guided dialogue writes dates, amounts, learning forms, lists and counts in Dutch. What the POP also shows
 * (dates, amounts, the names of the learning forms) comes from {@link PopLabels}, so a reply and the POP agree.
 */
public final class Wording {

    private Wording() {
    }

    static String date(LocalDate date) {
        return PopLabels.date(date);
    }

    static String dates(List<LocalDate> dates) {
        return list(dates.stream().map(Wording::date).toList());
    }

    /** A learning form within a sentence: the name the POP gives it, in lower case ("leren in het werk"). */
    static String form(@Nullable LearningForm form) {
        return form == null ? "leervorm nog open" : PopLabels.formName(form).toLowerCase(PopLabels.DUTCH);
    }

    static String resources(Resources resources) {
        return PopLabels.resources(resources);
    }

    /**
     * A person's words inside one of Koers's replies, which pages read as Markdown: on one line, with the marks that
     * would format them escaped, so "*dringend*" or "1." at the start stays what was typed.
     */
    static String inline(String said) {
        String line = said.strip().replaceAll("\\s++", " ");
        StringBuilder escaped = new StringBuilder(line.length() + 8);
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if ("\\`*_[]<>#|~".indexOf(c) >= 0) {
                escaped.append('\\');
            }
            escaped.append(c);
        }
        return escaped.toString();
    }

    /** The first sentence of a question: "Hoe merk jij dat 'X' gelukt is?" of a longer text. */
    static String firstSentence(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c == '?' || c == '.' || c == '!') && (i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1)))) {
                return text.substring(0, i + 1);
            }
        }
        return text;
    }

    static String count(int n, String one, String more) {
        return n + " " + (n == 1 ? one : more);
    }

    /** "a", "a en b", "a, b en c". */
    static String list(List<String> items) {
        return list(items, "en");
    }

    /** "a", "a of b", "a, b of c": the list with another word before its last item. */
    static String list(List<String> items, String conjunction) {
        if (items.size() <= 1) {
            return String.join("", items);
        }
        return items.subList(0, items.size() - 1).stream().collect(Collectors.joining(", ")) + " " + conjunction + " "
                + items.getLast();
    }

    public static String firstName(@Nullable String name, String fallback) {
        if (name == null || name.isBlank()) {
            return fallback;
        }
        return name.strip().split("\\s+")[0];
    }
}
