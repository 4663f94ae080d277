package nl.koers.dialogue;

import java.util.LinkedHashSet;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import nl.koers.pop.Pop;
import nl.koers.pop.PopLabels;

/**
 * What a POP already says for each question of the agenda, in words: a preparation's answers that a one-on-one
 * confirms, and the two sides of the agenda. A key names a field, and for a goal question the goal's place:
 * "talenten", "doel.deadline#1".
 */
public final class KnownAnswers {

    private KnownAnswers() {
    }

    static String key(PopField field, int goal) {
        return field.perGoal() ? field.key() + "#" + goal : field.key();
    }

    /** The keys of every question the POP already answers. */
    static Set<String> keys(Pop pop) {
        Set<String> keys = new LinkedHashSet<>();
        for (PopField field : PopField.values()) {
            if (!field.perGoal()) {
                if (shown(pop, field, 0) != null) {
                    keys.add(key(field, 0));
                }
                continue;
            }
            for (int goal = 0; goal < pop.goals().size(); goal++) {
                if (shown(pop, field, goal) != null) {
                    keys.add(key(field, goal));
                }
            }
        }
        return keys;
    }

    /** The answer to a question as the POP holds it, in words; null when it holds none. */
    public static @Nullable String shown(Pop pop, PopField field, int goalIndex) {
        Pop.Goal goal = goalIndex < pop.goals().size() ? pop.goals().get(goalIndex) : null;
        String shown = switch (field) {
            case ROL -> pop.role();
            case ENERGIE -> pop.energy();
            case TALENTEN -> String.join(", ", pop.talents());
            case AMBITIE_KORT -> pop.ambitions().shortTerm();
            case AMBITIE_LANG -> pop.ambitions().longTerm();
            case WENSEN -> pop.wishes();
            case ORGANISATIE -> pop.organisationWishes();
            case RICHTING_DIEPTE -> pop.direction().depth() == null ? null : PopLabels.depth(pop.direction().depth());
            case RICHTING_PLEK -> pop.direction().scope() == null ? null : PopLabels.scope(pop.direction().scope());
            case MOGELIJKHEDEN -> pop.possibilities();
            case BELEMMERINGEN -> pop.obstacles();
            case DOEL_BESCHRIJVING -> goal == null ? null : goal.description();
            case DOEL_MAATSTAF -> goal == null ? null : goal.measure();
            case DOEL_DEADLINE -> goal == null ? null
                    : goal.deadline() != null ? PopLabels.date(goal.deadline()) : goal.deadlineText();
            case DOEL_ACTIES -> goal == null ? null
                    : String.join("; ", goal.actions().stream().map(Pop.Action::description).toList());
            case DOEL_PLAATS -> goal == null ? null : goal.place();
            case DOEL_MIDDELEN -> goal == null ? null : PopLabels.resources(goal.resources());
            case DOEL_ONDERSTEUNING -> goal == null ? null : goal.support();
            case DOEL_EIGEN_INZET -> goal == null ? null : goal.ownEffort();
            case DOEL_NOG_EEN -> null;
            case VOORTGANG -> Wording.dates(pop.reviews());
            case OPEN_PUNTEN -> String.join("; ", pop.openPoints());
        };
        return shown == null || shown.isBlank() ? null : shown.strip();
    }
}
