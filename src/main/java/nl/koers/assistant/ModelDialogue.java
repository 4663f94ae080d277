package nl.koers.assistant;

import nl.koers.dialogue.Phase;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.ai.document.Document;
import org.springframework.stereotype.Component;

import nl.koers.dialogue.GuidedDialogue;
import nl.koers.dialogue.GuidedDialogue.Participants;
import nl.koers.dialogue.PopField;
import nl.koers.dialogue.Question;
import nl.koers.dutch.DutchText;
import nl.koers.pop.LearningForm;
import nl.koers.knowledge.LuceneDocumentRetriever;
import nl.koers.pop.Pop;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The llm dialogue strategy: the model reads a free answer into the field the engine asks about (structured
 * output, checked with the same rules as the guided dialogue), phrases the engine's reply naturally, and answers
 * questions from retrieved knowledge with citations. The engine keeps deciding what is asked and in which phase;
 * every failure here is a {@link ModelUnavailableException}, after which the turn runs guided.
 */
@Component
public class ModelDialogue {

    /** What the guided dialogue should read as the answer, and learning forms the model saw per action. */
    public record Reading(String answer, Map<String, LearningForm> forms) {
    }

    static final int MAX_REPLY = 1500;
    private static final Pattern CITATION = Pattern.compile("\\[(\\d+)]");

    private final LanguageModel model;
    private final PromptLibrary prompts;
    private final GuidedDialogue guided;
    private final JsonMapper json;
    private final Clock clock;

    ModelDialogue(LanguageModel model, PromptLibrary prompts, GuidedDialogue guided, JsonMapper json, Clock clock) {
        this.model = model;
        this.prompts = prompts;
        this.guided = guided;
        this.json = json;
        this.clock = clock;
    }

    public boolean available() {
        return model.available();
    }

    /** Whether a failed attempt falls back from a model that was working, and so deserves a notice. */
    public boolean wasWorking() {
        return model.hasAnswered();
    }

    public Reading read(Participants who, Phase phase, Question question, String answer) {
        PopField field = question.field();
        String system = system(who, phase);
        String user = prompts.render(PromptName.EXTRACTIE, Map.of("vraag", guided.wording(who, question),
                "veld", ExtractionSchemas.describe(field), "antwoord", data(answer), "vandaag",
                LocalDate.now(clock).toString()));
        Map<String, Object> schema = ExtractionSchemas.of(field);
        String output = model.json(system, user, schema);
        try {
            return parse(field, output, answer);
        } catch (IllegalArgumentException invalid) {
            String repair = user + "\n\nJe vorige antwoord paste niet bij het schema (" + invalid.getMessage()
                    + "). Geef alleen geldige JSON volgens het schema.";
            try {
                return parse(field, model.json(system, repair, schema), answer);
            } catch (IllegalArgumentException stillInvalid) {
                throw new ModelUnavailableException("structured output invalid twice: " + stillInvalid.getMessage());
            }
        }
    }

    /** The engine's reply as a coach would say it, streamed; still ending with the engine's question. */
    public String phrase(Participants who, Phase phase, String draft, String answer, Consumer<String> tokens) {
        String user = prompts.render(PromptName.FORMULEREN, Map.of("concept", draft, "antwoord", data(answer)));
        String text = model.stream(system(who, phase), user, tokens).strip();
        if (text.length() > MAX_REPLY || (draft.contains("?") && !text.contains("?"))) {
            throw new ModelUnavailableException("the phrasing left out the question or ran too long");
        }
        return text;
    }

    /** A grounded answer from retrieved chunks, citing them as [1], [2]; citations to nothing are removed. */
    public String answer(String question, List<Document> sources, Participants who, Consumer<String> tokens) {
        StringBuilder blocks = new StringBuilder();
        for (int i = 0; i < sources.size(); i++) {
            Document source = sources.get(i);
            blocks.append("<<<BRON [").append(i + 1).append("] ").append(source.getMetadata().get(LuceneDocumentRetriever.TITLE))
                    .append('\n').append(data(source.getText())).append("\nBRON>>>\n\n");
        }
        String user = prompts.render(PromptName.BEANTWOORDEN, Map.of("bronnen", blocks.toString().strip(),
                "vraag", data(question)));
        String text = model.stream(system(who, Phase.VRAAG), user, tokens).strip();
        Matcher citations = CITATION.matcher(text);
        StringBuilder checked = new StringBuilder();
        while (citations.find()) {
            int number = Integer.parseInt(citations.group(1));
            citations.appendReplacement(checked, number >= 1 && number <= sources.size() ? "$0" : "");
        }
        citations.appendTail(checked);
        return checked.toString();
    }

    /**
     * The POP's texts written by the model: ambitions, each goal as one SMART sentence, each action as a concrete
     * step. The structure stays the engine's: the output must have exactly the goals and actions it was given.
     */
    public Pop writePop(Participants who, Pop pop) {
        Map<String, Object> input = new LinkedHashMap<>();
        input.put("ambities", Map.of("kort", nullToEmpty(pop.ambitions().shortTerm()),
                "lang", nullToEmpty(pop.ambitions().longTerm())));
        input.put("doelen", pop.goals().stream().map(goal -> Map.of("beschrijving", goal.description(),
                "maatstaf", nullToEmpty(goal.measure()), "deadline", goal.deadline() == null ? "" : goal.deadline().toString(),
                "acties", goal.actions().stream().map(Pop.Action::description).toList())).toList());
        String user = prompts.render(PromptName.POP_SCHRIJVEN, Map.of("pop", data(json.writeValueAsString(input))));
        JsonNode written;
        try {
            written = json.readTree(model.json(system(who, Phase.AFGEROND), user, ExtractionSchemas.popTexts()));
        } catch (JacksonException notJson) {
            throw new ModelUnavailableException("the POP texts were not JSON");
        }
        JsonNode goals = written.path("doelen");
        if (!goals.isArray() || goals.size() != pop.goals().size()) {
            throw new ModelUnavailableException("the POP texts changed the number of goals");
        }
        List<Pop.Goal> rewritten = new ArrayList<>();
        for (int i = 0; i < pop.goals().size(); i++) {
            Pop.Goal goal = pop.goals().get(i);
            JsonNode actions = goals.get(i).path("acties");
            if (!actions.isArray() || actions.size() != goal.actions().size()) {
                throw new ModelUnavailableException("the POP texts changed the number of actions of goal " + (i + 1));
            }
            List<Pop.Action> steps = new ArrayList<>();
            for (int a = 0; a < goal.actions().size(); a++) {
                Pop.Action action = goal.actions().get(a);
                steps.add(new Pop.Action(sentence(actions.get(a).asString(""), action.description()), action.learningForm(),
                        action.deadline(), action.place(), action.resources(), action.support(), action.ownEffort()));
            }
            rewritten.add(new Pop.Goal(sentence(goals.get(i).path("beschrijving").asString(""), goal.description()),
                    goal.measure(), goal.deadline(), goal.deadlineText(), steps));
        }
        Pop.Ambitions ambitions = new Pop.Ambitions(
                sentenceOrNull(written.path("ambities").path("kort").asString(""), pop.ambitions().shortTerm()),
                sentenceOrNull(written.path("ambities").path("lang").asString(""), pop.ambitions().longTerm()));
        return pop.toBuilder().ambitions(ambitions).goals(rewritten).build();
    }

    /** The model's sentence, or the original when the model left it empty or wrote far too much. */
    private static String sentence(String written, String original) {
        String text = written.strip();
        return text.isEmpty() || text.length() > 600 ? original : text;
    }

    private static @org.jspecify.annotations.Nullable String sentenceOrNull(String written,
            @org.jspecify.annotations.Nullable String original) {
        return original == null || original.isBlank() ? original : sentence(written, original);
    }

    private static String nullToEmpty(@org.jspecify.annotations.Nullable String text) {
        return text == null ? "" : text;
    }

    private String system(Participants who, Phase phase) {
        return prompts.render(PromptName.SYSTEEM, Map.of("gesprekstype", who.type().name(), "fase", phase.name()));
    }

    /** User text and knowledge are data: they cannot close the block they are delimited by. */
    static String data(String text) {
        return text.replace("<<<", "«").replace(">>>", "»");
    }

    private Reading parse(PopField field, String output, String original) {
        JsonNode root;
        try {
            root = json.readTree(output);
        } catch (JacksonException notJson) {
            throw new IllegalArgumentException("geen JSON");
        }
        if (!root.isObject()) {
            throw new IllegalArgumentException("geen JSON-object");
        }
        if (root.has("begrepen") && root.get("begrepen").isBoolean() && !root.get("begrepen").asBoolean()) {
            return new Reading(original, Map.of());
        }
        return switch (field.kind()) {
            case TEXT -> new Reading(text(root, "antwoord"), Map.of());
            case LIST -> new Reading(String.join(", ", strings(root, "items")), Map.of());
            case CHOICE -> new Reading(ExtractionSchemas.choiceWord(field, text(root, "keuze")), Map.of());
            case DATE -> new Reading(date(text(root, "datum")).toString(), Map.of());
            case DATES -> new Reading(String.join(" en ", strings(root, "data").stream().map(d -> date(d).toString())
                    .toList()), Map.of());
            case YES_NO -> new Reading(bool(root, "ja") ? "ja" : "nee", Map.of());
            case RESOURCES -> new Reading(resources(root), Map.of());
            case ACTIONS -> actions(root);
        };
    }

    private Reading actions(JsonNode root) {
        JsonNode list = root.get("acties");
        if (list == null || !list.isArray() || list.isEmpty()) {
            throw new IllegalArgumentException("'acties' ontbreekt");
        }
        List<String> lines = new ArrayList<>();
        Map<String, LearningForm> forms = new HashMap<>();
        for (JsonNode action : list) {
            String description = text(action, "beschrijving");
            lines.add(description);
            String form = action.path("leervorm").asString("");
            try {
                forms.put(DutchText.lowerCase(description), LearningForm.valueOf(form));
            } catch (IllegalArgumentException unknown) {
                throw new IllegalArgumentException("onbekende leervorm '" + form + "'");
            }
        }
        return new Reading(String.join("\n", lines), forms);
    }

    private static String resources(JsonNode root) {
        List<String> parts = new ArrayList<>();
        JsonNode euros = root.get("euro");
        JsonNode hours = root.get("uren");
        if (euros != null && euros.isNumber() && euros.asDouble() > 0) {
            parts.add("€ " + euros.asString().replace('.', ','));
        }
        if (hours != null && hours.isNumber() && hours.asDouble() > 0) {
            parts.add(hours.asString().replace('.', ',') + " uur");
        }
        return parts.isEmpty() ? "niets" : String.join(" en ", parts);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isString() || value.asString().isBlank()) {
            throw new IllegalArgumentException("'" + field + "' ontbreekt of is leeg");
        }
        return value.asString().strip();
    }

    private static List<String> strings(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isArray() || value.isEmpty()) {
            throw new IllegalArgumentException("'" + field + "' moet een niet-lege lijst zijn");
        }
        List<String> items = new ArrayList<>();
        value.forEach(item -> items.add(item.asString().strip()));
        return items;
    }

    private static boolean bool(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isBoolean()) {
            throw new IllegalArgumentException("'" + field + "' moet true of false zijn");
        }
        return value.asBoolean();
    }

    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException invalid) {
            throw new IllegalArgumentException("'" + text + "' is geen datum JJJJ-MM-DD");
        }
    }
}
