package nl.koers.dialogue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import nl.koers.pop.LearningForm;
import nl.koers.pop.Resources;
import nl.koers.pop.Pop;

/** A POP being filled in during one turn: mutable, so the dialogue can set one field at a time. */
final class PopDraft {

    final Pop base;
    @Nullable String role;
    @Nullable String energy;
    List<String> talents;
    @Nullable String shortTerm;
    @Nullable String longTerm;
    @Nullable String wishes;
    @Nullable String organisationWishes;
    Pop.@Nullable Depth depth;
    Pop.@Nullable Scope scope;
    @Nullable String directionNote;
    @Nullable String possibilities;
    @Nullable String obstacles;
    final List<GoalDraft> goals = new ArrayList<>();
    List<LocalDate> reviews;
    List<String> funding;
    final List<String> openPoints;
    final Map<String, String> attribution;

    static final class GoalDraft {
        @Nullable String id;
        String description;
        @Nullable String measure;
        @Nullable LocalDate deadline;
        @Nullable String deadlineText;
        @Nullable String place;
        @Nullable Resources resources;
        @Nullable String support;
        @Nullable String ownEffort;
        final List<ActionDraft> actions = new ArrayList<>();

        GoalDraft(String description) {
            this.description = description;
        }

        /** A copy of the goal as it is now, with copies of its actions. */
        GoalDraft copy() {
            GoalDraft copy = new GoalDraft(description);
            copy.id = id;
            copy.measure = measure;
            copy.deadline = deadline;
            copy.deadlineText = deadlineText;
            copy.place = place;
            copy.resources = resources;
            copy.support = support;
            copy.ownEffort = ownEffort;
            for (ActionDraft action : actions) {
                ActionDraft kept = new ActionDraft(action.description, action.learningForm, action.deadline);
                kept.resources = action.resources;
                copy.actions.add(kept);
            }
            return copy;
        }
    }

    static final class ActionDraft {
        String description;
        @Nullable LearningForm learningForm;
        @Nullable LocalDate deadline;
        @Nullable Resources resources;

        ActionDraft(String description, @Nullable LearningForm learningForm, @Nullable LocalDate deadline) {
            this.description = description;
            this.learningForm = learningForm;
            this.deadline = deadline;
        }
    }

    PopDraft(Pop pop) {
        this.base = pop;
        role = pop.role();
        energy = pop.energy();
        talents = new ArrayList<>(pop.talents());
        shortTerm = pop.ambitions().shortTerm();
        longTerm = pop.ambitions().longTerm();
        wishes = pop.wishes();
        organisationWishes = pop.organisationWishes();
        depth = pop.direction().depth();
        scope = pop.direction().scope();
        directionNote = pop.direction().note();
        possibilities = pop.possibilities();
        obstacles = pop.obstacles();
        for (Pop.Goal goal : pop.goals()) {
            GoalDraft draft = new GoalDraft(goal.description());
            draft.id = goal.id();
            draft.measure = goal.measure();
            draft.deadline = goal.deadline();
            draft.deadlineText = goal.deadlineText();
            draft.place = goal.place();
            draft.resources = goal.resources();
            draft.support = goal.support();
            draft.ownEffort = goal.ownEffort();
            for (Pop.Action action : goal.actions()) {
                ActionDraft a = new ActionDraft(action.description(), action.learningForm(), action.deadline());
                a.resources = action.resources();
                draft.actions.add(a);
            }
            goals.add(draft);
        }
        reviews = new ArrayList<>(pop.reviews());
        funding = new ArrayList<>(pop.funding());
        openPoints = new ArrayList<>(pop.openPoints());
        attribution = new LinkedHashMap<>(pop.attribution());
    }

    /** The goal a goal question is about, created when its description arrives. */
    @Nullable GoalDraft goal(int index) {
        return index < goals.size() ? goals.get(index) : null;
    }

    /** Whether a text field of the first two phases holds an answer. */
    boolean has(PopField field) {
        String text = text(field);
        return text != null && !text.isBlank();
    }

    /** A text field of the first two phases; null for any other field. */
    @Nullable String text(PopField field) {
        return switch (field) {
            case ROL -> role;
            case ENERGIE -> energy;
            case AMBITIE_KORT -> shortTerm;
            case AMBITIE_LANG -> longTerm;
            case WENSEN -> wishes;
            case ORGANISATIE -> organisationWishes;
            case MOGELIJKHEDEN -> possibilities;
            case BELEMMERINGEN -> obstacles;
            default -> null;
        };
    }

    /** Sets a text field of the first two phases. */
    void set(PopField field, String text) {
        switch (field) {
            case ROL -> role = text;
            case ENERGIE -> energy = text;
            case AMBITIE_KORT -> shortTerm = text;
            case AMBITIE_LANG -> longTerm = text;
            case WENSEN -> wishes = text;
            case ORGANISATIE -> organisationWishes = text;
            case MOGELIJKHEDEN -> possibilities = text;
            case BELEMMERINGEN -> obstacles = text;
            default -> throw new IllegalArgumentException("no text of the first two phases: " + field);
        }
    }

    /** Empties a text field of the first two phases. */
    void clear(PopField field) {
        switch (field) {
            case ROL -> role = null;
            case ENERGIE -> energy = null;
            case AMBITIE_KORT -> shortTerm = null;
            case AMBITIE_LANG -> longTerm = null;
            case WENSEN -> wishes = null;
            case ORGANISATIE -> organisationWishes = null;
            case MOGELIJKHEDEN -> possibilities = null;
            case BELEMMERINGEN -> obstacles = null;
            default -> throw new IllegalArgumentException("no text of the first two phases: " + field);
        }
    }

    /** Adds words to a text field of the first two phases, after what it holds: the answer to a follow-up. */
    void append(PopField field, String text) {
        set(field, appended(text(field), text));
    }

    void addOpenPoint(String point) {
        if (!openPoints.contains(point)) {
            openPoints.add(point);
        }
    }

    /**
     * In a one-on-one, records who answered: the POP field (with the goal's index) and the name of the speaker, or
     * of the person addressed when nobody said whose answer it was.
     */
    void attribute(Participants who, Question question, int goalIndex) {
        if (!who.together() || question.field().popPath() == null) {
            return;
        }
        String person = who.speaker() != null ? who.speaker() : question.toManager() ? who.manager() : who.employee();
        if (person != null) {
            attribution.put(question.field().popPath().replaceFirst("goals\\[]", "goals[" + goalIndex + "]"), person);
        }
    }

    /** Records who answered, whatever the speaker: the preparation's words confirmed are the employee's. */
    void attributeTo(Question question, int goalIndex, String person) {
        if (question.field().popPath() != null) {
            attribution.put(question.field().popPath().replaceFirst("goals\\[]", "goals[" + goalIndex + "]"), person);
        }
    }

    /** An addition to a prepared answer: the employee's words, and who added to them (when that was someone else). */
    void attributeAddition(Participants who, Question question, int goalIndex) {
        String speaker = who.speaker() != null ? who.speaker() : who.manager();
        attributeTo(question, goalIndex, speaker == null || speaker.equals(who.employee()) ? who.employee()
                : who.employee() + ", aangevuld door " + speaker);
    }

    /** When the plan is done: an action without its own date takes the date of its goal. */
    void inheritDeadlines() {
        for (GoalDraft goal : goals) {
            for (ActionDraft action : goal.actions) {
                if (action.deadline == null) {
                    action.deadline = goal.deadline;
                }
            }
        }
    }

    /**
     * The POP as the PUT of it accepts it back: every text within {@link Pop#TEXT} characters and every list within
     * {@link Pop#ITEMS} entries. The dialogue's own texts (open points quote a goal and the answer) can grow past
     * that; what is cut stays whole in the messages.
     */
    Pop toPop() {
        List<Pop.Goal> goalList = goals.stream().limit(Pop.ITEMS).map(goal -> new Pop.Goal(goal.id, fit(goal.description),
                fit(goal.measure), goal.deadline, fit(goal.deadlineText), fit(goal.place), goal.resources,
                fit(goal.support), fit(goal.ownEffort), goal.actions.stream().limit(Pop.ITEMS)
                        .map(a -> new Pop.Action(fit(a.description), a.learningForm, a.deadline, a.resources)).toList()))
                .toList();
        return Pop.builder(base.employee(), base.manager(), base.date()).role(fit(role))
                .ambitions(new Pop.Ambitions(fit(shortTerm), fit(longTerm))).talents(fitList(talents))
                .energy(fit(energy)).wishes(fit(wishes)).organisationWishes(fit(organisationWishes))
                .direction(new Pop.Direction(depth, scope, fit(directionNote))).possibilities(fit(possibilities))
                .obstacles(fit(obstacles)).goals(goalList)
                .reviews(reviews.stream().distinct().sorted().limit(Pop.ITEMS).toList()).funding(fitList(funding))
                .openPoints(fitList(openPoints)).attribution(Map.copyOf(attribution)).progress(base.progress()).build();
    }

    /** A text cut to what a POP field takes, after a word where it can, with "…" where it was cut. */
    static @Nullable String fit(@Nullable String text) {
        if (text == null || text.length() <= Pop.TEXT) {
            return text;
        }
        int cut = text.lastIndexOf(' ', Pop.TEXT - 1);
        if (cut < Pop.TEXT / 2) {
            cut = Character.isHighSurrogate(text.charAt(Pop.TEXT - 2)) ? Pop.TEXT - 2 : Pop.TEXT - 1;
        }
        return text.substring(0, cut).stripTrailing() + "…";
    }

    /**
     * A note with one more answer added ("verbreden / toch verdiepen"). When that grows past what the field takes, the
     * oldest words give way: the newest answer is what the note is about, and every answer stays in the messages.
     */
    static String appended(@Nullable String note, String text) {
        return newest(note == null || note.isBlank() ? text : note + " / " + text);
    }

    /** The end of a text, as much as a POP field takes, from the start of a word where it can. */
    private static String newest(String joined) {
        if (joined.length() <= Pop.TEXT) {
            return joined;
        }
        int from = joined.length() - (Pop.TEXT - 2);
        int space = joined.indexOf(' ', from);
        if (space >= 0 && space - from < Pop.TEXT / 2) {
            from = space + 1;
        } else if (Character.isLowSurrogate(joined.charAt(from))) {
            from++;
        }
        return "… " + joined.substring(from);
    }

    /** A list within what the POP takes: entries beyond the last one allowed are added to that one. */
    private static List<String> fitList(List<String> items) {
        if (items.size() <= Pop.ITEMS) {
            return items.stream().map(PopDraft::fit).toList();
        }
        List<String> fitted = new ArrayList<>(items.subList(0, Pop.ITEMS - 1).stream().map(PopDraft::fit).toList());
        fitted.add(newest(String.join(" / ", items.subList(Pop.ITEMS - 1, items.size()))));
        return List.copyOf(fitted);
    }
}
