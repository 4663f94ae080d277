package nl.koers.assistant;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.ai.converter.BeanOutputConverter;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.annotation.JsonProperty;

import nl.koers.dialogue.Answer;
import nl.koers.dialogue.Expecting;
import nl.koers.dialogue.Participants;
import nl.koers.dialogue.Phase;
import nl.koers.dialogue.PopField;
import nl.koers.dutch.DutchDates;
import nl.koers.dutch.LearningForms;
import nl.koers.pop.LearningForm;
import nl.koers.pop.Resources;

/**
 * The model reads a free answer as the typed {@link Answer} the dialogue expects: one record per kind of question,
 * whose JSON schema Spring AI generates and whose output it converts. An output that does not fit gets one repair
 * attempt; then the reading fails with {@link ModelUnavailableException} and the turn is read guided.
 */
@Component
class AnswerExtraction {

    private final LanguageModel model;
    private final PromptLibrary prompts;
    private final Clock clock;

    AnswerExtraction(LanguageModel model, PromptLibrary prompts, Clock clock) {
        this.model = model;
        this.prompts = prompts;
        this.clock = clock;
    }

    /** Whether the model reads this answer: text answers go into the POP in the person's own words. */
    static boolean reads(Expecting expecting) {
        return expecting.kind() != PopField.Kind.TEXT;
    }

    /** The answer as the model reads it; {@link Answer.NotUnderstood} when it says the answer does not answer. */
    Answer read(Participants who, Phase phase, String question, Expecting expecting, String said) {
        BeanOutputConverter<? extends Output> converter = new BeanOutputConverter<>(Output.type(expecting.kind()));
        Map<String, Object> schema = schema(converter, expecting);
        String system = prompts.render(PromptName.SYSTEEM, Map.of("gesprekstype", who.type().name(), "fase", phase.name()));
        String user = prompts.render(PromptName.EXTRACTIE, Map.of("vraag", question, "veld", describe(expecting),
                "antwoord", Assistant.data(said), "vandaag", LocalDate.now(clock).toString()));
        try {
            return answer(converter, model.json(system, user, schema), expecting, said);
        } catch (IllegalArgumentException invalid) {
            String repair = user + "\n\nJe vorige antwoord paste niet bij het schema (" + invalid.getMessage()
                    + "). Geef alleen geldige JSON volgens het schema.";
            try {
                return answer(converter, model.json(system, repair, schema), expecting, said);
            } catch (IllegalArgumentException stillInvalid) {
                throw new ModelUnavailableException("structured output invalid twice: " + stillInvalid.getMessage());
            }
        }
    }

    private Answer answer(BeanOutputConverter<? extends Output> converter, String output, Expecting expecting,
            String said) {
        Output read;
        try {
            read = converter.convert(output);
        } catch (RuntimeException notJson) {
            throw new IllegalArgumentException("geen JSON volgens het schema");
        }
        if (read == null) {
            throw new IllegalArgumentException("geen JSON-object");
        }
        if (Boolean.FALSE.equals(read.begrepen())) {
            return new Answer.NotUnderstood(said);
        }
        return read.answer(new Context(expecting, said, new DutchDates(clock)));
    }

    /** The generated schema, with the question's own choices as the enum of a choice. */
    private static Map<String, Object> schema(BeanOutputConverter<?> converter, Expecting expecting) {
        Map<String, Object> schema = new LinkedHashMap<>(converter.getJsonSchemaMap());
        if (expecting.kind() == PopField.Kind.CHOICE) {
            @SuppressWarnings("unchecked")
            Map<String, Object> properties = new LinkedHashMap<>((Map<String, Object>) schema.get("properties"));
            properties.put("keuze", Map.of("type", "string", "enum", values(expecting)));
            schema.put("properties", properties);
        }
        return schema;
    }

    /** What the question asks for, in Dutch, naming the field of the schema to fill. */
    static String describe(Expecting expecting) {
        return switch (expecting.kind()) {
            case TEXT -> "het antwoord in de woorden van de gebruiker (veld 'antwoord')";
            case LIST -> "een lijst van korte punten, zoals talenten (veld 'items')";
            case CHOICE -> "één keuze uit " + values(expecting) + " (veld 'keuze')";
            case DATE -> "de datum waarop het klaar moet zijn (veld 'datum', JJJJ-MM-DD)";
            case DATES -> "de data van de voortgangsgesprekken (veld 'data', elk JJJJ-MM-DD)";
            case YES_NO -> "of de gebruiker ja zegt (veld 'ja')";
            case RESOURCES -> "het budget in euro's (veld 'euro') en de tijd in uren (veld 'uren'); 0 als er niets nodig is";
            case ACTIONS -> "de acties, elk met beschrijving en leervorm: WERKPLEK (leren in het werk), SOCIAAL (van"
                    + " anderen: coaching, mentor, feedback) of FORMEEL (cursus, training, opleiding)";
        };
    }

    private static List<String> values(Expecting expecting) {
        return expecting.choices().stream().map(Expecting.Option::value).toList();
    }

    /** What an output needs besides itself to become an answer. */
    record Context(Expecting expecting, String said, DutchDates dates) {
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

    record AmountsOutput(@JsonProperty(required = true) @Nullable Boolean begrepen, @Nullable BigDecimal euro,
            @Nullable BigDecimal uren) implements Output {

        @Override
        public Answer answer(Context context) {
            BigDecimal euros = positive(euro);
            BigDecimal hours = positive(uren);
            if (euros == null && hours == null) {
                return new Answer.Nothing(context.said());
            }
            return new Answer.Amounts(new Resources(euros, hours, context.said()), context.said());
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
                actions.add(new Answer.Action(description, LearningForms.of(description).orElse(action.leervorm()),
                        context.dates().parse(description).orElse(null)));
            }
            return new Answer.Actions(actions, context.said());
        }
    }

    record ActionOutput(@JsonProperty(required = true) @Nullable String beschrijving,
            @JsonProperty(required = true) @Nullable LearningForm leervorm) {
    }

    private static String required(@Nullable String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("'" + field + "' ontbreekt of is leeg");
        }
        return value.strip();
    }

    private static <T> List<T> nonEmpty(@Nullable List<T> values, String field) {
        if (values == null || values.isEmpty()) {
            throw new IllegalArgumentException("'" + field + "' moet een niet-lege lijst zijn");
        }
        return values;
    }
}
