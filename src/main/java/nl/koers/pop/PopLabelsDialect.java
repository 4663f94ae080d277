package nl.koers.pop;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;

/**
 * {@link PopLabels} as {@code #labels} in every Thymeleaf template: the chat, the POP page, the PDF and the Markdown
 * export write POP values the same way ({@code ${#labels.form(action.learningForm)}}). Spring Boot adds this dialect
 * to its template engine; the Markdown export adds it to its own.
 */
@Component
public class PopLabelsDialect extends AbstractDialect implements IExpressionObjectDialect {

    static final String NAME = "labels";

    private final Labels labels;

    PopLabelsDialect(Clock clock) {
        super("Koers POP labels");
        this.labels = new Labels(clock.getZone());
    }

    @Override
    public IExpressionObjectFactory getExpressionObjectFactory() {
        return new IExpressionObjectFactory() {
            @Override
            public Set<String> getAllExpressionObjectNames() {
                return Set.of(NAME);
            }

            @Override
            public Object buildObject(IExpressionContext context, String expressionObjectName) {
                return labels;
            }

            @Override
            public boolean isCacheable(String expressionObjectName) {
                return true;
            }
        };
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

        public String accepted(@Nullable Instant at) {
            return at == null ? "" : PopLabels.date(at.atZone(zone).toLocalDate());
        }
    }
}
