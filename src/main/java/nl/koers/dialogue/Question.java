package nl.koers.dialogue;

import org.jspecify.annotations.Nullable;

/**
 * One question of the question bank.
 *
 * @param alone     the wording for an employee preparing alone
 * @param together  the wording in a one-on-one, with {medewerker} and {leidinggevende}
 * @param toManager in a one-on-one, whether the team leader answers (else the employee)
 * @param tip       a search question for a knowledge tip, or null
 */
public record Question(PopField field, String alone, String together, boolean toManager, @Nullable String tip) {
}
