package nl.koers.dialogue;

import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Who takes part, by display name, for addressing questions and recording who said what.
 *
 * @param byLeader a preparation by the team leader ({@code manager}) about the employee, not by the employee
 * @param speaker  whose answer the message being read is, when someone said so; else the person addressed
 */
public record Participants(ConversationType type, String employee, @Nullable String manager, boolean byLeader,
        @Nullable String speaker) {

    public Participants(ConversationType type, String employee, @Nullable String manager) {
        this(type, employee, manager, false, null);
    }

    /** The same people, with the message at hand being {@code name}'s answer. */
    public Participants speaking(@Nullable String name) {
        return new Participants(type, employee, manager, byLeader, name);
    }

    /** A one-on-one: the leader and the employee at one table. */
    public boolean together() {
        return type == ConversationType.GESPREK;
    }

    public Setting setting() {
        return together() ? Setting.TOGETHER : byLeader ? Setting.LEADER : Setting.ALONE;
    }

    /** Tips come from articles written for whoever uses Koers here: the employee, or the leader. */
    String audience() {
        return together() || byLeader ? "leidinggevende" : "medewerker";
    }

    Map<String, String> names() {
        return Map.of("medewerker", Wording.firstName(employee, "je"),
                "leidinggevende", Wording.firstName(manager, "je leidinggevende"));
    }
}
