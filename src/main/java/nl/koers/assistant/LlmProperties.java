package nl.koers.assistant;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How Koers uses the language model. Which model, where and how creative: {@code spring.ai.ollama.base-url},
 * {@code spring.ai.ollama.chat.model} and {@code spring.ai.ollama.chat.temperature}.
 *
 * @param enabled           use the model when it answers; false keeps every turn guided
 * @param connectTimeout    how long to wait for a connection to Ollama
 * @param firstTokenTimeout how long to wait for the first words of an answer
 * @param totalTimeout      the longest one answer may take from start to end
 * @param retryAfter        after a failure, how long Koers runs guided before it tries the model again
 */
@ConfigurationProperties("koers.llm")
public record LlmProperties(@DefaultValue("true") boolean enabled, @DefaultValue("2s") Duration connectTimeout,
        @DefaultValue("20s") Duration firstTokenTimeout, @DefaultValue("60s") Duration totalTimeout,
        @DefaultValue("30s") Duration retryAfter) {
}
