package nl.koers.assistant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.springframework.ai.model.ollama.autoconfigure.OllamaChatProperties;
import org.springframework.ai.model.ollama.autoconfigure.OllamaConnectionProperties;

import io.micrometer.observation.ObservationRegistry;

import nl.koers.MovableClock;

/** The model where nothing listens: a refused connection is a quick, clean failure that opens the circuit. */
class LanguageModelTest {

    @Test
    void aRefusedConnectionFailsFastAndPausesTheModel() {
        var llm = new LlmProperties(true, Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(5),
                Duration.ofSeconds(30));
        var clock = new MovableClock(Instant.parse("2026-11-23T09:00:00Z"), ZoneOffset.UTC);
        var circuit = new ModelCircuit(llm, clock);
        var connection = new OllamaConnectionProperties();
        connection.setBaseUrl("http://127.0.0.1:9");
        var chat = new OllamaChatProperties();
        chat.setModel("gemma3:4b");
        var configuration = new OllamaConfiguration();
        var model = new LanguageModel(() -> configuration.ollamaChatModel(configuration.ollamaApi(connection, llm), chat,
                ObservationRegistry.NOOP), circuit, llm);

        long started = System.nanoTime();
        assertThatThrownBy(() -> model.text("systeem", "vraag")).isInstanceOf(ModelUnavailableException.class);
        assertThatThrownBy(() -> model.stream("systeem", "vraag", piece -> { }))
                .isInstanceOf(ModelUnavailableException.class).hasMessageContaining("paused");

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(3));
        assertThat(model.available()).isFalse();
        clock.advance(Duration.ofSeconds(31));
        assertThat(model.available()).as("tried again after the pause").isTrue();
    }
}
