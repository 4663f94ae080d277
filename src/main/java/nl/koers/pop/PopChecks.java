package nl.koers.pop;

import java.util.ArrayList;
import java.util.List;

import nl.koers.pop.Pop.Check;
import nl.koers.pop.Pop.CheckKind;
import nl.koers.pop.Pop.Goal;

/** What a POP still misses, as help and never as a block: deadlines, measures, 70-20-10, a review date. */
public final class PopChecks {

    private PopChecks() {
    }

    public static List<Check> of(Pop pop) {
        List<Check> checks = new ArrayList<>();
        if (pop.goals().isEmpty()) {
            checks.add(new Check(CheckKind.GEEN_DOEL, "Er staat nog geen ontwikkeldoel in. Eén concreet doel is al"
                    + " een goed begin."));
        }
        for (Goal goal : pop.goals()) {
            String name = "'" + goal.description() + "'";
            if (goal.deadline() == null) {
                checks.add(new Check(CheckKind.GEEN_DEADLINE, "Doel " + name + " heeft nog geen datum. Wanneer wil je"
                        + " het bereikt hebben?"));
            }
            if (goal.measure() == null || goal.measure().isBlank()) {
                checks.add(new Check(CheckKind.GEEN_MAATSTAF, "Bij doel " + name + " staat nog niet hoe je merkt dat"
                        + " het gelukt is."));
            }
            if (goal.actions().isEmpty()) {
                checks.add(new Check(CheckKind.GEEN_ACTIE, "Doel " + name + " heeft nog geen acties: wat ga je"
                        + " concreet doen?"));
            }
        }
        List<LearningForm> forms = pop.goals().stream().flatMap(goal -> goal.actions().stream())
                .map(Pop.Action::learningForm).filter(form -> form != null).toList();
        if (!forms.isEmpty() && forms.stream().allMatch(form -> form == LearningForm.FORMEEL)) {
            checks.add(new Check(CheckKind.ALLEEN_FORMEEL, "Alle acties zijn cursussen of opleidingen. De meeste"
                    + " groei komt uit het werk zelf en van collega's (70-20-10): voeg bijvoorbeeld meelopen, een"
                    + " project of feedback toe."));
        }
        if (!pop.goals().isEmpty() && pop.reviews().isEmpty()) {
            checks.add(new Check(CheckKind.GEEN_VOORTGANGSGESPREK, "Er is nog geen datum om de voortgang te bespreken."
                    + " Een kort gesprek per kwartaal houdt het plan levend."));
        }
        return List.copyOf(checks);
    }
}
