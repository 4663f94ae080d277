package nl.koers.conversation;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.util.MultiValueMap;

import nl.koers.dutch.DutchDates;
import nl.koers.pop.Pop;
import nl.koers.pop.PopNumbering;
import nl.koers.pop.Resources;
import nl.koers.web.UserText;

/**
 * The POP as the edit page shows it: every field as text, lists one item a line, each goal with all it holds (place,
 * budget and time, support, own effort) and its actions as rows of their own (description, learning form, deadline,
 * own budget), with empty rows to add goals and actions. Read back from the submitted form it gives the edited POP
 * and the Dutch messages of what could not be read, each naming the field by the row the person sees.
 *
 * @param goals the goal rows: the POP's goals, then empty ones to add new goals
 */
record PopEditForm(String role, String shortTerm, String longTerm, String talents, String energy, String wishes,
        String organisationWishes, String possibilities, String obstacles, List<GoalRow> goals, String reviews,
        String openPoints) {

    /** Empty goal rows the page offers below the existing goals, to add new ones. */
    static final int NEW_GOALS = 2;

    /** Empty action rows the page offers below a goal's actions, to add new ones. */
    static final int NEW_ACTIONS = 2;

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d-M-yyyy");

    /**
     * One goal as the form shows it.
     *
     * @param id            the goal's stable id; empty for a row that adds a goal
     * @param actions       the action rows: the goal's actions, then empty ones to add new actions
     * @param known         how many of the action rows stand for actions the goal already had
     * @param deadlineWords the words the deadline was agreed in when they name no date: kept while no date is chosen
     */
    record GoalRow(String id, String description, String measure, String deadline, String place, String resources,
            String support, String ownEffort, List<ActionRow> actions, int known, String deadlineWords) {

        public boolean isNew() {
            return id.isEmpty();
        }

        /** Something was typed in a row that adds an action: the page shows those rows open. */
        public boolean addsActions() {
            return actions.stream().skip(known).anyMatch(action -> !action.isBlank());
        }

        private boolean isBlank() {
            return description.isBlank() && measure.isBlank() && deadline.isBlank() && place.isBlank()
                    && resources.isBlank() && support.isBlank() && ownEffort.isBlank()
                    && actions.stream().allMatch(ActionRow::isBlank);
        }
    }

    /** One action as the form shows it; {@code learningForm} is the enum's name, empty for none. */
    record ActionRow(String description, String learningForm, String deadline, String resources) {

        static final ActionRow EMPTY = new ActionRow("", "", "", "");

        boolean isBlank() {
            return description.isBlank() && learningForm.isBlank() && deadline.isBlank() && resources.isBlank();
        }
    }

    /**
     * The form read: the edited POP (a value that could not be read left out), how its goals and actions are
     * numbered on the form, and the Dutch messages of what could not be read.
     */
    record Edit(Pop pop, PopNumbering numbering, List<String> problems) {
    }

    static PopEditForm of(Pop pop) {
        List<GoalRow> rows = new ArrayList<>();
        for (Pop.Goal goal : pop.goals()) {
            List<ActionRow> actions = new ArrayList<>();
            for (Pop.Action action : goal.actions()) {
                actions.add(new ActionRow(action.description(),
                        action.learningForm() == null ? "" : action.learningForm().name(), iso(action.deadline()),
                        PopEditValues.shown(action.resources())));
            }
            int known = actions.size();
            for (int i = 0; i < NEW_ACTIONS; i++) {
                actions.add(ActionRow.EMPTY);
            }
            rows.add(new GoalRow(text(goal.id()), goal.description(), text(goal.measure()), iso(goal.deadline()),
                    text(goal.place()), PopEditValues.shown(goal.resources()), text(goal.support()),
                    text(goal.ownEffort()), actions, known, deadlineWords(goal)));
        }
        for (int i = 0; i < NEW_GOALS; i++) {
            rows.add(new GoalRow("", "", "", "", "", "", "", "", List.of(ActionRow.EMPTY, ActionRow.EMPTY), 0, ""));
        }
        return new PopEditForm(text(pop.role()), text(pop.ambitions().shortTerm()), text(pop.ambitions().longTerm()),
                String.join("\n", pop.talents()), text(pop.energy()), text(pop.wishes()), text(pop.organisationWishes()),
                text(pop.possibilities()), text(pop.obstacles()), rows,
                pop.reviews().stream().map(DAY::format).collect(Collectors.joining("\n")),
                String.join("\n", pop.openPoints()));
    }

    /**
     * The form as it was sent, cleaned as typed text is ({@link UserText}), so that a refused edit can be shown again
     * without losing what was typed. A field that was not sent counts as empty; a goal id the POP does not know, or
     * one sent twice, makes that row a new goal.
     */
    static PopEditForm of(MultiValueMap<String, String> sent, Pop current) {
        Function<String, String> field = name -> Objects.requireNonNull(
                UserText.clean(Objects.requireNonNullElse(sent.getFirst(name), "")));
        Set<String> used = new HashSet<>();
        List<GoalRow> rows = new ArrayList<>();
        for (int g = 0; sent.containsKey("goal" + g + ".description"); g++) {
            String prefix = "goal" + g + ".";
            String id = field.apply(prefix + "id").strip();
            Pop.Goal original = id.isEmpty() || !used.add(id) ? null : current.goal(id).orElse(null);
            List<ActionRow> actions = new ArrayList<>();
            for (int a = 0; sent.containsKey(prefix + "action" + a + ".description"); a++) {
                String action = prefix + "action" + a + ".";
                actions.add(new ActionRow(field.apply(action + "description"), field.apply(action + "learningForm"),
                        field.apply(action + "deadline"), field.apply(action + "resources")));
            }
            rows.add(new GoalRow(original == null ? "" : id, field.apply(prefix + "description"),
                    field.apply(prefix + "measure"), field.apply(prefix + "deadline"), field.apply(prefix + "place"),
                    field.apply(prefix + "resources"), field.apply(prefix + "support"), field.apply(prefix + "ownEffort"),
                    actions, original == null ? 0 : Math.min(original.actions().size(), actions.size()),
                    original == null ? "" : deadlineWords(original)));
        }
        return new PopEditForm(field.apply("role"), field.apply("shortTerm"), field.apply("longTerm"),
                field.apply("talents"), field.apply("energy"), field.apply("wishes"),
                field.apply("organisationWishes"), field.apply("possibilities"), field.apply("obstacles"), rows,
                field.apply("reviews"), field.apply("openPoints"));
    }

    /**
     * The edited POP: the current one with this form's fields put in. A goal or action whose description was emptied
     * is removed; an action's budget whose words were not changed stays as agreed. The direction, the funding and the
     * names are not on the form and stay as they were.
     */
    Edit read(Pop current, DutchDates dates) {
        PopEditValues values = new PopEditValues(dates);
        List<Pop.Goal> edited = new ArrayList<>();
        List<Integer> goalNumbers = new ArrayList<>();
        List<List<Integer>> actionNumbers = new ArrayList<>();
        for (int g = 0; g < goals.size(); g++) {
            GoalRow row = goals.get(g);
            String goal = "doel " + (g + 1);
            if (row.description().isBlank()) {
                if (row.isNew() && !row.isBlank()) {
                    values.problem("Bij " + goal + " (nieuw) ontbreekt de omschrijving. Schrijf wat je wilt bereiken, of"
                            + " maak de andere velden van dit doel leeg.");
                }
                continue;
            }
            Pop.Goal original = row.isNew() ? null : current.goal(row.id()).orElse(null);
            LocalDate deadline = values.date(row.deadline(), "de einddatum van " + goal);
            String deadlineText = deadline == null && row.deadline().isBlank() && original != null
                    && original.deadline() == null ? original.deadlineText() : null;
            Resources resources = values.resources(row.resources(), original == null ? null : original.resources(),
                    "het budget van " + goal);
            List<Pop.Action> actions = new ArrayList<>();
            List<Integer> numbers = new ArrayList<>();
            for (int a = 0; a < row.actions().size(); a++) {
                ActionRow typed = row.actions().get(a);
                String action = "actie " + (a + 1) + " bij " + goal;
                if (typed.description().isBlank()) {
                    if (a >= row.known() && !typed.isBlank()) {
                        values.problem("Bij " + action + " (nieuw) ontbreekt de omschrijving. Schrijf wat je gaat doen,"
                                + " of maak de andere velden van deze actie leeg.");
                    }
                    continue;
                }
                Pop.Action was = original != null && a < row.known() ? original.actions().get(a) : null;
                actions.add(new Pop.Action(typed.description().strip(),
                        values.learningForm(typed.learningForm(), "de leervorm van " + action),
                        values.date(typed.deadline(), "de einddatum van " + action),
                        values.resources(typed.resources(), was == null ? null : was.resources(),
                                "het budget van " + action)));
                numbers.add(a + 1);
            }
            edited.add(new Pop.Goal(original == null ? null : original.id(), row.description().strip(),
                    PopEditValues.optional(row.measure()), deadline, deadlineText, PopEditValues.optional(row.place()),
                    resources, PopEditValues.optional(row.support()), PopEditValues.optional(row.ownEffort()), actions));
            goalNumbers.add(g + 1);
            actionNumbers.add(numbers);
        }
        List<LocalDate> reviewDates = values.dates(reviews, "voortgangsgesprek");
        Pop pop = current.toBuilder().role(PopEditValues.optional(role))
                .ambitions(new Pop.Ambitions(PopEditValues.optional(shortTerm), PopEditValues.optional(longTerm)))
                .talents(PopEditValues.lines(talents)).energy(PopEditValues.optional(energy))
                .wishes(PopEditValues.optional(wishes))
                .organisationWishes(PopEditValues.optional(organisationWishes))
                .possibilities(PopEditValues.optional(possibilities)).obstacles(PopEditValues.optional(obstacles))
                .goals(edited).reviews(reviewDates).openPoints(PopEditValues.lines(openPoints)).build();
        return new Edit(pop, new PopNumbering(goalNumbers, actionNumbers), values.problems());
    }

    /** The words of a deadline that names no date ("na de reorganisatie"), else empty. */
    private static String deadlineWords(Pop.Goal goal) {
        return goal.deadline() == null && goal.deadlineText() != null ? goal.deadlineText() : "";
    }

    /** A date as a date field holds it: 2027-03-31. */
    private static String iso(@Nullable LocalDate date) {
        return date == null ? "" : date.toString();
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value;
    }
}
