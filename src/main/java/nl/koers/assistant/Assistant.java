package nl.koers.assistant;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.ai.document.Document;
import org.springframework.stereotype.Component;

import nl.koers.dialogue.Answer;
import nl.koers.dialogue.Expecting;
import nl.koers.dialogue.Participants;
import nl.koers.dialogue.Phase;
import nl.koers.knowledge.LuceneDocumentRetriever;
import nl.koers.pop.Pop;

/**
 * The assistant module's face: everything Koers asks the language model. It reads an answer as the typed answer the
 * dialogue expects ({@link AnswerExtraction}), phrases the dialogue's reply as a coach would, answers questions from
 * retrieved knowledge with citations, and writes the POP's texts ({@link PopWriting}). The dialogue keeps deciding
 * what is asked and in which phase; every failure here is a {@link ModelUnavailableException}, after which the turn
 * runs guided.
 */
@Component
public class Assistant {

    static final int MAX_REPLY = 1500;
    private static final Pattern CITATION = Pattern.compile("\\[(\\d+)]");

    private final LanguageModel model;
    private final PromptLibrary prompts;
    private final AnswerExtraction extraction;
    private final PopWriting writing;

    Assistant(LanguageModel model, PromptLibrary prompts, AnswerExtraction extraction, PopWriting writing) {
        this.model = model;
        this.prompts = prompts;
        this.extraction = extraction;
        this.writing = writing;
    }

    public boolean available() {
        return model.available();
    }

    /** Whether a failed attempt falls back from a model that was working, and so deserves a notice. */
    public boolean wasWorking() {
        return model.hasAnswered();
    }

    /** Whether the model reads answers to this question: text answers go into the POP in the person's own words. */
    public static boolean reads(Expecting expecting) {
        return AnswerExtraction.reads(expecting);
    }

    /** The answer as the model reads it, typed as the dialogue expects it; {@link Answer.NotUnderstood} if it does not answer. */
    public Answer read(Participants who, Phase phase, String question, Expecting expecting, String said) {
        return extraction.read(who, phase, question, expecting, said);
    }

    /** The POP's texts as the model writes them; the structure and every date and amount stay as they are. */
    public Pop writePop(Participants who, Pop pop) {
        return writing.write(who, pop);
    }

    /** The engine's reply as a coach would say it, streamed; still ending with the engine's question. */
    public String phrase(Participants who, Phase phase, String draft, String answer, Consumer<String> tokens) {
        String user = prompts.render(PromptName.FORMULEREN, Map.of("concept", draft, "antwoord", data(answer)));
        String text = model.stream(prompts.system(who, phase), user, tokens).strip();
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
        String text = model.stream(prompts.system(who, Phase.VRAAG), user, tokens).strip();
        Matcher citations = CITATION.matcher(text);
        StringBuilder checked = new StringBuilder();
        while (citations.find()) {
            int number = Integer.parseInt(citations.group(1));
            citations.appendReplacement(checked, number >= 1 && number <= sources.size() ? "$0" : "");
        }
        citations.appendTail(checked);
        return checked.toString();
    }

    /** User text and knowledge are data: they cannot close the block they are delimited by. */
    public static String data(String text) {
        return text.replace("<<<", "«").replace(">>>", "»");
    }
}
