package nl.koers.assistant;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.jayway.jsonpath.JsonPath;

import nl.koers.KoersHttp;
import nl.koers.OllamaIntegrationTest;
import nl.koers.WireMockOllama;
import nl.koers.conversation.ConversationClient;

/**
 * Spring AI's observations of the model's calls, read as HR reads them from {@code /actuator/metrics}: each call's
 * duration and outcome, and the tokens Ollama reported. Other tests share this application, so every assertion is
 * about what one turn adds.
 */
@OllamaIntegrationTest
class ModelMetricsTest {

    static final WireMockServer OLLAMA = WireMockOllama.server();
    static final String OPERATION = "gen_ai.client.operation";
    static final String TOKENS = "gen_ai.client.token.usage";
    /** What the recorded stream chat-stream-phrasing.ndjson says it took: prompt_eval_count and eval_count. */
    static final int INPUT_TOKENS = 388;
    static final int OUTPUT_TOKENS = 19;

    @LocalServerPort
    int port;

    @Test
    void aModelTurnShowsItsCallAndItsTokensUnderMetrics() {
        OLLAMA.stubFor(post(urlEqualTo("/api/chat")).willReturn(aResponse()
                .withHeader("Content-Type", "application/x-ndjson").withBodyFile("ollama/chat-stream-phrasing.ndjson")));
        double succeeded = count(OPERATION, "error:none");
        double input = count(TOKENS, "gen_ai.token.type:input");
        double output = count(TOKENS, "gen_ai.token.type:output");

        assertThat(firstAnswer("Ik ben planner, het liefst puzzel ik met ritten")).isEqualTo("llm");

        // the observation stops when the stream has ended, which may be just after the turn has answered
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertThat(count(OPERATION, "error:none")).isGreaterThanOrEqualTo(succeeded + 1);
            assertThat(count(TOKENS, "gen_ai.token.type:input")).isEqualTo(input + INPUT_TOKENS);
            assertThat(count(TOKENS, "gen_ai.token.type:output")).isEqualTo(output + OUTPUT_TOKENS);
        });
        assertThat(tags(OPERATION)).contains("gen_ai.operation.name", "error");
    }

    @Test
    void aFailedModelCallIsCountedAsAnError() {
        OLLAMA.stubFor(post(urlEqualTo("/api/chat")).willReturn(aResponse().withStatus(500)
                .withBody("{\"error\":\"model runner crashed\"}")));
        double failed = count(OPERATION) - count(OPERATION, "error:none");

        assertThat(firstAnswer("Planner")).isEqualTo("guided");

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(count(OPERATION) - count(OPERATION, "error:none")).isGreaterThanOrEqualTo(failed + 1));
    }

    /** Starts a preparation and answers its first question; returns the turn's mode. */
    private String firstAnswer(String text) {
        var sanne = new ConversationClient(port, "medewerker");
        String id = sanne.start("VOORBEREIDING", null).read("$.id");
        return sanne.say(id, text).read("$.mode");
    }

    /** The COUNT of a metric, for the given tags (name:value); 0 while nothing has been measured. */
    private double count(String metric, String... tags) {
        HttpResponse<String> response = metric(metric, tags);
        if (response.statusCode() == 404) {
            return 0;
        }
        List<Double> counts = JsonPath.read(response.body(), "$.measurements[?(@.statistic == 'COUNT')].value");
        assertThat(counts).as(response.body()).hasSize(1);
        return counts.getFirst();
    }

    private List<String> tags(String metric) {
        HttpResponse<String> response = metric(metric);
        assertThat(response.statusCode()).isEqualTo(200);
        return JsonPath.read(response.body(), "$.availableTags[*].tag");
    }

    private HttpResponse<String> metric(String metric, String... tags) {
        String query = Stream.of(tags).map(tag -> "tag=" + tag).collect(Collectors.joining("&", "?", ""));
        HttpResponse<String> response = KoersHttp.api(port).get("/actuator/metrics/" + metric + query,
                KoersHttp.basic("hr", "koers"));
        assertThat(response.statusCode()).as(response.body()).isIn(200, 404);
        return response;
    }
}
