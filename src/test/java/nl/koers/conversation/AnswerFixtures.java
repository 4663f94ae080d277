package nl.koers.conversation;

import java.nio.file.Path;

import nl.koers.dialogue.QuestionBankLoader;
import nl.koers.knowledge.KnowledgeFixtures;

/** The guided answers over the bundled knowledge base and the bundled texts, as a VRAAG conversation uses them. */
final class AnswerFixtures {

    private AnswerFixtures() {
    }

    static GuidedAnswers answers() {
        return new GuidedAnswers(QuestionBankLoader.load(Path.of("prompts")),
                KnowledgeFixtures.bundledSearch());
    }
}
