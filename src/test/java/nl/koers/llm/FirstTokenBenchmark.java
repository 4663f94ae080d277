package nl.koers.llm;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.github.tomakehurst.wiremock.WireMockServer;

import nl.koers.bench.BenchmarkReport;
import nl.koers.conversation.ConversationService;
import nl.koers.conversation.ConversationType;
import nl.koers.conversation.TurnService;
import nl.koers.user.KoersUser;
import nl.koers.user.UserRepository;

/**
 * Time to first token that Koers adds over the model: WireMock plays Ollama, answering the structured reading at
 * once and sending the first chunk of the streamed phrasing after a fixed delay. Koers's share is the time from
 * the start of the turn to the first token it hands on, minus that delay: storing the message, the reading call,
 * the engine's turn, building the prompt. Run with {@code ./mvnw -Pbench test -Dtest=FirstTokenBenchmark}.
 */
@Tag("benchmark")
@SpringBootTest(properties = {"koers.data-dir=target/test-data/ttft-${random.uuid}", "koers.search.watch-folder=false",
        "koers.llm.total-timeout=10s", "koers.llm.first-token-timeout=5s"})
class FirstTokenBenchmark {

    static final int WARM_UP = 100;
    static final int MEASURED = 300;
    static final int FIRST_CHUNK_DELAY_MILLIS = 50;
    static final WireMockServer OLLAMA = started();

    @Autowired
    ConversationService conversations;

    @Autowired
    TurnService turns;

    @Autowired
    UserRepository users;

    @DynamicPropertySource
    static void ollama(DynamicPropertyRegistry registry) {
        registry.add("spring.ai.ollama.base-url", OLLAMA::baseUrl);
    }

    @AfterAll
    static void stop() {
        OLLAMA.stop();
    }

    @Test
    void koersAddsLittleBeforeTheFirstToken() {
        OLLAMA.stubFor(post(urlEqualTo("/api/chat")).withRequestBody(matchingJsonPath("$.format"))
                .willReturn(okJson("{\"model\":\"gemma3:4b\",\"message\":{\"role\":\"assistant\",\"content\":"
                        + "\"{\\\"begrepen\\\": true, \\\"antwoord\\\": \\\"Planner\\\"}\"},\"done_reason\":\"stop\",\"done\":true}")));
        OLLAMA.stubFor(post(urlEqualTo("/api/chat")).withRequestBody(matchingJsonPath("$.stream", equalTo("true")))
                .willReturn(aResponse().withHeader("Content-Type", "application/x-ndjson")
                        .withBodyFile("ollama/chat-stream-phrasing.ndjson").withFixedDelay(FIRST_CHUNK_DELAY_MILLIS)));
        KoersUser sanne = users.findByUsername("medewerker").orElseThrow();

        for (int i = 0; i < WARM_UP; i++) {
            firstToken(sanne);
        }
        long[] added = new long[MEASURED];
        long[] readingCall = new long[MEASURED];
        long[] streamStart = new long[MEASURED];
        for (int i = 0; i < MEASURED; i++) {
            added[i] = firstToken(sanne) - FIRST_CHUNK_DELAY_MILLIS * 1_000_000L;
            readingCall[i] = direct(false);
            streamStart[i] = direct(true) - FIRST_CHUNK_DELAY_MILLIS * 1_000_000L;
        }
        long[] own = new long[MEASURED];
        java.util.Arrays.sort(readingCall);
        java.util.Arrays.sort(streamStart);
        long wiremock = readingCall[MEASURED / 2] + streamStart[MEASURED / 2];
        for (int i = 0; i < MEASURED; i++) {
            own[i] = added[i] - wiremock;
        }

        new BenchmarkReport("first-token", "Time to first token added by Koers")
                .line("WireMock plays Ollama: the structured reading answers at once, the streamed phrasing sends its"
                        + " first chunk after " + FIRST_CHUNK_DELAY_MILLIS + " ms. Added = time from the start of the turn"
                        + " to the first token Koers hands on, minus that delay; " + MEASURED + " turns after " + WARM_UP
                        + " warm-up turns, each a new preparation's first answer.")
                .line("")
                .line("| measure | value |").line("|---|---|")
                .line("| added p50 | " + BenchmarkReport.millis(BenchmarkReport.percentile(added, 50)) + " |")
                .line("| added p95 | " + BenchmarkReport.millis(BenchmarkReport.percentile(added, 95)) + " |")
                .line("| added p99 | " + BenchmarkReport.millis(BenchmarkReport.percentile(added, 99)) + " |")
                .line("| of which WireMock itself, median: the reading call's round trip | "
                        + BenchmarkReport.millis(BenchmarkReport.percentile(readingCall, 50)) + " |")
                .line("| of which WireMock itself, median: the stream's first byte beyond its delay | "
                        + BenchmarkReport.millis(BenchmarkReport.percentile(streamStart, 50)) + " |")
                .line("| Koers's own share p50 (added minus WireMock's medians) | "
                        + BenchmarkReport.millis(BenchmarkReport.percentile(own, 50)) + " |")
                .line("| Koers's own share p95 | " + BenchmarkReport.millis(BenchmarkReport.percentile(own, 95)) + " |")
                .write();
    }

    private long firstToken(KoersUser user) {
        UUID id = conversations.start(user, ConversationType.VOORBEREIDING, null).id();
        var first = new AtomicLong();
        long start = System.nanoTime();
        var reply = turns.post(id, user, "Ik ben planner", piece -> first.compareAndSet(0, System.nanoTime()));
        assertThat(reply.mode().value()).isEqualTo("llm");
        return first.get() - start;
    }

    /** WireMock's own time for the same requests, sent directly: the whole reading call, or the stream's first byte. */
    private static long direct(boolean stream) {
        String body = stream ? "{\"model\":\"gemma3:4b\",\"stream\":true,\"messages\":[]}"
                : "{\"model\":\"gemma3:4b\",\"stream\":false,\"format\":{},\"messages\":[]}";
        var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(OLLAMA.baseUrl() + "/api/chat"))
                .version(java.net.http.HttpClient.Version.HTTP_1_1).header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body)).build();
        long start = System.nanoTime();
        try (var input = CLIENT.send(request, java.net.http.HttpResponse.BodyHandlers.ofInputStream()).body()) {
            if (stream) {
                input.read();
                return System.nanoTime() - start;
            }
            input.readAllBytes();
            return System.nanoTime() - start;
        } catch (java.io.IOException | InterruptedException failure) {
            throw new IllegalStateException(failure);
        }
    }

    private static final java.net.http.HttpClient CLIENT = java.net.http.HttpClient.newBuilder()
            .version(java.net.http.HttpClient.Version.HTTP_1_1).build();

    private static WireMockServer started() {
        var server = new WireMockServer(options().dynamicPort().usingFilesUnderClasspath("."));
        server.start();
        return server;
    }
}
