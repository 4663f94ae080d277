package nl.koers.assistant;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.ai.document.Document;
import org.springframework.stereotype.Component;

import nl.koers.dialogue.Participants;
import nl.koers.dialogue.Phase;
import nl.koers.knowledge.LuceneDocumentRetriever;
import nl.koers.pop.Pop;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The llm dialogue strategy beside the reading ({@link AnswerExtraction}): the model phrases the engine's reply
 * naturally, answers questions from retrieved knowledge with citations, and writes the POP's texts. The engine keeps deciding what is asked and in which phase;
 * every failure here is a {@link ModelUnavailableException}, after which the turn runs guided.
 */
@Component
public class ModelDialogue {

    static final int MAX_REPLY = 1500;
    private static final Pattern CITATION = Pattern.compile("\\[(\\d+)]");

    private final LanguageModel model;
    private final PromptLibrary prompts;
    private final JsonMapper json;

    ModelDialogue(LanguageModel model, PromptLibrary prompts, JsonMapper json) {
        this.model = model;
        this.prompts = prompts;
        this.json = json;
    }

    public boolean available() {
        return model.available();
    }

    /** Whether a failed attempt falls back from a model that was working, and so deserves a notice. */
    public boolean wasWorking() {
        return model.hasAnswered();
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
    public static String data(String text) {
        return text.replace("<<<", "«").replace(">>>", "»");
    }
}
