package nl.koers.dialogue;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;

import nl.koers.dialogue.PopDraft.ActionDraft;
import nl.koers.dialogue.PopDraft.GoalDraft;
import nl.koers.dutch.DutchDates;
import nl.koers.dutch.DutchPhrases;
import nl.koers.dutch.YesNo;
import nl.koers.pop.Pop;
import nl.koers.pop.Resources;

/**
 * Puts a typed answer into the POP draft, where the field asks for it. An answer that does not fit is asked about once;
 * the second time it is kept as it was said and added to the open points, so nothing a person says is dropped.
 */
final class SlotFilling {

    /** What became of an answer. */
    enum Outcome {
        /** Stored; go on. */
        ACCEPTED,
        /** Not understood; ask once more with the text of this key. */
        CLARIFY,
        /** Not understood twice; kept as said. */
        KEPT
    }

    /** The outcome; {@code note} is a line for the reply ("Genoteerd: …"), or the key of the clarifying question. */
    record Result(Outcome outcome, @Nullable String note, boolean moreGoals) {

        static Result accepted(@Nullable String note) {
            return new Result(Outcome.ACCEPTED, note, false);
        }

        static Result clarify(String key) {
            return new Result(Outcome.CLARIFY, key, false);
        }

        static Result kept(String said) {
            return new Result(Outcome.KEPT, said, false);
        }
    }

    private final PopDraft pop;
    private final int goalIndex;
    private final boolean clarifiedBefore;

    SlotFilling(PopDraft pop, int goalIndex, boolean clarifiedBefore) {
        this.pop = pop;
        this.goalIndex = goalIndex;
        this.clarifiedBefore = clarifiedBefore;
    }

    Result fill(PopField field, Answer answer) {
        String text = answer instanceof Answer.Text tidy ? tidy.value() : answer.said();
        GoalDraft goal = pop.goal(goalIndex);
        return switch (field) {
            case ROL -> set(() -> pop.role = text);
            case ENERGIE -> set(() -> pop.energy = text);
            case TALENTEN -> set(() -> pop.talents = new ArrayList<>(answer instanceof Answer.Items items ? items.items()
                    : List.of(text)));
            case AMBITIE_KORT -> set(() -> pop.shortTerm = text);
            case AMBITIE_LANG -> set(() -> pop.longTerm = text);
            case WENSEN -> set(() -> pop.wishes = text);
            case ORGANISATIE -> set(() -> pop.organisationWishes = text);
            case MOGELIJKHEDEN -> set(() -> pop.possibilities = text);
            case BELEMMERINGEN -> set(() -> pop.obstacles = text);
            case OPEN_PUNTEN -> set(() -> {
                if (!(answer instanceof Answer.Nothing)) {
                    pop.addOpenPoint(text);
                }
            });
            case RICHTING_DIEPTE -> direction(answer, "Richting (verdiepen of verbreden)",
                    value -> pop.depth = Pop.Depth.valueOf(value));
            case RICHTING_PLEK -> direction(answer, "Richting (binnen de functie of elders)",
                    value -> pop.scope = Pop.Scope.valueOf(value));
            case DOEL_BESCHRIJVING -> set(() -> {
                if (goal == null) {
                    pop.goals.add(new GoalDraft(text));
                } else {
                    goal.description = text;
                }
            });
            case DOEL_MAATSTAF -> measure(requireGoal(goal), answer);
            case DOEL_DEADLINE -> deadline(requireGoal(goal), answer);
            case DOEL_ACTIES -> actions(requireGoal(goal), answer);
            case DOEL_PLAATS -> set(() -> requireGoal(goal).place = text);
            case DOEL_ONDERSTEUNING -> set(() -> requireGoal(goal).support = text);
            case DOEL_EIGEN_INZET -> set(() -> requireGoal(goal).ownEffort = text);
            case DOEL_MIDDELEN -> resources(goal, answer);
            case DOEL_NOG_EEN -> moreGoals(answer);
            case VOORTGANG -> reviews(answer);
        };
    }

    /** The SMART follow-up: whatever of measure and deadline the goal still lacks. */
    @Nullable String completeGoal(GoalDraft goal, Answer answer) {
        String said = answer.said();
        boolean needsMeasure = goal.measure == null || goal.measure.isBlank();
        String noted = null;
        if (goal.deadline == null) {
            if (answer instanceof Answer.Date date) {
                goal.deadline = date.date();
                noted = "Genoteerd: " + Wording.date(date.date()) + ".";
            } else if (!needsMeasure) {
                goal.deadlineText = said;
                pop.addOpenPoint("Datum voor '" + goal.description + "' nog bepalen: " + said);
            }
        }
        boolean onlyADate = answer instanceof Answer.Date && said.split("\\s+").length <= 4; // "eind maart" measures nothing
        if (needsMeasure && !onlyADate && !(answer instanceof Answer.DontKnow)) {
            goal.measure = said;
        }
        return noted;
    }

    /** The measure; a date in it ("drie orders zonder hulp, voor 1 april") is the deadline too, said back. */
    private static Result measure(GoalDraft goal, Answer answer) {
        goal.measure = answer.said();
        if (answer instanceof Answer.Date date) {
            goal.deadline = date.date();
            goal.deadlineText = null;
            return Result.accepted("Genoteerd, met als datum " + Wording.date(date.date()) + ".");
        }
        return Result.accepted(null);
    }

    private Result deadline(GoalDraft goal, Answer answer) {
        if (answer instanceof Answer.Date date) {
            goal.deadline = date.date();
            goal.deadlineText = null;
            return Result.accepted("Genoteerd: " + Wording.date(date.date()) + ".");
        }
        if (!clarifiedBefore) {
            return Result.clarify("verduidelijk.datum");
        }
        goal.deadlineText = answer.said();
        pop.addOpenPoint("Datum voor '" + goal.description + "' nog bepalen: " + answer.said());
        return Result.kept(answer.said());
    }

    private Result actions(GoalDraft goal, Answer answer) {
        goal.actions.clear();
        List<Answer.Action> read = answer instanceof Answer.Actions actions ? actions.actions()
                : List.of(new Answer.Action(answer.said(), null, null));
        for (Answer.Action action : withinLimit(read)) {
            goal.actions.add(new ActionDraft(action.description(), action.form(), action.deadline()));
        }
        List<String> noted = goal.actions.stream()
                .map(action -> Wording.inline(lower(action.description)) + " (" + Wording.form(action.learningForm) + ")")
                .toList();
        return Result.accepted("Genoteerd: " + Wording.list(noted) + ".");
    }

    /** At most as many actions as a POP goal takes: the last one allowed holds the rest of the list. */
    private static List<Answer.Action> withinLimit(List<Answer.Action> actions) {
        if (actions.size() <= Pop.ITEMS) {
            return actions;
        }
        List<Answer.Action> kept = new ArrayList<>(actions.subList(0, Pop.ITEMS - 1));
        kept.add(new Answer.Action(String.join("; ", actions.subList(Pop.ITEMS - 1, actions.size()).stream()
                .map(Answer.Action::description).toList()), null, null));
        return kept;
    }

    private Result resources(@Nullable GoalDraft goal, Answer answer) {
        String said = answer.said();
        boolean understood = answer instanceof Answer.Amounts || answer instanceof Answer.Nothing;
        if (!understood && !clarifiedBefore) {
            return Result.clarify("verduidelijk.middelen");
        }
        Resources resources = answer instanceof Answer.Amounts amounts ? amounts.resources()
                : Resources.of(null, null, said);
        Optional<ActionDraft> alone = understood ? ownAction(requireGoal(goal), said) : Optional.empty();
        if (alone.isPresent()) {
            alone.get().resources = resources;
        } else {
            requireGoal(goal).resources = resources;
        }
        if (!understood) { // the reply says it goes to the open points: so it does
            pop.addOpenPoint("Budget en tijd voor '" + goal.description + "' nog bepalen: " + said);
        }
        if (!understood) {
            return Result.kept(said);
        }
        String noted = Wording.inline(Wording.resources(resources));
        return Result.accepted(answer instanceof Answer.Nothing || noted.isBlank() ? null : "Genoteerd: " + noted + ".");
    }

    /** "Voor de" or "van de" and the words after it, which may name the action an amount is for. */
    private static final Pattern FOR_WHAT = Pattern.compile("(?:voor|van)\\s++(?:de|het|een|die|dat)?\\s*+(\\p{L}[\\p{L}-]{3,})");

    /**
     * The one action an amount is for, when the answer says so: "€ 800 voor de cursus WMS" with one action that is
     * that course. With no such words, or words that fit more than one action, the amount belongs to the goal.
     */
    private static Optional<ActionDraft> ownAction(GoalDraft goal, String said) {
        if (goal.actions.size() < 2 || said.length() > Pop.TEXT) {
            return Optional.empty();
        }
        Matcher named = FOR_WHAT.matcher(said.toLowerCase(Locale.ROOT));
        List<ActionDraft> fitting = new ArrayList<>();
        while (named.find()) {
            String word = named.group(1);
            goal.actions.stream().filter(action -> action.description.toLowerCase(Locale.ROOT).contains(word))
                    .filter(action -> !fitting.contains(action)).forEach(fitting::add);
        }
        return fitting.size() == 1 ? Optional.of(fitting.getFirst()) : Optional.empty();
    }

    private Result moreGoals(Answer answer) {
        if (!(answer instanceof Answer.YesNo) && !clarifiedBefore) {
            return Result.clarify("verduidelijk.janee");
        }
        boolean more = answer instanceof Answer.YesNo yesNo && yesNo.yes()
                && goalIndex + 1 < Pop.ITEMS; // a POP takes no more goals
        if (!more) {
            while (pop.goals.size() > goalIndex + 1) {
                pop.goals.removeLast();
            }
            return new Result(Outcome.ACCEPTED, null, false);
        }
        Optional<String> named = YesNo.content(answer.said()).map(DutchPhrases::goalDescription);
        if (named.isEmpty()) {
            return new Result(Outcome.ACCEPTED, null, true);
        }
        GoalDraft next = pop.goal(goalIndex + 1);
        if (next == null) {
            pop.goals.add(new GoalDraft(named.get()));
        } else {
            next.description = named.get();
        }
        return new Result(Outcome.ACCEPTED, "Genoteerd als volgend doel: " + Wording.inline(named.get()) + ".", true);
    }

    private Result reviews(Answer answer) {
        if (answer instanceof Answer.Dates dates) {
            List<LocalDate> reviews = new ArrayList<>(dates.dates());
            if (dates.every() != null && !reviews.isEmpty()) {
                untilTheLastDeadline(reviews, dates.every());
            }
            pop.reviews = reviews;
            String noted = dates.every() == null || reviews.size() < 3 ? Wording.dates(reviews)
                    : reviews.size() + " gesprekken, van " + Wording.date(reviews.getFirst()) + " tot en met "
                            + Wording.date(reviews.getLast());
            return Result.accepted("Genoteerd: " + noted + ".");
        }
        if (answer instanceof Answer.Nothing) {
            return Result.accepted(null);
        }
        if (!clarifiedBefore) {
            return Result.clarify("verduidelijk.datums");
        }
        pop.addOpenPoint("Voortgangsgesprek plannen: " + answer.said());
        return Result.kept(answer.said());
    }

    /**
     * A rhythm ("elk kwartaal") was read for the coming year; when a goal's deadline lies further, the reviews go on
     * in the same rhythm up to it, so the last goal is looked at too.
     */
    private void untilTheLastDeadline(List<LocalDate> reviews, Period every) {
        LocalDate last = pop.goals.stream().map(goal -> goal.deadline).filter(Objects::nonNull)
                .max(Comparator.naturalOrder()).orElse(null);
        LocalDate next = reviews.getLast().plus(every);
        while (last != null && !next.isAfter(last) && reviews.size() < Pop.ITEMS) {
            reviews.add(DutchDates.workday(next));
            next = next.plus(every);
        }
    }

    private Result direction(Answer answer, String label, Consumer<String> choose) {
        pop.directionNote = PopDraft.appended(pop.directionNote, answer.said());
        if (answer instanceof Answer.Choice choice) {
            choose.accept(choice.value());
            return Result.accepted(null);
        }
        if (!clarifiedBefore) {
            return Result.clarify("verduidelijk.keuze");
        }
        pop.addOpenPoint(label + ": " + answer.said());
        return Result.kept(answer.said());
    }

    private static Result set(Runnable store) {
        store.run();
        return Result.accepted(null);
    }

    private static GoalDraft requireGoal(@Nullable GoalDraft goal) {
        if (goal == null) {
            throw new IllegalStateException("goal question without a goal");
        }
        return goal;
    }

    private static String lower(String text) {
        return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }
}
