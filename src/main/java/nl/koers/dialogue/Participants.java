package nl.koers.dialogue;

import java.util.Map;

import org.jspecify.annotations.Nullable;

/** Who takes part, by display name, for addressing questions and recording who said what. */
public record Participants(ConversationType type, String employee, @Nullable String manager) {

    /** A one-on-one: the leader and the employee at one table. */
    public boolean together() {
        return type == ConversationType.GESPREK;
    }

    /** Tips come from articles written for whoever uses Koers here: the employee, or the leader in a one-on-one. */
    String audience() {
        return together() ? "leidinggevende" : "medewerker";
    }

    Map<String, String> names() {
        return Map.of("medewerker", Wording.firstName(employee, "je"),
                "leidinggevende", Wording.firstName(manager, "je leidinggevende"));
    }
}
