package nl.koers.conversation;

import java.util.Locale;

public enum MessageRole {
    USER, ASSISTANT;

    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static MessageRole of(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }
}
