package nl.koers.pop;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * {@link PopLabels} as {@code #labels} in every Thymeleaf template: the chat, the POP page, the PDF and the Markdown
 * export write POP values the same way ({@code ${#labels.form(action.learningForm)}}). Spring Boot adds this dialect
 * to its template engine; the Markdown export adds it to its own. What may pay for an action comes from the
 * {@link ActionFunding} bean when there is one, looked up when a POP is shown.
 */
@Component
public class PopLabelsDialect extends ExpressionObjectDialect {

    static final String NAME = "labels";

    @Autowired
    PopLabelsDialect(Clock clock, ObjectProvider<ActionFunding> funding) {
        super("Koers POP labels", NAME, new Labels(clock.getZone(),
                (goal, action) -> funding.getIfAvailable(() -> ActionFunding.NONE).lines(goal, action)));
    }

    /** Without funding advice. */
    PopLabelsDialect(Clock clock) {
        this(clock, ActionFunding.NONE);
    }

    PopLabelsDialect(Clock clock, ActionFunding funding) {
        super("Koers POP labels", NAME, new Labels(clock.getZone(), funding));
    }

    /** What a template calls; the moments of acceptance are days in the application's zone. */
    public record Labels(ZoneId zone, ActionFunding funding) {

        public String date(@Nullable LocalDate date) {
            return PopLabels.date(date);
        }

        public List<String> dates(List<LocalDate> dates) {
            return dates.stream().map(PopLabels::date).toList();
        }

        public String form(@Nullable LearningForm form) {
            return PopLabels.form(form);
        }

        public String resources(@Nullable Resources resources) {
            return PopLabels.resources(resources);
        }

        /** The resources, or "–" where none are agreed: for a table cell or a fact. */
        public String resourcesOrDash(@Nullable Resources resources) {
            return PopLabels.orDash(PopLabels.resources(resources));
        }

        public String direction(Pop.Direction direction) {
            return PopLabels.direction(direction);
        }

        /** One progress review of a goal, as a sentence: date, status, and what was said. */
        public String progress(Pop.Progress entry) {
            return PopLabels.progressLine(entry);
        }

        public String accepted(@Nullable Instant at) {
            return at == null ? "" : PopLabels.date(at.atZone(zone).toLocalDate());
        }

        /** Who said what, in the POP's order: "Doel 1: gelukt als" and a name. */
        public List<PopMarkdown.Said> attribution(Map<String, String> attribution) {
            return PopLabels.attribution(attribution);
        }

        /** The POP's learning mix against 70-20-10: a bar in SVG and the same in words. */
        public Chart mix(Pop pop) {
            return LearningMixChart.of(pop);
        }

        /** The POP's goals and reviews on a timeline: SVG and the same in words. */
        public Chart timeline(Pop pop) {
            return GoalTimelineChart.of(pop);
        }

        /** The goal's actions that some scheme may pay for, each with its lines; derived here, never stored. */
        public List<ActionFunding.Funded> funding(Pop.Goal goal) {
            return goal.actions().stream().map(action -> new ActionFunding.Funded(action, funding.lines(goal, action)))
                    .filter(funded -> !funded.lines().isEmpty()).toList();
        }
    }
}
