package nl.koers.conversation;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonValue;

/** Which dialogue strategy answered: the question bank, or the language model. */
public enum DialogueMode {
    GUIDED, LLM;

    /** As it appears in the API and the database: {@code guided} or {@code llm}. */
    @JsonValue
    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static DialogueMode of(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }
}
