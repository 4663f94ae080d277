package nl.koers.conversation;

import nl.koers.dialogue.QuestionBank;
import nl.koers.dialogue.QuestionBankLoader;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import nl.koers.system.KoersProperties;

@Configuration(proxyBeanMethods = false)
class GuidedConfiguration {

    /** Loaded once at start-up; a missing or malformed file stops the start with the file and line. */
    @Bean
    QuestionBank questionBank(KoersProperties properties) {
        return QuestionBankLoader.load(properties.promptsDir());
    }
}
