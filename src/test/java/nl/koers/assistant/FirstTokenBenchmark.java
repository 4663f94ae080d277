package nl.koers.assistant;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import com.github.tomakehurst.wiremock.WireMockServer;

import nl.koers.OllamaIntegrationTest;
import nl.koers.WireMockOllama;
import nl.koers.bench.BenchmarkReport;
import nl.koers.conversation.ConversationService;
import nl.koers.dialogue.ConversationType;
import nl.koers.conversation.TurnService;
import nl.koers.accounts.KoersUser;
import nl.koers.accounts.UserRepository;

/**
 * Time to first token that Koers adds over the model: WireMock plays Ollama, answering the structured reading at
 * once and sending the first chunk of the streamed phrasing after a fixed delay. Koers's share is the time from
 * the start of the turn to the first token it hands on, minus that delay: storing the message, the reading call,
 * the engine's turn, building the prompt. Run with {@code ./mvnw -Pbench test -Dtest=FirstTokenBenchmark}.
 */
@Tag("benchmark")
@OllamaIntegrationTest
// the database on disk, as in production: storing the message is part of what is measured; timeouts that a slow
// turn on a busy machine does not reach, since it is measured, not tested
@TestPropertySource(properties = {"spring.datasource.url=jdbc:h2:file:${koers.data-dir}/koers;MODE=PostgreSQL;"
        + "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=0",
        "koers.llm.first-token-timeout=5s", "koers.llm.total-timeout=10s"})
class FirstTokenBenchmark {

    static final int WARM_UP = 100;
    static final int MEASURED = 300;
    static final int FIRST_CHUNK_DELAY_MILLIS = 50;
    static final WireMockServer OLLAMA = WireMockOllama.server();

    @Autowired
    ConversationService conversations;

    @Autowired
    TurnService turns;

    @Autowired
    UserRepository users;

    @Test
    void koersAddsLittleBeforeTheFirstToken() {
        OLLAMA.stubFor(post(urlEqualTo("/api/chat")).withRequestBody(matchingJsonPath("$.format"))
                .willReturn(okJson("{\"model\":\"gemma3:4b\",\"message\":{\"role\":\"assistant\",\"content\":"
                        + "\"{\\\"begrepen\\\": true, \\\"items\\\": [\\\"plannen\\\"]}\"},\"done_reason\":\"stop\",\"done\":true}")));
        OLLAMA.stubFor(post(urlEqualTo("/api/chat")).withRequestBody(matchingJsonPath("$.stream", equalTo("true")))
                .willReturn(aResponse().withHeader("Content-Type", "application/x-ndjson")
                        .withBodyFile("ollama/chat-stream-phrasing.ndjson").withFixedDelay(FIRST_CHUNK_DELAY_MILLIS)));
        KoersUser sanne = users.findByUsername("medewerker").orElseThrow();

        for (int i = 0; i < WARM_UP; i++) {
            firstTokens(sanne);
        }
        long delay = FIRST_CHUNK_DELAY_MILLIS * 1_000_000L;
        long[] text = new long[MEASURED];
        long[] typed = new long[MEASURED];
        long[] readingCall = new long[MEASURED];
        long[] streamStart = new long[MEASURED];
        for (int i = 0; i < MEASURED; i++) {
            long[] pair = firstTokens(sanne);
            text[i] = pair[0] - delay;
            typed[i] = pair[1] - delay;
            readingCall[i] = direct(false);
            streamStart[i] = direct(true) - delay;
        }
        java.util.Arrays.sort(readingCall);
        java.util.Arrays.sort(streamStart);
        long[] textOwn = minus(text, streamStart[MEASURED / 2]);
        long[] typedOwn = minus(typed, streamStart[MEASURED / 2] + readingCall[MEASURED / 2]);

        new BenchmarkReport("first-token", "Time to first token added by Koers")
                .line("WireMock plays Ollama: the structured reading answers at once, the streamed phrasing sends its"
                        + " first chunk after " + FIRST_CHUNK_DELAY_MILLIS + " ms. Added = time from the start of the turn"
                        + " to the first token Koers hands on, minus that delay; " + MEASURED + " preparations after "
                        + WARM_UP + " warm-up ones. A text answer (the first question) is kept in the user's words; a"
                        + " typed answer (talents, a list) is first read by the model, which costs one more model call."
                        + " Koers's own share subtracts WireMock's own median time for the same requests, sent directly.")
                .line("")
                .line("| turn | added p50 | added p95 | added p99 | Koers's own p50 | Koers's own p95 |")
                .line("|---|---|---|---|---|---|")
                .line(row("text answer", text, textOwn))
                .line(row("typed answer (+ reading call)", typed, typedOwn))
                .line("")
                .line("WireMock itself, median: reading call " + BenchmarkReport.millis(BenchmarkReport.percentile(readingCall, 50))
                        + ", stream's first byte beyond its delay " + BenchmarkReport.millis(BenchmarkReport.percentile(streamStart, 50)) + ".")
                .write();
        String section = "First token in llm mode (added by Koers over the model)";
        BenchmarkReport.figure(section, "text answer, Koers's own p50", BenchmarkReport.percentile(textOwn, 50), "ms");
        BenchmarkReport.figure(section, "text answer, Koers's own p95", BenchmarkReport.percentile(textOwn, 95), "ms");
        BenchmarkReport.figure(section, "typed answer, Koers's own p50", BenchmarkReport.percentile(typedOwn, 50), "ms");
        BenchmarkReport.figure(section, "typed answer, Koers's own p95", BenchmarkReport.percentile(typedOwn, 95), "ms");
    }

    /** A new preparation: the first answer (text), a second text answer, then the talents (typed). */
    private long[] firstTokens(KoersUser user) {
        UUID id = conversations.start(user, ConversationType.VOORBEREIDING, null).id();
        long text = firstToken(id, user, "Ik ben planner");
        firstToken(id, user, "Lastige ritten");
        long typed = firstToken(id, user, "plannen");
        return new long[] {text, typed};
    }

    private long firstToken(UUID id, KoersUser user, String answer) {
        var first = new AtomicLong();
        long start = System.nanoTime();
        var reply = turns.post(id, user, answer, null, piece -> first.compareAndSet(0, System.nanoTime()));
        assertThat(reply.mode().value()).isEqualTo("llm");
        return first.get() - start;
    }

    private static long[] minus(long[] values, long subtract) {
        return java.util.Arrays.stream(values).map(value -> value - subtract).toArray();
    }

    private static String row(String turn, long[] added, long[] own) {
        return "| " + turn + " | " + BenchmarkReport.millis(BenchmarkReport.percentile(added, 50)) + " | "
                + BenchmarkReport.millis(BenchmarkReport.percentile(added, 95)) + " | "
                + BenchmarkReport.millis(BenchmarkReport.percentile(added, 99)) + " | "
                + BenchmarkReport.millis(BenchmarkReport.percentile(own, 50)) + " | "
                + BenchmarkReport.millis(BenchmarkReport.percentile(own, 95)) + " |";
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

}
