package nl.koers.funding;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import nl.koers.pop.ActionFunding;
import nl.koers.pop.LearningForm;
import nl.koers.pop.Pop;
import nl.koers.pop.Resources;

/**
 * The advice on the POP page and in its Markdown: for each action that costs money, the schemes that fit or may fit,
 * one line each. Worked out when the POP is shown; nothing of it is stored.
 *
 * <p>An action costs money when it has an amount of its own. Without one, the goal's budget belongs to the goal's
 * courses (actions learned formally, or whose form is not known), or to its only action: one such action gets the
 * goal's amount; several share it, so each gets the advice without an amount.
 */
@Component
class PopFunding implements ActionFunding {

    private final FundingAdvisor advisor;

    PopFunding(FundingAdvisor advisor) {
        this.advisor = advisor;
    }

    @Override
    public List<Line> lines(Pop.Goal goal, Pop.Action action) {
        return learningAction(goal, action).map(advisor::advise).map(FundingAdvice::fitting).orElse(List.of()).stream()
                .map(advice -> new Line(advice.name(), advisor.verdictName(advice.verdict()),
                        advisor.yearName(advice.year()), advice.statement(), advice.page(), advice.article()))
                .toList();
    }

    /** The action with what it costs, when it costs money. */
    static Optional<LearningAction> learningAction(Pop.Goal goal, Pop.Action action) {
        Resources own = action.resources();
        BigDecimal hours = own == null || own.per() != null ? null : own.hours();
        if (own != null && own.euros() != null) {
            return own.euros().signum() == 0 ? Optional.empty() : Optional.of(new LearningAction(action.description(),
                    action.learningForm(), own.per() == null ? own.euros() : null, hours));
        }
        Resources shared = goal.resources();
        if (shared == null || shared.euros() == null || shared.euros().signum() == 0) {
            return Optional.empty();
        }
        List<Pop.Action> paying = goal.actions().stream().filter(candidate -> !hasOwnAmount(candidate)
                && (candidate.learningForm() == null || candidate.learningForm() == LearningForm.FORMEEL)).toList();
        if (paying.isEmpty() && goal.actions().size() == 1) {
            paying = goal.actions();
        }
        if (!paying.contains(action)) {
            return Optional.empty();
        }
        BigDecimal euros = paying.size() == 1 && shared.per() == null ? shared.euros() : null;
        return Optional.of(new LearningAction(action.description(), action.learningForm(), euros, hours));
    }

    private static boolean hasOwnAmount(Pop.Action action) {
        return action.resources() != null && action.resources().euros() != null;
    }
}
