package nl.koers.assistant;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;


/** The JSON schema of the POP texts the model writes at the end. */
final class ExtractionSchemas {

    private ExtractionSchemas() {
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

    /** A JSON schema object with its properties in the order written. */
    static Map<String, Object> object(Map<String, Object> properties, List<String> required) {
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("type", "object");
        schema.put("properties", properties);
        schema.put("required", required);
        return schema;
    }
}
