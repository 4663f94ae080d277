package nl.koers.dialogue;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import nl.koers.dialogue.Expecting.Option;
import nl.koers.dutch.DutchText;
import nl.koers.pop.LearningForm;
import nl.koers.pop.PopLabels;

/**
 * The choices a question offers, as quick replies and as the words of the clarifying question. Direction is offered
 * in the words of someone answering ("Binnen mijn huidige functie"); the POP itself words it as a plan.
 */
final class Options {

    static final List<Option> DEPTH = List.of(new Option("VERDIEPEN", "Verdiepen"),
            new Option("VERBREDEN", "Verbreden"), new Option("BEIDE", "Allebei"));
    static final List<Option> SCOPE = List.of(new Option("BINNEN_FUNCTIE", "Binnen mijn huidige functie"),
            new Option("ANDERE_FUNCTIE", "Een andere rol"), new Option("OPEN", "Nog open"));
    static final List<Option> YES_NO = List.of(new Option("JA", "Ja"), new Option("NEE", "Nee"));
    /** The learning forms, named as in the POP. */
    static final List<Option> LEARNING_FORM = Arrays.stream(LearningForm.values())
            .map(form -> new Option(form.name(), PopLabels.formName(form))).toList();

    private Options() {
    }

    static List<Option> of(PopField field) {
        return switch (field) {
            case RICHTING_DIEPTE -> DEPTH;
            case RICHTING_PLEK -> SCOPE;
            case DOEL_NOG_EEN -> YES_NO;
            default -> List.of();
        };
    }

    /** An option picked by its label or value, as a quick reply sends it. */
    static Optional<Option> picked(List<Option> options, String said) {
        String answer = DutchText.lowerCase(said.strip()).replaceAll("[.!]+$", "");
        return options.stream().filter(option -> DutchText.lowerCase(option.label()).equals(answer)
                || DutchText.lowerCase(option.value()).equals(answer)).findFirst();
    }

    /** "verdiepen, verbreden of allebei". */
    static String spoken(List<Option> options) {
        return Wording.list(options.stream().map(option -> DutchText.lowerCase(option.label())).toList(), "of");
    }
}
