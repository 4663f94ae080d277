package nl.koers.pop;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * {@link PopLabels} as {@code #labels} in every Thymeleaf template: the chat, the POP page, the PDF and the Markdown
 * export write POP values the same way ({@code ${#labels.form(action.learningForm)}}). Spring Boot adds this dialect
 * to its template engine; the Markdown export adds it to its own.
 */
@Component
public class PopLabelsDialect extends ExpressionObjectDialect {

    static final String NAME = "labels";

    PopLabelsDialect(Clock clock) {
        super("Koers POP labels", NAME, new Labels(clock.getZone()));
    }

    /** What a template calls; the moments of acceptance are days in the application's zone. */
    public record Labels(ZoneId zone) {

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
    }
}
