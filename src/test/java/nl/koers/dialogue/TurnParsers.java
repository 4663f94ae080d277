package nl.koers.dialogue;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import nl.koers.FixedClockConfiguration;
import nl.koers.TestPrompts;
import nl.koers.dutch.ActionSplitter;
import nl.koers.dutch.DutchAmounts;
import nl.koers.dutch.DutchDates;
import nl.koers.dutch.DutchPhrases;
import nl.koers.pop.LearningForm;
import nl.koers.dutch.LearningForms;
import nl.koers.dutch.YesNo;
import nl.koers.pop.Pop;

/**
 * Every parser and splitter a guided turn runs on the user's words, by name: the Dutch readers on their own, and the
 * answer reader for each question of the agenda (reading into a POP with one goal and one action, as late in the
 * conversation as it gets, after a clarifying question so that what is not understood is kept too).
 */
final class TurnParsers {

    record Parser(String name, Function<String, Object> parse) {
    }

    private TurnParsers() {
    }

    static List<Parser> all() {
        Clock clock = Clock.fixed(FixedClockConfiguration.NOW, ZoneId.of("Europe/Amsterdam"));
        DutchDates dates = new DutchDates(clock);
        LearningForms forms = TestPrompts.learningForms();
        GuidedReader reader = new GuidedReader(clock, forms);
        List<Parser> parsers = new ArrayList<>(List.of(
                new Parser("talents (DutchPhrases.items)", DutchPhrases::items),
                new Parser("DutchPhrases.goalDescription", DutchPhrases::goalDescription),
                new Parser("DutchPhrases.depth", DutchPhrases::depth),
                new Parser("DutchPhrases.scope", DutchPhrases::scope),
                new Parser("DutchPhrases.isNothing", DutchPhrases::isNothing),
                new Parser("ActionSplitter.split", text -> ActionSplitter.split(text, forms)),
                new Parser("DutchDates.parseAll", dates::parseAll),
                new Parser("DutchDates.parse", dates::parse),
                new Parser("DutchDates.reviews", dates::reviews),
                new Parser("DutchAmounts.resources", DutchAmounts::resources),
                new Parser("LearningForms.of", forms::of),
                new Parser("LearningForms.fromChoice", forms::fromChoice),
                new Parser("YesNo.parse", YesNo::parse),
                new Parser("GuidedReader.command", GuidedReader::command),
                new Parser("SMART follow-up (completeGoal)", text -> {
                    PopDraft draft = lateDraft();
                    Answer answer = reader.read(Expecting.of(PopField.DOEL_DEADLINE), text);
                    return new SlotFilling(draft, 0, true).completeGoal(draft.goals.getFirst(), answer);
                }),
                new Parser("read the learning form", text -> reader.read(new Expecting(Expecting.LEARNING_FORM,
                        PopField.Kind.CHOICE, Options.LEARNING_FORM), text))));
        for (PopField field : PopField.values()) {
            parsers.add(new Parser("read " + field, text -> {
                PopDraft draft = lateDraft();
                new SlotFilling(draft, 0, true).fill(field, reader.read(Expecting.of(field), text));
                return draft.toPop();
            }));
        }
        return parsers;
    }

    /** A POP with one goal and one action, as during the questions about actions. */
    private static PopDraft lateDraft() {
        var draft = new PopDraft(Pop.empty("Sanne de Vries", "Fatima El Amrani", LocalDate.of(2026, 11, 23)));
        var goal = new PopDraft.GoalDraft("Zelfstandig inkopen");
        goal.actions.add(new PopDraft.ActionDraft("Meelopen met de inkoper", LearningForm.WERKPLEK, null));
        draft.goals.add(goal);
        return draft;
    }
}
