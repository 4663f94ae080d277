package nl.koers.dialogue;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import nl.koers.dialogue.Answer.Action;
import nl.koers.dialogue.Answer.Command.Word;
import nl.koers.dutch.ActionSplitter;
import nl.koers.dutch.DutchAmounts;
import nl.koers.dutch.DutchDates;
import nl.koers.dutch.DutchPhrases;
import nl.koers.dutch.DutchText;
import nl.koers.dutch.LearningForms;
import nl.koers.dutch.YesNo;
import nl.koers.pop.Resources;

/**
 * Reads Dutch words as an {@link Answer} to what the dialogue expects: commands first, then dates, lists, choices,
 * actions, money and time, yes or no. Reading depends on the words, today's date and what is expected only, so a turn
 * reads before it takes the conversation's lock.
 */
public final class GuidedReader {

    private final DutchDates dates;
    private final LearningForms forms;

    /** Reads with today's date from the clock and the learning-form vocabulary from {@code prompts/leervormen.yml}. */
    public GuidedReader(Clock clock, LearningForms forms) {
        this.dates = new DutchDates(clock);
        this.forms = forms;
    }

    /** The answer to what is expected, or, with nothing expected, the words as text. */
    public Answer read(@Nullable Expecting expecting, String message) {
        String said = message.strip();
        Optional<Word> command = command(said);
        if (command.isPresent()) {
            return new Answer.Command(command.get(), said);
        }
        if (expecting == null) {
            return new Answer.Text(said, said);
        }
        Optional<Expecting.Option> picked = Options.picked(expecting.choices(), said);
        return switch (expecting.kind()) {
            case TEXT -> text(expecting.field(), said);
            case LIST -> list(said);
            case CHOICE -> picked.<Answer>map(option -> new Answer.Choice(option.value(), said))
                    .orElseGet(() -> choice(expecting.field(), said));
            case DATE -> dates.parse(said).<Answer>map(date -> new Answer.Date(date, said))
                    .orElseGet(() -> new Answer.NotUnderstood(said));
            case DATES -> dates(said);
            case ACTIONS -> actions(said);
            case RESOURCES -> resources(said);
            case YES_NO -> picked.map(option -> Optional.of(option.value().equals("JA"))).orElseGet(() -> YesNo.parse(said))
                    .<Answer>map(yes -> new Answer.YesNo(yes, said)).orElseGet(() -> new Answer.NotUnderstood(said));
        };
    }

    /** The word that works in every phase, if the whole message is one. */
    static Optional<Word> command(String said) {
        return Optional.ofNullable(switch (DutchText.lowerCase(said.strip()).replaceAll("[.!?'\"]", "").strip()) {
            case "help", "hulp", "uitleg" -> Word.HELP;
            case "terug", "vorige", "vorige vraag" -> Word.BACK;
            case "overslaan", "sla over", "skip", "volgende vraag" -> Word.SKIP;
            case "volgende fase", "volgende stap", "door naar de volgende fase" -> Word.NEXT_PHASE;
            case "stop", "afronden", "rond af", "stoppen" -> Word.STOP;
            default -> null;
        });
    }

    private static Answer text(String field, String said) {
        if (field.equals(PopField.DOEL_BESCHRIJVING.key())) {
            return new Answer.Text(DutchPhrases.goalDescription(said), said);
        }
        if (field.equals(PopField.OPEN_PUNTEN.key()) && DutchPhrases.isNothing(said)) {
            return new Answer.Nothing(said);
        }
        return new Answer.Text(said, said);
    }

    /**
     * The items of a list; "geen idee", "weet ik niet" or "niets" is no list, and the dialogue decides what to do
     * with an answer it did not understand.
     */
    private static Answer list(String said) {
        List<String> items = DutchPhrases.items(said);
        if (items.isEmpty() || DutchPhrases.isNothing(said)) {
            return new Answer.NotUnderstood(said);
        }
        return new Answer.Items(items, said);
    }

    private Answer choice(String field, String said) {
        Optional<String> value;
        if (field.equals(PopField.RICHTING_DIEPTE.key())) {
            value = DutchPhrases.depth(said).map(Enum::name);
        } else if (field.equals(PopField.RICHTING_PLEK.key())) {
            value = DutchPhrases.scope(said).map(Enum::name);
        } else if (field.equals(Expecting.LEARNING_FORM)) {
            value = forms.fromChoice(said).map(Enum::name);
        } else {
            value = Optional.empty();
        }
        return value.<Answer>map(choice -> new Answer.Choice(choice, said)).orElseGet(() -> new Answer.NotUnderstood(said));
    }

    private Answer dates(String said) {
        var found = dates.parseAll(said);
        if (!found.isEmpty()) {
            return new Answer.Dates(found, said);
        }
        return DutchPhrases.isNothing(said) ? new Answer.Nothing(said) : new Answer.NotUnderstood(said);
    }

    private Answer actions(String said) {
        List<Action> actions = new ArrayList<>();
        for (String description : ActionSplitter.split(said, forms)) {
            actions.add(new Action(description, forms.of(description).orElse(null),
                    dates.parse(description).orElse(null)));
        }
        if (actions.isEmpty()) {
            actions.add(new Action(said, forms.of(said).orElse(null), null));
        }
        return new Answer.Actions(actions, said);
    }

    private static Answer resources(String said) {
        if (DutchPhrases.isNothing(said)) {
            return new Answer.Nothing(said);
        }
        Resources resources = DutchAmounts.resources(said);
        boolean understood = resources.euros() != null || resources.hours() != null;
        return understood ? new Answer.Amounts(resources, said) : new Answer.NotUnderstood(said);
    }
}
