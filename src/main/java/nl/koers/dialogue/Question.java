package nl.koers.dialogue;

import org.jspecify.annotations.Nullable;

/**
 * One question of the question bank.
 *
 * @param alone     the wording for an employee preparing alone
 * @param together  the wording in a one-on-one, with {medewerker} and {leidinggevende}
 * @param byLeader  the wording for a team leader preparing alone, about {medewerker}
 * @param toManager in a one-on-one, whether the team leader answers (else the employee)
 * @param tip       a search question for a knowledge tip, or null
 * @param explanation what the question means and why it is asked, for "?" and "wat bedoel je?"; or null
 * @param smaller   a smaller question or an example, for "geen idee"; or null when not knowing is answer enough
 */
public record Question(PopField field, String alone, String together, String byLeader,
        boolean toManager, @Nullable String tip,
        @Nullable String explanation, @Nullable String smaller) {

    /** The wording for these people. */
    String wording(Setting setting) {
        return switch (setting) {
            case ALONE -> alone;
            case TOGETHER -> together;
            case LEADER -> byLeader;
        };
    }
}
