package nl.koers.conversation;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;

import nl.koers.dialogue.QuestionBankLoader;
import nl.koers.funding.FundingAdvisor;
import nl.koers.funding.OrganisationSettings;
import nl.koers.knowledge.KnowledgeFixtures;

/** The guided answers over the bundled knowledge base and the bundled texts, as a VRAAG conversation uses them. */
final class AnswerFixtures {

    private AnswerFixtures() {
    }

    static GuidedAnswers answers() {
        return new GuidedAnswers(QuestionBankLoader.load(Path.of("prompts")), KnowledgeFixtures.bundledSearch(),
                FundingAdvisor.fromPrompts(Path.of("prompts"), new OrganisationSettings("", 25),
                        Clock.fixed(Instant.parse("2026-12-01T09:00:00Z"), KnowledgeFixtures.AMSTERDAM)),
                KnowledgeFixtures.bundledArticles());
    }
}
