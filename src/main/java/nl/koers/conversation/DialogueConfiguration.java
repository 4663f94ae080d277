package nl.koers.conversation;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import nl.koers.dialogue.Dialogue;
import nl.koers.dialogue.GuidedReader;
import nl.koers.dialogue.ProgressReview;
import nl.koers.dialogue.LearningFormsLoader;
import nl.koers.dialogue.QuestionBank;
import nl.koers.dialogue.QuestionBankLoader;
import nl.koers.dutch.LearningForms;
import nl.koers.system.KoersProperties;

/**
 * The dialogue core as beans: the question bank and learning-form vocabulary from {@code prompts/}, the engine with
 * knowledge tips, the reader.
 */
@Configuration(proxyBeanMethods = false)
class DialogueConfiguration {

    /** Loaded once at start-up; a missing or malformed file stops the start with the file and line. */
    @Bean
    QuestionBank questionBank(KoersProperties properties) {
        return QuestionBankLoader.load(properties.promptsDir());
    }

    @Bean
    Dialogue dialogue(QuestionBank bank, KnowledgeTips tips) {
        return new Dialogue(bank, tips);
    }

    /** The learning-form vocabulary from {@code prompts/leervormen.yml}, loaded and checked as the question bank is. */
    @Bean
    LearningForms learningForms(KoersProperties properties) {
        return LearningFormsLoader.load(properties.promptsDir());
    }

    @Bean
    ProgressReview progressReview(QuestionBank bank) {
        return new ProgressReview(bank.texts());
    }

    @Bean
    GuidedReader guidedReader(Clock clock, LearningForms forms) {
        return new GuidedReader(clock, forms);
    }
}
