package nl.koers.assistant;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.client.ResourceAccessException;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;

import nl.koers.MovableClock;
import nl.koers.OllamaIntegrationTest;
import nl.koers.WireMockOllama;
import nl.koers.conversation.ConversationClient;

/**
 * A model that goes away is one WARN line, however it fails and however often Koers tries again, and one INFO line
 * when it is back: no ERROR and no stack trace in the log of an installation whose model is down.
 */
@OllamaIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class ModelFailureLogTest {

    static final WireMockServer OLLAMA = WireMockOllama.server();

    @LocalServerPort
    int port;

    @Autowired
    MovableClock clock;

    @Test
    void aModelThatStaysAwayIsOneWarningAndItsReturnOneInfoLine(CapturedOutput output) {
        var sanne = new ConversationClient(port, "medewerker");
        String id = sanne.start("VOORBEREIDING", null).read("$.id");
        var failures = java.util.List.of(
                aResponse().withStatus(500).withBody("{\"error\":\"model runner crashed\"}"),
                aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER),
                ndjson().withBody("{\"model\":\"gemma3:4b\",\"message\":{\"content\":\"Mooi\"},\"done\":false}\n{niet-json\n"),
                ndjson().withBodyFile("ollama/chat-stream-phrasing.ndjson").withFixedDelay(10_000)); // beyond every timeout
        String[] answers = {"Planner", "Lastige ritten rond krijgen", "plannen", "teamleider worden"};

        for (int i = 0; i < failures.size(); i++) {
            OLLAMA.resetAll();
            OLLAMA.stubFor(post(urlEqualTo("/api/chat")).willReturn(failures.get(i)));
            assertThat(sanne.say(id, answers[i]).read("$.mode", String.class)).isEqualTo("guided");
            clock.advance(Duration.ofSeconds(31));
        }
        OLLAMA.resetAll();
        OLLAMA.stubFor(post(urlEqualTo("/api/chat")).withRequestBody(matchingJsonPath("$.stream", equalTo("true")))
                .withRequestBody(containing("<<<")).willReturn(ndjson().withBodyFile("ollama/chat-stream-phrasing.ndjson")));
        OLLAMA.stubFor(post(urlEqualTo("/api/chat")).withRequestBody(matchingJsonPath("$.format")).willReturn(
                aResponse().withHeader("Content-Type", "application/json").withBody(
                        "{\"model\":\"gemma3:4b\",\"message\":{\"role\":\"assistant\",\"content\":"
                                + "\"{\\\"begrepen\\\": true, \\\"antwoord\\\": \\\"Over een jaar leid ik de planning\\\"}\"},"
                                + "\"done_reason\":\"stop\",\"done\":true}")));
        assertThat(sanne.say(id, "Over een jaar leid ik de planning").read("$.mode", String.class)).isEqualTo("llm");

        String log = output.getAll();
        assertThat(log.lines().filter(line -> line.contains("Taalmodel niet bruikbaar"))).hasSize(1)
                .allSatisfy(line -> assertThat(line).contains("WARN"));
        assertThat(log.lines().filter(line -> line.contains("Taalmodel antwoordt weer"))).hasSize(1)
                .allSatisfy(line -> assertThat(line).contains("INFO"));
        assertThat(log).doesNotContain(" ERROR ", "Aggregation Error", "\tat ", "Exception:");
        assertThat(log.lines().filter(line -> line.contains(" WARN ")))
                .as("the model's client libraries add no warnings of their own")
                .noneMatch(line -> line.contains("reactor.") || line.contains("netty") || line.contains("springframework.ai"));
    }

    @Test
    void onlyFailuresOfTheModelItselfCountAsExpected() {
        assertThat(ModelFailures.isExpected(new ResourceAccessException("I/O error", new ConnectException("refused"))))
                .isTrue();
        assertThat(ModelFailures.isExpected(new RuntimeException(new java.util.concurrent.TimeoutException()))).isTrue();
        assertThat(ModelFailures.isExpected(new ModelUnavailableException("empty answer"))).isTrue();
        assertThat(ModelFailures.isExpected(new IllegalStateException("a bug in Koers"))).isFalse();
        assertThat(ModelFailures.isExpected(new NullPointerException())).isFalse();
    }

    private static ResponseDefinitionBuilder ndjson() {
        return aResponse().withHeader("Content-Type", "application/x-ndjson");
    }
}
