package nl.koers.dialogue;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import nl.koers.pop.Pop;


/**
 * Where a guided conversation stands, stored as JSON with the conversation so that any Koers instance can
 * take the next turn.
 *
 * @param at         the question being asked
 * @param pending    a clarifying question asked instead of the next question, if any
 * @param history    the positions answered or skipped, newest last, for 'terug'
 * @param clarified  positions whose answer was already asked about once
 * @param smartAsked goals whose SMART follow-up was asked
 * @param hintGiven  whether the 70-20-10 hint was given
 * @param tips       knowledge articles (or, in older states, chunks) already given as a tip
 * @param moments    the coaching moments already used, each once per conversation: the signals followed up
 *                   ("signaal:vertrekken"), the summary before the agreements, the tip of each phase ("tip:VOORSTELLEN")
 * @param known      in a one-on-one that starts from a preparation: the questions it answered
 *                   ({@link KnownAnswers#key}), asked as "Sanne schreef …, klopt dat?" until they are answered here
 */
public record DialogueState(Position at, @Nullable Pending pending, List<Position> history, Set<String> clarified,
        Set<Integer> smartAsked, boolean hintGiven, Set<String> tips, Set<String> moments, Set<String> known) {

    public DialogueState {
        moments = moments == null ? Set.of() : Set.copyOf(moments); // states stored before moments existed
        known = known == null ? Set.of() : Set.copyOf(known);
    }

    /** A question in the agenda: phase, index in the phase, and the goal it is about (for goal questions). */
    public record Position(Phase phase, int index, int goal) {

        String key() {
            return phase + ":" + index + ":" + goal;
        }
    }

    /**
     * A question in between: the learning form of an action, the SMART follow-up of a goal, a follow-up on what was
     * said ({@code signal} names it), or the summary before the agreements.
     */
    public record Pending(PendingKind kind, int goal, int action, @Nullable String signal) {

        public Pending(PendingKind kind, int goal, int action) {
            this(kind, goal, action, null);
        }
    }

    public enum PendingKind {
        LEARNING_FORM, SMART, FOLLOW_UP, SUMMARY, EXTRA_ACTION
    }

    public static DialogueState start() {
        return new DialogueState(new Position(Phase.INVENTARISATIE, 0, 0), null, List.of(), Set.of(), Set.of(), false,
                Set.of(), Set.of(), Set.of());
    }

    /** The start of a one-on-one whose POP a preparation already filled: those answers are confirmed, not asked. */
    public static DialogueState startKnowing(Set<String> known) {
        return new DialogueState(new Position(Phase.INVENTARISATIE, 0, 0), null, List.of(), Set.of(), Set.of(), false,
                Set.of(), Set.of(), known);
    }

    /**
     * Whether the question at {@code position} is one the preparation answered, this conversation has not, and the
     * POP still holds an answer to.
     */
    boolean confirming(Position position, PopField field, Pop pop) {
        return known.contains(KnownAnswers.key(field, position.goal())) && !history.contains(position)
                && KnownAnswers.shown(pop, field, position.goal()) != null;
    }

    /** Forgets the prepared answers of the goals from {@code goal} on: they left the plan. */
    DialogueState forgetGoalsFrom(int goal) {
        Set<String> fewer = new LinkedHashSet<>();
        for (String key : known) {
            int hash = key.indexOf('#');
            if (hash < 0 || Integer.parseInt(key.substring(hash + 1)) < goal) {
                fewer.add(key);
            }
        }
        return new DialogueState(at, pending, history, clarified, smartAsked, hintGiven, tips, moments, fewer);
    }

    DialogueState forget(String knownKey) {
        Set<String> fewer = new LinkedHashSet<>(known);
        fewer.remove(knownKey);
        return new DialogueState(at, pending, history, clarified, smartAsked, hintGiven, tips, moments, fewer);
    }

    DialogueState at(Position position) {
        return new DialogueState(position, null, history, clarified, smartAsked, hintGiven, tips, moments, known);
    }

    DialogueState pending(@Nullable Pending next) {
        return new DialogueState(at, next, history, clarified, smartAsked, hintGiven, tips, moments, known);
    }

    DialogueState remember(Position answered) {
        List<Position> more = new ArrayList<>(history);
        more.add(answered);
        return new DialogueState(at, pending, List.copyOf(more), clarified, smartAsked, hintGiven, tips, moments, known);
    }

    DialogueState forgetLast() {
        return new DialogueState(at, pending, history.subList(0, history.size() - 1), clarified, smartAsked, hintGiven,
                tips, moments, known);
    }

    DialogueState clarifiedAt(Position position) {
        return clarifiedAt(position.key());
    }

    DialogueState clarifiedAt(String key) {
        return new DialogueState(at, pending, history, plus(clarified, key), smartAsked, hintGiven, tips, moments, known);
    }

    DialogueState smartAskedFor(int goal) {
        return new DialogueState(at, pending, history, clarified, plus(smartAsked, goal), hintGiven, tips, moments, known);
    }

    DialogueState withHint() {
        return new DialogueState(at, pending, history, clarified, smartAsked, true, tips, moments, known);
    }

    DialogueState withTip(String tip) {
        return new DialogueState(at, pending, history, clarified, smartAsked, hintGiven, plus(tips, tip), moments, known);
    }

    DialogueState withMoment(String moment) {
        return new DialogueState(at, pending, history, clarified, smartAsked, hintGiven, tips, plus(moments, moment), known);
    }

    private static <T> Set<T> plus(Set<T> set, T item) {
        Set<T> more = new LinkedHashSet<>(set);
        more.add(item);
        return Set.copyOf(more);
    }
}
