package nl.koers.conversation;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonValue;

public enum MessageRole {
    USER, ASSISTANT;

    @JsonValue
    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static MessageRole of(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }
}
