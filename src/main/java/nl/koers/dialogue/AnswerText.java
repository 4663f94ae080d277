package nl.koers.dialogue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

import nl.koers.dutch.ActionSplitter;
import nl.koers.dutch.DutchAmounts;
import nl.koers.dutch.DutchDates;
import nl.koers.pop.LearningForm;
import nl.koers.dutch.LearningForms;
import nl.koers.pop.Resources;
import nl.koers.dutch.YesNo;
import nl.koers.pop.Pop;

/**
 * One answer and what the guided dialogue reads from it: lists, dates, actions, amounts, choices. Each reading is
 * made once, when it is first asked for, and depends on the words (and today's date) only, not on where the
 * conversation stands. So a turn reads the answer for the question it expects before it takes the conversation's
 * lock ({@link GuidedDialogue#readAhead}); should the conversation have moved on meanwhile, whatever the locked turn
 * needs besides is read then. Belongs to one turn and one thread.
 */
public final class AnswerText {

    /** An action as read from the answer, before any learning form the language model recognised is added. */
    record ActionReading(String description, Optional<LearningForm> form, Optional<LocalDate> deadline) {
    }

    private final String text;
    private final Once<List<String>> items;
    private final Once<Optional<Pop.Depth>> depth;
    private final Once<Optional<Pop.Scope>> scope;
    private final Once<String> goalDescription;
    private final Once<Boolean> nothing;
    private final Once<Optional<LocalDate>> date;
    private final Once<List<LocalDate>> dates;
    private final Once<List<ActionReading>> actions;
    private final Once<Optional<LearningForm>> form;
    private final Once<Resources> resources;
    private final Once<Optional<Boolean>> yesNo;
    private final Once<Optional<LearningForm>> formChoice;

    AnswerText(String answer, DutchDates dutchDates) {
        this.text = answer.strip();
        items = new Once<>(() -> AnswerReader.items(text));
        depth = new Once<>(() -> AnswerReader.depth(text));
        scope = new Once<>(() -> AnswerReader.scope(text));
        goalDescription = new Once<>(() -> AnswerReader.goalDescription(text));
        nothing = new Once<>(() -> AnswerReader.isNothing(text));
        date = new Once<>(() -> dutchDates.parse(text));
        dates = new Once<>(() -> dutchDates.parseAll(text));
        actions = new Once<>(() -> ActionSplitter.split(text).stream().map(description -> new ActionReading(description,
                LearningForms.of(description), dutchDates.parse(description))).toList());
        form = new Once<>(() -> LearningForms.of(text));
        resources = new Once<>(() -> DutchAmounts.resources(text));
        yesNo = new Once<>(() -> YesNo.parse(text));
        formChoice = new Once<>(() -> LearningForms.fromChoice(text));
    }

    /** The answer as given, without surrounding white space. */
    String text() {
        return text;
    }

    List<String> items() {
        return items.get();
    }

    Optional<Pop.Depth> depth() {
        return depth.get();
    }

    Optional<Pop.Scope> scope() {
        return scope.get();
    }

    String goalDescription() {
        return goalDescription.get();
    }

    /** "Niets", "geen", "nvt" and the like. */
    boolean isNothing() {
        return nothing.get();
    }

    Optional<LocalDate> date() {
        return date.get();
    }

    List<LocalDate> dates() {
        return dates.get();
    }

    List<ActionReading> actions() {
        return actions.get();
    }

    /** The learning form of the whole answer, for an answer that names no separate actions. */
    Optional<LearningForm> form() {
        return form.get();
    }

    Resources resources() {
        return resources.get();
    }

    Optional<Boolean> yesNo() {
        return yesNo.get();
    }

    /** The learning form chosen in answer to "is dit werkplek, sociaal of formeel?". */
    Optional<LearningForm> formChoice() {
        return formChoice.get();
    }

    /** A value read on first use and kept. */
    private static final class Once<T> {
        private @Nullable Supplier<T> read;
        private @Nullable T value;

        Once(Supplier<T> read) {
            this.read = read;
        }

        T get() {
            Supplier<T> pending = read;
            if (pending != null) {
                value = pending.get();
                read = null;
            }
            return value;
        }
    }
}
