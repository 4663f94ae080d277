package nl.koers.knowledge;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * The YAML block at the top of a knowledge article, split off before the body reaches a parser.
 *
 * <pre>
 * ---
 * id: smart-leerdoelen
 * titel: SMART leerdoelen formuleren
 * onderwerpen: [smart, leerdoel]
 * doelgroep: [medewerker, leidinggevende]
 * bronnen:
 *   - https://...
 * gecontroleerd: 2026-11-22
 * geldig-tot: 2027-01-01          # optional: when its figures expire
 * feiten:                          # optional: exact facts for direct answers
 *   - tekst: "SLIM loopt tot en met 2030."
 *     jaar: 2024
 *     bron: https://...
 * ---
 * </pre>
 */
record FrontMatter(String id, String title, List<String> topics, List<String> audience, List<String> references,
        LocalDate checked, @Nullable LocalDate validUntil, List<Fact> facts) {

    static final Set<String> AUDIENCES = Set.of("medewerker", "leidinggevende", "hr");

    /** Front matter and the Markdown that follows it. */
    record Split(FrontMatter frontMatter, String body) {
    }

    static Split split(String markdown) throws KnowledgeFileException {
        String text = markdown.startsWith("\uFEFF") ? markdown.substring(1) : markdown;
        text = text.replace("\r\n", "\n");
        if (!text.startsWith("---\n")) {
            throw new KnowledgeFileException("geen front matter: het bestand moet beginnen met een regel '---'");
        }
        int end = text.indexOf("\n---", 3);
        if (end < 0) {
            throw new KnowledgeFileException("front matter is niet afgesloten met een regel '---'");
        }
        String yaml = text.substring(4, end);
        int bodyStart = text.indexOf('\n', end + 1);
        String body = bodyStart < 0 ? "" : text.substring(bodyStart + 1);
        return new Split(parse(yaml), body);
    }

    private static FrontMatter parse(String yaml) throws KnowledgeFileException {
        Object loaded;
        try {
            loaded = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
        } catch (MarkedYAMLException invalid) {
            Mark mark = invalid.getProblemMark();
            throw new KnowledgeFileException("front matter is geen geldige YAML" + (mark == null ? ""
                    : ", regel " + (mark.getLine() + 2)) + ": " + invalid.getProblem());
        } catch (YAMLException invalid) {
            throw new KnowledgeFileException("front matter is geen geldige YAML: " + firstLine(invalid.getMessage()));
        }
        if (!(loaded instanceof Map<?, ?> fields)) {
            throw new KnowledgeFileException("front matter is leeg of geen lijst van velden");
        }
        String id = text(fields, "id");
        String title = text(fields, "titel");
        List<String> topics = list(fields, "onderwerpen");
        List<String> audience = list(fields, "doelgroep").stream().map(String::toLowerCase).toList();
        for (String group : audience) {
            if (!AUDIENCES.contains(group)) {
                throw new KnowledgeFileException("onbekende doelgroep '" + group
                        + "': kies uit medewerker, leidinggevende, hr");
            }
        }
        List<String> references = list(fields, "bronnen");
        if (references.isEmpty()) {
            throw new KnowledgeFileException("veld 'bronnen' is leeg: noem minstens één bron");
        }
        LocalDate checked = date(fields, "gecontroleerd");
        LocalDate validUntil = fields.get("geldig-tot") == null ? null : date(fields, "geldig-tot");
        if (validUntil != null && validUntil.isBefore(checked)) {
            throw new KnowledgeFileException("veld 'geldig-tot' ligt vóór 'gecontroleerd'");
        }
        return new FrontMatter(id, title, topics, audience, references, checked, validUntil, facts(fields));
    }

    /** {@code feiten}: a list of {@code tekst} (required), {@code jaar} (a year) and {@code bron} (a web page). */
    private static List<Fact> facts(Map<?, ?> fields) throws KnowledgeFileException {
        Object value = fields.get("feiten");
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof Collection<?> items)) {
            throw new KnowledgeFileException("veld 'feiten' moet een lijst zijn (regels die met '- tekst:' beginnen)");
        }
        List<Fact> facts = new ArrayList<>();
        int number = 0;
        for (Object item : items) {
            number++;
            if (!(item instanceof Map<?, ?> fact) || fact.get("tekst") == null || fact.get("tekst").toString().isBlank()) {
                throw new KnowledgeFileException("feit " + number + " heeft geen 'tekst'");
            }
            Integer year = null;
            Object jaar = fact.get("jaar");
            if (jaar != null) {
                if (!(jaar instanceof Integer whole) || whole < 1900 || whole > 2100) {
                    throw new KnowledgeFileException("feit " + number + ": 'jaar' is geen jaartal (zoals 2025)");
                }
                year = whole;
            }
            Object bron = fact.get("bron");
            String source = bron == null ? null : bron.toString().strip();
            if (source != null && !source.matches("https?://\\S+")) {
                throw new KnowledgeFileException("feit " + number + ": 'bron' is geen webadres (begin met https://)");
            }
            facts.add(new Fact(fact.get("tekst").toString().strip().replaceAll("\\s+", " "), year, source));
        }
        return List.copyOf(facts);
    }

    private static String text(Map<?, ?> fields, String name) throws KnowledgeFileException {
        Object value = fields.get(name);
        if (value == null || value.toString().isBlank()) {
            throw new KnowledgeFileException("veld '" + name + "' ontbreekt in de front matter");
        }
        return value.toString().strip();
    }

    private static List<String> list(Map<?, ?> fields, String name) throws KnowledgeFileException {
        Object value = fields.get(name);
        if (value == null) {
            throw new KnowledgeFileException("veld '" + name + "' ontbreekt in de front matter");
        }
        List<String> values = new ArrayList<>();
        if (value instanceof Collection<?> items) {
            items.forEach(item -> values.add(String.valueOf(item).strip()));
        } else {
            values.add(value.toString().strip());
        }
        return List.copyOf(values);
    }

    private static LocalDate date(Map<?, ?> fields, String name) throws KnowledgeFileException {
        Object value = fields.get(name);
        if (value instanceof Date date) {
            return date.toInstant().atZone(ZoneOffset.UTC).toLocalDate();
        }
        try {
            return LocalDate.parse(text(fields, name));
        } catch (DateTimeParseException invalid) {
            throw new KnowledgeFileException("veld '" + name + "' is geen datum (gebruik JJJJ-MM-DD)");
        }
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("");
    }
}
