package nl.koers.conversation;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import org.springframework.stereotype.Component;

import nl.koers.dialogue.QuestionBank;
import nl.koers.dialogue.Wording;
import nl.koers.knowledge.SourceRef;

/**
 * Questions to the knowledge base without a language model: the best passages with their sources, or a plain
 * statement that the knowledge base does not cover the question.
 */
@Component
public class GuidedAnswers {

    public record Answer(String text, List<SourceRef> sources) {
    }

    private final QuestionBank bank;
    private final KnowledgeTips tips;

    GuidedAnswers(QuestionBank bank, KnowledgeTips tips) {
        this.bank = bank;
        this.tips = tips;
    }

    public String welcome(String employeeName) {
        return bank.texts().text("welkom.VRAAG", java.util.Map.of("medewerker", Wording.firstName(employeeName, "")));
    }

    public Answer answer(String question) {
        List<KnowledgeTips.Passage> passages = tips.answer(question);
        if (passages.isEmpty()) {
            return new Answer(bank.texts().text("vraag.geen"), List.of());
        }
        StringBuilder text = new StringBuilder(bank.texts().text("vraag.intro"));
        LinkedHashSet<SourceRef> sources = new LinkedHashSet<>();
        for (KnowledgeTips.Passage passage : passages) {
            sources.add(passage.source());
            int number = new ArrayList<>(sources).indexOf(passage.source()) + 1;
            text.append("\n\n[").append(number).append("] ").append(passage.source().title());
            if (passage.source().heading() != null) {
                text.append(" — ").append(passage.source().heading());
            }
            text.append(":\n").append(passage.text());
        }
        if (passages.stream().anyMatch(KnowledgeTips.Passage::aboutMoney)) {
            text.append("\n\n").append(bank.texts().text("vraag.geld"));
        }
        return new Answer(text.toString(), List.copyOf(sources));
    }
}
