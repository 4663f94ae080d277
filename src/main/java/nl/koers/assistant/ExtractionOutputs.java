package nl.koers.assistant;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import com.fasterxml.jackson.annotation.JsonProperty;

import nl.koers.dialogue.Answer;
import nl.koers.dialogue.Expecting;
import nl.koers.dialogue.PopField;
import nl.koers.dutch.DutchDates;
import nl.koers.dutch.LearningForms;
import nl.koers.pop.LearningForm;
import nl.koers.pop.Resources;

/**
 * The model's structured output for each kind of question, as records: Spring AI generates the JSON schema from them
 * and converts the model's JSON back. Each turns itself into the dialogue's typed {@link Answer}, or fails with an
 * {@link IllegalArgumentException} saying in Dutch what did not fit, for the one repair attempt.
 */
final class ExtractionOutputs {

    private ExtractionOutputs() {
    }

    /** What an output needs besides itself to become an answer. */
    record Context(Expecting expecting, String said, DutchDates dates, LearningForms forms) {
    }

    /** The model's output for one kind of question; {@code begrepen} false means the answer does not answer it. */
    sealed interface Output {

        @Nullable Boolean begrepen();

        Answer answer(Context context);

        static Class<? extends Output> type(PopField.Kind kind) {
            return switch (kind) {
                case TEXT -> TextOutput.class;
                case LIST -> ListOutput.class;
                case CHOICE -> ChoiceOutput.class;
                case DATE -> DateOutput.class;
                case DATES -> DatesOutput.class;
                case YES_NO -> YesNoOutput.class;
                case RESOURCES -> AmountsOutput.class;
                case ACTIONS -> ActionsOutput.class;
            };
        }
    }

    record TextOutput(@JsonProperty(required = true) @Nullable Boolean begrepen,
            @JsonProperty(required = true) @Nullable String antwoord) implements Output {

        @Override
        public Answer answer(Context context) {
            return new Answer.Text(required(antwoord, "antwoord"), context.said());
        }
    }

    record ListOutput(@JsonProperty(required = true) @Nullable Boolean begrepen,
            @JsonProperty(required = true) @Nullable List<String> items) implements Output {

        @Override
        public Answer answer(Context context) {
            return new Answer.Items(nonEmpty(items, "items").stream().map(String::strip).filter(item -> !item.isEmpty())
                    .toList(), context.said());
        }
    }

    record ChoiceOutput(@JsonProperty(required = true) @Nullable Boolean begrepen,
            @JsonProperty(required = true) @Nullable String keuze) implements Output {

        @Override
        public Answer answer(Context context) {
            String choice = required(keuze, "keuze");
            if (!values(context.expecting()).contains(choice)) {
                throw new IllegalArgumentException("onbekende keuze '" + choice + "'");
            }
            return new Answer.Choice(choice, context.said());
        }
    }

    record DateOutput(@JsonProperty(required = true) @Nullable Boolean begrepen,
            @JsonProperty(required = true) @Nullable LocalDate datum) implements Output {

        @Override
        public Answer answer(Context context) {
            if (datum == null) {
                throw new IllegalArgumentException("'datum' ontbreekt");
            }
            return new Answer.Date(datum, context.said());
        }
    }

    record DatesOutput(@JsonProperty(required = true) @Nullable Boolean begrepen,
            @JsonProperty(required = true) @Nullable List<LocalDate> data) implements Output {

        @Override
        public Answer answer(Context context) {
            return new Answer.Dates(nonEmpty(data, "data"), context.said());
        }
    }

    record YesNoOutput(@JsonProperty(required = true) @Nullable Boolean begrepen,
            @JsonProperty(required = true) @Nullable Boolean ja) implements Output {

        @Override
        public Answer answer(Context context) {
            if (ja == null) {
                throw new IllegalArgumentException("'ja' moet true of false zijn");
            }
            return new Answer.YesNo(ja, context.said());
        }
    }

    /** Money and time in the units said; {@code per} is "WEEK" or "MAAND" for a rate, empty for a total. */
    record AmountsOutput(@JsonProperty(required = true) @Nullable Boolean begrepen, @Nullable BigDecimal euro,
            @Nullable BigDecimal uren, @Nullable BigDecimal dagen, @Nullable String per) implements Output {

        @Override
        public Answer answer(Context context) {
            BigDecimal euros = positive(euro);
            BigDecimal hours = positive(uren);
            BigDecimal days = positive(dagen);
            if (euros == null && hours == null && days == null) {
                return new Answer.Nothing(context.said());
            }
            return new Answer.Amounts(new Resources(euros, hours, days, rate(per, hours != null || days != null),
                    context.said()), context.said());
        }

        private static Resources.@Nullable Per rate(@Nullable String per, boolean time) {
            if (per == null || !time) {
                return null;
            }
            return switch (per.strip().toUpperCase(java.util.Locale.ROOT)) {
                case "WEEK" -> Resources.Per.WEEK;
                case "MAAND", "MONTH" -> Resources.Per.MONTH;
                default -> null;
            };
        }

        private static @Nullable BigDecimal positive(@Nullable BigDecimal amount) {
            return amount == null || amount.signum() <= 0 ? null : amount.stripTrailingZeros();
        }
    }

    record ActionsOutput(@JsonProperty(required = true) @Nullable Boolean begrepen,
            @JsonProperty(required = true) @Nullable List<ActionOutput> acties) implements Output {

        /**
         * The actions as the model split them. The learning form that Dutch wording names goes first (the guided
         * dialogue's recognition), then the model's; a date in an action's words is its deadline.
         */
        @Override
        public Answer answer(Context context) {
            List<Answer.Action> actions = new ArrayList<>();
            for (ActionOutput action : nonEmpty(acties, "acties")) {
                String description = required(action.beschrijving(), "beschrijving");
                if (action.leervorm() == null) {
                    throw new IllegalArgumentException("'leervorm' ontbreekt bij '" + description + "'");
                }
                actions.add(new Answer.Action(description, context.forms().of(description).orElse(action.leervorm()),
                        context.dates().parse(description).orElse(null)));
            }
            return new Answer.Actions(actions, context.said());
        }
    }

    record ActionOutput(@JsonProperty(required = true) @Nullable String beschrijving,
            @JsonProperty(required = true) @Nullable LearningForm leervorm) {
    }

    static String required(@Nullable String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("'" + field + "' ontbreekt of is leeg");
        }
        return value.strip();
    }

    static <T> List<T> nonEmpty(@Nullable List<T> values, String field) {
        if (values == null || values.isEmpty()) {
            throw new IllegalArgumentException("'" + field + "' moet een niet-lege lijst zijn");
        }
        return values;
    }

    static List<String> values(Expecting expecting) {
        return expecting.choices().stream().map(Expecting.Option::value).toList();
    }
}
