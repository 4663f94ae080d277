package nl.koers.conversation;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import nl.koers.dutch.DutchAmounts;
import nl.koers.dutch.DutchDates;
import nl.koers.pop.LearningForm;
import nl.koers.pop.PopLabels;
import nl.koers.pop.Resources;

/**
 * Reads the typed values of the POP edit form into what a POP holds: dates (ISO from a date field, or Dutch words),
 * a learning form from its choice, budget and time with the reader the conversation uses ({@link DutchAmounts}),
 * lists one item a line. What cannot be read becomes a Dutch message naming the field, collected here, and the value
 * is left out, so that one reading finds every problem of the form at once. Lengths and list sizes are not checked
 * here: the edited POP is checked as a whole with the API's rules ({@link nl.koers.pop.PopConstraints}).
 */
final class PopEditValues {

    private final DutchDates dates;
    private final List<String> problems = new ArrayList<>();

    PopEditValues(DutchDates dates) {
        this.dates = dates;
    }

    /** The messages of what could not be read, in the order the fields were read. */
    List<String> problems() {
        return List.copyOf(problems);
    }

    void problem(String message) {
        problems.add(message);
    }

    /** The text, or null when nothing was typed. */
    static @Nullable String optional(String text) {
        String trimmed = text.strip();
        return trimmed.isEmpty() ? null : trimmed;
    }

    /** The non-empty lines, each trimmed. */
    static List<String> lines(String text) {
        return Arrays.stream(text.split("\\R")).map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    /** A date as a date field sends it (2027-03-31) or as people write it (31-3-2027, eind maart 2027). */
    @Nullable
    LocalDate date(String text, String subject) {
        String trimmed = text.strip();
        if (trimmed.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(trimmed);
        } catch (DateTimeParseException notIso) {
            Optional<LocalDate> read = dates.parse(trimmed);
            if (read.isEmpty()) {
                problem("Koers kan " + subject + " niet lezen: '" + shorten(trimmed)
                        + "'. Schrijf bijvoorbeeld 15-03-2027 of eind maart 2027.");
            }
            return read.orElse(null);
        }
    }

    /** The dates, one a line; "voortgangsgesprek 2" names the second line in a message. */
    List<LocalDate> dates(String text, String each) {
        List<String> lines = lines(text);
        List<LocalDate> read = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            LocalDate date = date(lines.get(i), "de datum van " + each + " " + (i + 1));
            if (date != null) {
                read.add(date);
            }
        }
        return read;
    }

    /** The learning form chosen: empty for none, else one of the three values the form offers. */
    @Nullable
    LearningForm learningForm(String chosen, String subject) {
        String trimmed = chosen.strip();
        if (trimmed.isEmpty()) {
            return null;
        }
        for (LearningForm form : LearningForm.values()) {
            if (form.name().equals(trimmed.toUpperCase(Locale.ROOT))) {
                return form;
            }
        }
        problem(capitalized(subject) + " ('" + shorten(trimmed) + "') kent Koers niet: kies "
                + PopLabels.formName(LearningForm.WERKPLEK) + ", " + PopLabels.formName(LearningForm.SOCIAAL) + " of "
                + PopLabels.formName(LearningForm.FORMEEL) + ".");
        return null;
    }

    /**
     * Budget and time as typed, read as the conversation reads them ("€ 450 en 2 dagen per maand"); the agreed
     * resources as they were when the words shown for them were not changed, so that amounts the words do not hold
     * (set through the API) stay.
     */
    @Nullable
    Resources resources(String typed, @Nullable Resources agreed, String subject) {
        String trimmed = typed.strip();
        if (trimmed.isEmpty()) {
            return null;
        }
        if (agreed != null && trimmed.equals(shown(agreed))) {
            return agreed;
        }
        DutchAmounts.Reading reading = DutchAmounts.read(trimmed);
        if (reading.tooLarge()) {
            problem(capitalized(subject) + " noemt een bedrag of een tijd die niet kan kloppen: '" + shorten(trimmed)
                    + "'. Schrijf bijvoorbeeld € 450 en 2 dagen per maand.");
        }
        return reading.resources();
    }

    /** Budget and time as the form shows them: the words they were agreed in, else their amounts in words. */
    static String shown(@Nullable Resources resources) {
        if (resources == null || resources.isEmpty()) {
            return "";
        }
        return resources.text() != null && !resources.text().isBlank() ? resources.text().strip()
                : PopLabels.resources(resources);
    }

    static String capitalized(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static String shorten(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }
}
