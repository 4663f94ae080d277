package nl.koers.dialogue;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * What the dialogue expects next: the question's field ({@code veld}), how its answer is read, and for a choice the
 * options. Pages use it for quick replies; a turn uses it to read the answer before it takes the conversation's lock.
 */
public record Expecting(String field, PopField.Kind kind,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Option> choices,
        @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean confirm) {

    public Expecting {
        choices = List.copyOf(choices);
    }

    public Expecting(String field, PopField.Kind kind, List<Option> choices) {
        this(field, kind, choices, false);
    }

    /**
     * The same question, put as "Sanne schreef …; klopt dat?": a bare yes keeps the preparation's answer, a bare no
     * asks what it should be, anything else is the answer.
     */
    Expecting confirming() {
        return new Expecting(field, kind, choices, true);
    }

    /** A choice: the value an answer carries, and its Dutch label. */
    public record Option(String value, String label) {
    }

    /** The field of the clarifying question about an action's learning form. */
    public static final String LEARNING_FORM = "actie.leervorm";

    /** The field of a follow-up on something said ("signalen.yml"); the answer goes where the signal says. */
    public static final String FOLLOW_UP = "doorvraag";

    /** The field of "wil je er zo'n actie bij zetten?" after the 70-20-10 hint: more actions, or "nee". */
    public static final String EXTRA_ACTION = "actie.extra";

    /** The field of the summary before the agreements, to confirm or to add to. */
    public static final String SUMMARY = "samenvatting";

    static Expecting of(PopField field) {
        return new Expecting(field.key(), field.kind(), Options.of(field));
    }
}
