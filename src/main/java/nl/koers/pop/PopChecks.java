package nl.koers.pop;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import nl.koers.pop.Pop.Check;
import nl.koers.pop.Pop.CheckKind;
import nl.koers.pop.Pop.Goal;

/**
 * What a POP still misses or says against itself, as help and never as a block: deadlines, measures that measure
 * nothing, 70-20-10, a budget next to "geen budget", a review date.
 */
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
            } else if (isNoMeasure(goal.measure())) {
                checks.add(new Check(CheckKind.VAGE_MAATSTAF, "Bij doel " + name + " staat als maatstaf '"
                        + goal.measure().strip() + "'. Maak het concreet: wat kun of doe je dan, wat anderen kunnen zien?"));
            }
            BigDecimal euros = euros(goal);
            if (euros.signum() > 0 && saysNoBudget(pop, goal)) {
                checks.add(new Check(CheckKind.BUDGET_TEGENSTRIJDIG, "Bij doel " + name + " staat "
                        + PopLabels.resources(Resources.of(euros, null, null)) + ", maar er werd ook gezegd dat er geen"
                        + " budget is. Spreek af wie het betaalt; kijk ook naar de financiering."));
            }
            if (goal.actions().isEmpty()) {
                checks.add(new Check(CheckKind.GEEN_ACTIE, "Doel " + name + " heeft nog geen acties: wat ga je"
                        + " concreet doen?"));
            }
        }
        List<LearningForm> forms = pop.goals().stream().flatMap(goal -> goal.actions().stream())
                .map(Pop.Action::learningForm).toList();
        // an action whose form is not known may well be learning in the work itself: then it is not "all courses"
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

    /** Words that do not say how anyone would notice success: "weet ik niet", "beter", "als het lukt", "-". */
    private static final Pattern NO_MEASURE = Pattern.compile("(?:weet (?:ik )?(?:het )?(?:nog )?niet|geen idee|nvt"
            + "|n\\.v\\.t\\.|goed|beter|gewoon beter|als het lukt|als het goed gaat|dat merk ik wel|merk ik wel|zien we"
            + " wel|dat zien we wel|als ik het kan|als het af is|klaar|gelukt|[-?.…x\\s]*+)[.!]?");

    private static boolean isNoMeasure(String measure) {
        String text = measure.strip().toLowerCase(Locale.ROOT);
        return text.length() <= 40 && NO_MEASURE.matcher(text).matches();
    }

    /**
     * "Geen budget", "geen geld", "mag niets kosten": said about this goal's means, or about the plan's obstacles. "Geen
     * budget voor een hbo-opleiding" limits one thing, not the plan: no contradiction with € 1.500 for a course.
     */
    private static final Pattern NO_BUDGET = Pattern.compile("(?:geen (?:opleidings)?budget|geen geld)(?!\\s++(?:voor|meer voor)\\s++(?:een|de"
            + "|het|die|dat)\\b)|mag niets kosten|mag niks kosten|kost niets");

    private static boolean saysNoBudget(Pop pop, Goal goal) {
        return Stream.of(goal.resources() == null ? null : goal.resources().text(), pop.obstacles(),
                pop.possibilities()).filter(Objects::nonNull)
                .anyMatch(text -> text.length() <= Pop.TEXT && NO_BUDGET.matcher(text.toLowerCase(Locale.ROOT)).find());
    }

    /** The goal's money: on the goal and on its actions. */
    private static BigDecimal euros(Goal goal) {
        return Stream.concat(Stream.of(goal.resources()), goal.actions().stream().map(Pop.Action::resources))
                .filter(Objects::nonNull).map(Resources::euros).filter(Objects::nonNull)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
