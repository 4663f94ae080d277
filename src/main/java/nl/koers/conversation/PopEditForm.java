package nl.koers.conversation;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.util.MultiValueMap;

import nl.koers.dutch.DutchDates;
import nl.koers.pop.Pop;
import nl.koers.web.KoersProblem;
import nl.koers.web.UserText;

/**
 * The POP as the edit page shows it: every field as text, lists one item a line, each goal with its actions one a
 * line. Read back from the submitted form it gives the edited POP, or a Dutch message that says which field is
 * wrong. Goal and action details the page does not show (learning form, resources) stay as they were for an
 * action whose line was not changed.
 */
record PopEditForm(String role, String shortTerm, String longTerm, String talents, String energy, String wishes,
        String organisationWishes, String possibilities, String obstacles, List<GoalRow> goals, String reviews,
        String openPoints) {

    /** Empty goal rows the page offers below the existing goals, to add new ones. */
    static final int NEW_GOALS = 2;

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d-M-yyyy");

    record GoalRow(String description, String measure, String deadline, String actions) {
    }

    static PopEditForm of(Pop pop) {
        List<GoalRow> rows = new ArrayList<>();
        for (Pop.Goal goal : pop.goals()) {
            String deadline = goal.deadline() != null ? goal.deadline().toString() : "";
            rows.add(new GoalRow(goal.description(), text(goal.measure()), deadline,
                    goal.actions().stream().map(Pop.Action::description).collect(Collectors.joining("\n"))));
        }
        for (int i = 0; i < NEW_GOALS; i++) {
            rows.add(new GoalRow("", "", "", ""));
        }
        return new PopEditForm(text(pop.role()), text(pop.ambitions().shortTerm()), text(pop.ambitions().longTerm()),
                String.join("\n", pop.talents()), text(pop.energy()), text(pop.wishes()), text(pop.organisationWishes()),
                text(pop.possibilities()), text(pop.obstacles()), rows,
                pop.reviews().stream().map(DAY::format).collect(Collectors.joining("\n")),
                String.join("\n", pop.openPoints()));
    }

    /**
     * The form as it was sent, cleaned as typed text is ({@link UserText}), so a refused edit can be shown again
     * without losing what was typed.
     */
    static PopEditForm of(MultiValueMap<String, String> sent) {
        Function<String, String> field = name -> UserText.clean(Objects.requireNonNullElse(sent.getFirst(name), ""));
        List<GoalRow> rows = new ArrayList<>();
        for (int i = 0; sent.containsKey("goal" + i + ".description"); i++) {
            String prefix = "goal" + i + ".";
            rows.add(new GoalRow(field.apply(prefix + "description"), field.apply(prefix + "measure"),
                    field.apply(prefix + "deadline"), field.apply(prefix + "actions")));
        }
        return new PopEditForm(field.apply("role"), field.apply("shortTerm"), field.apply("longTerm"),
                field.apply("talents"), field.apply("energy"), field.apply("wishes"),
                field.apply("organisationWishes"), field.apply("possibilities"), field.apply("obstacles"), rows,
                field.apply("reviews"), field.apply("openPoints"));
    }

    /**
     * The edited POP: the current one with this form's fields put in. Throws a bad request with a Dutch message
     * naming the field when a text is too long, a list too long or a date not readable.
     */
    private static boolean taken(List<Pop.Goal> goals, @Nullable String id) {
        return goals.stream().anyMatch(goal -> java.util.Objects.equals(goal.id(), id));
    }

    Pop applyTo(Pop current, DutchDates dates) {
        Map<String, Pop.Action> known = new LinkedHashMap<>();
        current.goals().forEach(goal -> goal.actions().forEach(action -> known.putIfAbsent(action.description(), action)));
        List<Pop.Goal> edited = new ArrayList<>();
        int number = 0;
        for (GoalRow row : goals) {
            if (row.description().isBlank()) {
                continue;
            }
            number++;
            String label = "doel " + number;
            List<Pop.Action> actions = lines(row.actions(), "de acties van " + label).stream()
                    .map(line -> known.getOrDefault(line, new Pop.Action(line, null, null, null)))
                    .toList();
            LocalDate deadline = row.deadline().isBlank() ? null : date(row.deadline(), "de einddatum van " + label, dates);
            int position = number - 1;
            Pop.Goal original = current.goals().stream().filter(goal -> goal.description().equals(row.description().strip()))
                    .findFirst().orElse(position < current.goals().size() ? current.goals().get(position) : null);
            String deadlineText = deadline == null && original != null && original.deadline() == null
                    ? original.deadlineText() : null;
            // place, budget and time, support and own effort are not on the form: they stay as agreed
            edited.add(new Pop.Goal(original == null || taken(edited, original.id()) ? null : original.id(),
                    limited(row.description(), label), optional(row.measure(), "'gelukt als' bij " + label),
                    deadline, deadlineText, original == null ? null : original.place(),
                    original == null ? null : original.resources(), original == null ? null : original.support(),
                    original == null ? null : original.ownEffort(), actions));
        }
        listSize(edited.size(), "doelen");
        List<LocalDate> reviewDates = lines(reviews, "de voortgangsgesprekken").stream()
                .map(line -> date(line, "voortgangsgesprek '" + line + "'", dates)).toList();
        return current.toBuilder().role(optional(role, "de functie"))
                .ambitions(new Pop.Ambitions(optional(shortTerm, "'over een jaar'"),
                        optional(longTerm, "'over drie tot vijf jaar'")))
                .talents(lines(talents, "de talenten")).energy(optional(energy, "'energie van'"))
                .wishes(optional(wishes, "de wensen"))
                .organisationWishes(optional(organisationWishes, "'wat de organisatie vraagt'"))
                .possibilities(optional(possibilities, "de mogelijkheden"))
                .obstacles(optional(obstacles, "'wat (nog) niet kan'")).goals(edited).reviews(reviewDates)
                .openPoints(lines(openPoints, "de open punten")).build();
    }

    private static LocalDate date(String text, String what, DutchDates dates) {
        String trimmed = text.strip();
        try {
            return LocalDate.parse(trimmed);
        } catch (java.time.format.DateTimeParseException notIso) {
            return dates.parse(trimmed).orElseThrow(() -> KoersProblem.badRequest("Koers kan de datum bij " + what
                    + " niet lezen: '" + shorten(trimmed) + "'. Schrijf bijvoorbeeld 15-03-2027 of eind maart 2027."));
        }
    }

    private static List<String> lines(String text, String what) {
        List<String> items = Arrays.stream(text.split("\\R")).map(String::strip).filter(line -> !line.isEmpty()).toList();
        listSize(items.size(), what);
        items.forEach(item -> limited(item, what));
        return items;
    }

    private static void listSize(int size, String what) {
        if (size > Pop.ITEMS) {
            throw KoersProblem.badRequest("Bij " + what + " passen hoogstens " + Pop.ITEMS + " regels; je gaf er " + size + ".");
        }
    }

    private static @Nullable String optional(String text, String what) {
        return text.isBlank() ? null : limited(text, what);
    }

    private static String limited(String text, String what) {
        String trimmed = text.strip();
        if (trimmed.length() > Pop.TEXT) {
            throw KoersProblem.badRequest("De tekst bij " + what + " is te lang: hoogstens " + Pop.TEXT
                    + " tekens, je gaf er " + trimmed.length() + ".");
        }
        return trimmed;
    }

    private static String shorten(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value;
    }
}
