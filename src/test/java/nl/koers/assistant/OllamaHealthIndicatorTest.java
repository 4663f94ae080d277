package nl.koers.assistant;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.ai.model.ollama.autoconfigure.OllamaChatProperties;
import org.springframework.ai.model.ollama.autoconfigure.OllamaConnectionProperties;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

import com.github.tomakehurst.wiremock.WireMockServer;

import nl.koers.MovableClock;

/** The health check against WireMock playing Ollama's {@code /api/tags}, with a clock the test moves. */
class OllamaHealthIndicatorTest {

    private static final String TAGS_WITH_GEMMA = """
            {"models":[{"name":"gemma3:4b","model":"gemma3:4b","size":3338801804,
              "details":{"family":"gemma3","parameter_size":"4.3B","quantization_level":"Q4_K_M"}},
             {"name":"nomic-embed-text:latest","model":"nomic-embed-text:latest","size":274302450}]}""";

    static final LlmProperties LLM = new LlmProperties(true, Duration.ofSeconds(1), Duration.ofSeconds(1),
            Duration.ofSeconds(2), Duration.ofSeconds(30));

    private WireMockServer ollama;
    private MovableClock clock;
    private ModelCircuit circuit;

    @BeforeEach
    void start() {
        ollama = new WireMockServer(options().dynamicPort());
        ollama.start();
        clock = new MovableClock(Instant.parse("2026-11-23T09:00:00Z"), ZoneOffset.UTC);
        circuit = new ModelCircuit(LLM, clock);
    }

    @AfterEach
    void stop() {
        ollama.stop();
    }

    @Test
    void upWhenTheConfiguredModelIsInstalled() {
        ollama.stubFor(get("/api/tags").willReturn(okJson(TAGS_WITH_GEMMA)));

        Health health = indicator(ollama.baseUrl(), "gemma3:4b").health();

        assertThat(health.getStatus()).isEqualTo(Status.UP);
        assertThat(health.getDetails()).containsEntry("model", "gemma3:4b");
    }

    @Test
    void modelPulledWithoutTagCountsAsLatest() {
        ollama.stubFor(get("/api/tags").willReturn(okJson(TAGS_WITH_GEMMA)));

        assertThat(indicator(ollama.baseUrl(), "nomic-embed-text").health().getStatus()).isEqualTo(Status.UP);
    }

    @Test
    void downWhenTheModelIsNotPulled() {
        ollama.stubFor(get("/api/tags").willReturn(okJson(TAGS_WITH_GEMMA)));

        Health health = indicator(ollama.baseUrl(), "llama3.1:8b").health();

        assertThat(health.getStatus()).isEqualTo(Status.DOWN);
        assertThat((String) health.getDetails().get("reason")).contains("niet geïnstalleerd");
    }

    @Test
    void downOnServerError() {
        ollama.stubFor(get("/api/tags").willReturn(aResponse().withStatus(500).withBody("model runner crashed")));

        assertThat(indicator(ollama.baseUrl(), "gemma3:4b").health().getStatus()).isEqualTo(Status.DOWN);
    }

    @Test
    void downWhenNothingListens() {
        Health health = indicator("http://127.0.0.1:9", "gemma3:4b").health();

        assertThat(health.getStatus()).isEqualTo(Status.DOWN);
        assertThat((String) health.getDetails().get("reason")).contains("niet bereikbaar");
    }

    @Test
    void downWithinTheTimeoutWhenOllamaHangs() {
        ollama.stubFor(get("/api/tags").willReturn(okJson(TAGS_WITH_GEMMA).withFixedDelay(10_000)));
        var indicator = indicator(ollama.baseUrl(), "gemma3:4b");

        long started = System.nanoTime();
        Health health = indicator.health();

        assertThat(health.getStatus()).isEqualTo(Status.DOWN);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(8));
    }

    @Test
    void downWhileTheCircuitIsOpenEvenWhenTagsAnswer() {
        ollama.stubFor(get("/api/tags").willReturn(okJson(TAGS_WITH_GEMMA)));
        circuit.failed("500 model runner crashed");

        Health health = indicator(ollama.baseUrl(), "gemma3:4b").health();

        assertThat(health.getStatus()).isEqualTo(Status.DOWN);
        assertThat(health.getDetails()).containsEntry("lastFailure", "500 model runner crashed");
        circuit.succeeded();
        assertThat(indicator(ollama.baseUrl(), "gemma3:4b").health().getStatus()).isEqualTo(Status.UP);
    }

    @Test
    void remembersTheAnswerBrieflyThenAsksAgain() {
        ollama.stubFor(get("/api/tags").willReturn(aResponse().withStatus(503)));
        var indicator = indicator(ollama.baseUrl(), "gemma3:4b");
        assertThat(indicator.health().getStatus()).isEqualTo(Status.DOWN);

        ollama.stubFor(get("/api/tags").willReturn(okJson(TAGS_WITH_GEMMA)));
        clock.advance(Duration.ofSeconds(5));
        assertThat(indicator.health().getStatus()).as("still remembered").isEqualTo(Status.DOWN);

        clock.advance(Duration.ofSeconds(6));
        assertThat(indicator.health().getStatus()).as("asked again").isEqualTo(Status.UP);
        ollama.verify(2, getRequestedFor(urlEqualTo("/api/tags")));
    }

    private OllamaHealthIndicator indicator(String baseUrl, String model) {
        var connection = new OllamaConnectionProperties();
        connection.setBaseUrl(baseUrl);
        var chat = new OllamaChatProperties();
        chat.setModel(model);
        return new OllamaHealthIndicator(connection, chat, clock, circuit, LLM);
    }
}
