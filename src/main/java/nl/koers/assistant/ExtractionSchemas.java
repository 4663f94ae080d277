package nl.koers.assistant;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.koers.dialogue.PopField;

/** The JSON schema the model fills for each kind of question, and what each field asks for, in Dutch. */
final class ExtractionSchemas {

    private static final Map<String, Object> UNDERSTOOD = Map.of("type", "boolean");

    private ExtractionSchemas() {
    }

    static Map<String, Object> of(PopField field) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("begrepen", UNDERSTOOD);
        String main = switch (field.kind()) {
            case TEXT -> put(properties, "antwoord", Map.of("type", "string"));
            case LIST -> put(properties, "items", Map.of("type", "array", "items", Map.of("type", "string")));
            case CHOICE -> put(properties, "keuze", Map.of("type", "string", "enum", choices(field)));
            case DATE -> put(properties, "datum", Map.of("type", "string", "format", "date"));
            case DATES -> put(properties, "data", Map.of("type", "array", "items", Map.of("type", "string", "format", "date")));
            case YES_NO -> put(properties, "ja", Map.of("type", "boolean"));
            case RESOURCES -> {
                properties.put("euro", Map.of("type", "number"));
                yield put(properties, "uren", Map.of("type", "number"));
            }
            case ACTIONS -> put(properties, "acties", Map.of("type", "array", "items", object(Map.of(
                    "beschrijving", Map.of("type", "string"),
                    "leervorm", Map.of("type", "string", "enum", List.of("WERKPLEK", "SOCIAAL", "FORMEEL"))),
                    List.of("beschrijving", "leervorm"))));
        };
        return object(properties, field.kind() == PopField.Kind.RESOURCES ? List.of("begrepen")
                : List.of("begrepen", main));
    }

    /** The POP texts the model writes at the end: ambitions, goals, and the actions of each goal. */
    static Map<String, Object> popTexts() {
        Map<String, Object> text = Map.of("type", "string");
        return object(Map.of(
                "ambities", object(Map.of("kort", text, "lang", text), List.of("kort", "lang")),
                "doelen", Map.of("type", "array", "items", object(Map.of("beschrijving", text,
                        "acties", Map.of("type", "array", "items", text)), List.of("beschrijving", "acties")))),
                List.of("ambities", "doelen"));
    }

    static String describe(PopField field) {
        return switch (field.kind()) {
            case TEXT -> "het antwoord in de woorden van de gebruiker (veld 'antwoord')";
            case LIST -> "een lijst van korte punten, zoals talenten (veld 'items')";
            case CHOICE -> "één keuze uit " + choices(field) + " (veld 'keuze')";
            case DATE -> "de datum waarop het klaar moet zijn (veld 'datum', JJJJ-MM-DD)";
            case DATES -> "de data van de voortgangsgesprekken (veld 'data', elk JJJJ-MM-DD)";
            case YES_NO -> "of de gebruiker ja zegt (veld 'ja')";
            case RESOURCES -> "het budget in euro's (veld 'euro') en de tijd in uren (veld 'uren'); 0 als er niets nodig is";
            case ACTIONS -> "de acties, elk met beschrijving en leervorm: WERKPLEK (leren in het werk), SOCIAAL (van"
                    + " anderen: coaching, mentor, feedback) of FORMEEL (cursus, training, opleiding)";
        };
    }

    static List<String> choices(PopField field) {
        return field == PopField.RICHTING_DIEPTE ? List.of("VERDIEPEN", "VERBREDEN", "BEIDE")
                : List.of("BINNEN_FUNCTIE", "ANDERE_FUNCTIE", "OPEN");
    }

    /** A choice as the words the guided dialogue reads. */
    static String choiceWord(PopField field, String choice) {
        if (!choices(field).contains(choice)) {
            throw new IllegalArgumentException("onbekende keuze '" + choice + "'");
        }
        return switch (choice) {
            case "VERDIEPEN" -> "verdiepen";
            case "VERBREDEN" -> "verbreden";
            case "BEIDE" -> "allebei";
            case "BINNEN_FUNCTIE" -> "binnen mijn huidige functie";
            case "ANDERE_FUNCTIE" -> "een andere rol";
            default -> "nog open";
        };
    }

    /** A JSON schema object with its properties in the order written. */
    static Map<String, Object> object(Map<String, Object> properties, List<String> required) {
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("type", "object");
        schema.put("properties", properties);
        schema.put("required", required);
        return schema;
    }

    private static String put(Map<String, Object> properties, String name, Object schema) {
        properties.put(name, schema);
        return name;
    }
}
