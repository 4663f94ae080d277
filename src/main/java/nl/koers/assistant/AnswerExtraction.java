package nl.koers.assistant;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.ai.converter.BeanOutputConverter;
import org.springframework.stereotype.Component;

import nl.koers.dialogue.Answer;
import nl.koers.dialogue.Expecting;
import nl.koers.dialogue.Participants;
import nl.koers.dialogue.Phase;
import nl.koers.dialogue.PopField;
import nl.koers.dutch.DutchDates;
import nl.koers.dutch.LearningForms;
import tools.jackson.core.JacksonException;

/**
 * The model reads a free answer as the typed {@link Answer} the dialogue expects: one record per kind of question,
 * whose JSON schema Spring AI generates and whose output it converts. An output that does not fit gets one repair
 * attempt; then the reading fails with {@link ModelUnavailableException} and the turn is read guided.
 */
@Component
class AnswerExtraction {

    /**
     * One converter per kind of question: generating a schema takes time, and it never changes. Made on the first
     * reading, not at start (the JVM initialises the holder class when it is first used): the schema generator alone
     * is some 400 classes.
     */
    private static final class Converters {

        static final Map<PopField.Kind, BeanOutputConverter<? extends ExtractionOutputs.Output>> ALL = converters();
    }

    private final LanguageModel model;
    private final PromptLibrary prompts;
    private final Clock clock;
    private final LearningForms forms;

    AnswerExtraction(LanguageModel model, PromptLibrary prompts, Clock clock, LearningForms forms) {
        this.model = model;
        this.prompts = prompts;
        this.clock = clock;
        this.forms = forms;
    }

    /** Whether the model reads this answer: text answers go into the POP in the person's own words. */
    static boolean reads(Expecting expecting) {
        return expecting.kind() != PopField.Kind.TEXT;
    }

    /** The answer as the model reads it; {@link Answer.NotUnderstood} when it says the answer does not answer. */
    Answer read(Participants who, Phase phase, String question, Expecting expecting, String said) {
        BeanOutputConverter<? extends ExtractionOutputs.Output> converter = Converters.ALL.get(expecting.kind());
        Map<String, Object> schema = schema(converter, expecting);
        DutchDates dates = new DutchDates(clock);
        String system = prompts.system(who, phase);
        String user = prompts.render(PromptName.EXTRACTIE, Map.of("vraag", question, "veld", describe(expecting),
                "antwoord", Assistant.data(said), "vandaag", LocalDate.now(clock).toString()));
        try {
            return answer(model.json(system, user, schema), expecting, said, dates, forms);
        } catch (IllegalArgumentException invalid) {
            String repair = user + "\n\nJe vorige antwoord paste niet bij het schema (" + invalid.getMessage()
                    + "). Geef alleen geldige JSON volgens het schema.";
            try {
                return answer(model.json(system, repair, schema), expecting, said, dates, forms);
            } catch (IllegalArgumentException stillInvalid) {
                throw new ModelUnavailableException("structured output invalid twice: " + stillInvalid.getMessage());
            }
        }
    }

    /**
     * The model's output as the typed answer; an output that does not fit fails with what was wrong, in words the
     * repair attempt can pass on to the model.
     */
    static Answer answer(String output, Expecting expecting, String said, DutchDates dates, LearningForms forms) {
        ExtractionOutputs.Output read;
        try {
            read = Converters.ALL.get(expecting.kind()).convert(output);
        } catch (JacksonException unfit) {
            throw new IllegalArgumentException("geen JSON volgens het schema: " + unfit.getOriginalMessage());
        } catch (RuntimeException notJson) {
            throw new IllegalArgumentException("geen JSON volgens het schema");
        }
        if (read == null) {
            throw new IllegalArgumentException("geen JSON-object");
        }
        if (Boolean.FALSE.equals(read.begrepen())) {
            return new Answer.NotUnderstood(said);
        }
        return read.answer(new ExtractionOutputs.Context(expecting, said, dates, forms));
    }

    private static Map<PopField.Kind, BeanOutputConverter<? extends ExtractionOutputs.Output>> converters() {
        Map<PopField.Kind, BeanOutputConverter<? extends ExtractionOutputs.Output>> converters =
                new EnumMap<>(PopField.Kind.class);
        for (PopField.Kind kind : PopField.Kind.values()) {
            converters.put(kind, new BeanOutputConverter<>(ExtractionOutputs.Output.type(kind)));
        }
        return converters;
    }

    /** The generated schema, with the question's own choices as the enum of a choice. */
    private static Map<String, Object> schema(BeanOutputConverter<?> converter, Expecting expecting) {
        Map<String, Object> schema = new LinkedHashMap<>(converter.getJsonSchemaMap());
        if (expecting.kind() == PopField.Kind.CHOICE) {
            @SuppressWarnings("unchecked")
            Map<String, Object> properties = new LinkedHashMap<>((Map<String, Object>) schema.get("properties"));
            properties.put("keuze", Map.of("type", "string", "enum", ExtractionOutputs.values(expecting)));
            schema.put("properties", properties);
        }
        return schema;
    }

    /** What the question asks for, in Dutch, naming the field of the schema to fill. */
    static String describe(Expecting expecting) {
        return switch (expecting.kind()) {
            case TEXT -> "het antwoord in de woorden van de gebruiker (veld 'antwoord')";
            case LIST -> "een lijst van korte punten, zoals talenten (veld 'items')";
            case CHOICE -> "één keuze uit " + ExtractionOutputs.values(expecting) + " (veld 'keuze')";
            case DATE -> "de datum waarop het klaar moet zijn (veld 'datum', JJJJ-MM-DD)";
            case DATES -> "de data van de voortgangsgesprekken (veld 'data', elk JJJJ-MM-DD)";
            case YES_NO -> "of de gebruiker ja zegt (veld 'ja')";
            case RESOURCES -> "het budget in euro's (veld 'euro') en de tijd in de eenheid die genoemd is: uren (veld 'uren') of dagen "
                    + "(veld 'dagen', een dagdeel is een halve dag); bij een tijd per week of per maand ook 'per' (WEEK of "
                    + "MAAND); 0 als er niets nodig is";
            case ACTIONS -> "de acties, elk met beschrijving en leervorm: WERKPLEK (leren in het werk), SOCIAAL (van"
                    + " anderen: coaching, mentor, feedback) of FORMEEL (cursus, training, opleiding)";
        };
    }

}
