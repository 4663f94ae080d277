package nl.koers.soak;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.jayway.jsonpath.JsonPath;
import com.zaxxer.hikari.HikariDataSource;

import nl.koers.KoersApplication;
import nl.koers.KoersHttp;
import nl.koers.WireMockOllama;
import nl.koers.conversation.ConversationClient;
import nl.koers.system.TestDatabase;

/**
 * Koers under real use for several pool lifetimes: people take turns (some streamed, some broken off by the
 * client), download PDFs, while the pool renews its connections every few seconds and the language model comes and
 * goes. Afterwards Koers restarts on the same data folder and every turn it answered must be there.
 * <p>
 * {@code ./mvnw verify} runs it for {@link #DEFAULT_DURATION}; {@code ./mvnw -Psoak verify} for an hour
 * ({@code -Dkoers.soak.duration=PT1H}). The figures go to {@code target/soak/report.md}.
 */
class SoakTest {

    static final Duration DEFAULT_DURATION = Duration.ofSeconds(100);
    static final Duration RENEW_EVERY = Duration.ofSeconds(4);
    static final Duration MODEL_CHANGES_EVERY = Duration.ofSeconds(3);
    static final List<String> PEOPLE = List.of("medewerker", "medewerker2", "leidinggevende", "hr");
    static final List<String> ANSWERS = List.of("Planner bij transport", "Als een lastige rit rond komt",
            "plannen, overzicht houden en klantcontact", "Over een jaar wil ik de planning leiden",
            "Teamleider van de planners", "verdiepen in mijn rol", "Zelfstandig inkopen", "Drie orders zonder hulp",
            "eind maart 2027", "meelopen met de inkoper en een cursus inkoopbasis", "€ 650", "elke week een uur");

    /** An answered turn: this text was sent to this conversation and Koers replied 200 (or streamed its reply). */
    record Answered(String user, String conversation, String text) {
    }

    @TempDir
    Path data;

    private final Set<Answered> answered = ConcurrentHashMap.newKeySet();
    private final Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();
    private final ConcurrentLinkedQueue<String> problems = new ConcurrentLinkedQueue<>();

    @Test
    void everyAnsweredTurnSurvivesPoolRenewalsModelFailuresDisconnectsAndARestart() throws Exception {
        Duration duration = Duration.parse(System.getProperty("koers.soak.duration", DEFAULT_DURATION.toString()));
        WireMockServer ollama = WireMockOllama.started();
        long started = System.nanoTime();
        try (ConfigurableApplicationContext app = start(ollama)) {
            int port = ((WebServerApplicationContext) app).getWebServer().getPort();
            HikariDataSource pool = app.getBean(HikariDataSource.class);
            long deadline = System.nanoTime() + duration.toNanos();
            ScheduledExecutorService chores = Executors.newScheduledThreadPool(3);
            chores.scheduleWithFixedDelay(() -> renew(pool), RENEW_EVERY.toMillis(), RENEW_EVERY.toMillis(),
                    TimeUnit.MILLISECONDS);
            var model = new ModelMood(ollama);
            chores.scheduleWithFixedDelay(model::change, 0, MODEL_CHANGES_EVERY.toMillis(), TimeUnit.MILLISECONDS);
            chores.scheduleWithFixedDelay(() -> checkHealth(port), 1, 1, TimeUnit.SECONDS);
            try (ExecutorService people = Executors.newVirtualThreadPerTaskExecutor()) {
                List<Future<?>> work = new ArrayList<>();
                for (int i = 0; i < PEOPLE.size(); i++) {
                    String user = PEOPLE.get(i);
                    work.add(people.submit(() -> converse(port, user, deadline)));
                }
                work.add(people.submit(() -> streamAndHangUp(port, deadline)));
                work.add(people.submit(() -> downloadPdfs(port, deadline)));
                for (Future<?> done : work) {
                    done.get();
                }
            } finally {
                chores.shutdownNow();
            }
        } finally {
            ollama.stop();
        }

        Map<String, Integer> missing = new java.util.TreeMap<>();
        try (ConfigurableApplicationContext restarted = start(null)) {
            int port = ((WebServerApplicationContext) restarted).getWebServer().getPort();
            Map<String, Set<String>> stored = new ConcurrentHashMap<>();
            for (Answered turn : answered) {
                Set<String> texts = stored.computeIfAbsent(turn.conversation(), id -> texts(port, turn.user(), id));
                if (!texts.contains(turn.text())) {
                    missing.merge(turn.conversation(), 1, Integer::sum);
                }
            }
        }
        report(Duration.ofNanos(System.nanoTime() - started), duration, missing);

        assertThat(problems).as("answers that should never happen").isEmpty();
        assertThat(count("turns answered")).as("the soak did real work").isGreaterThan(20);
        assertThat(count("pool renewals")).isGreaterThan(2);
        assertThat(count("model answered")).as("the model came back at times").isPositive();
        assertThat(count("model failed")).as("and failed at times").isPositive();
        assertThat(missing).as("answered turns missing after the restart").isEmpty();
    }

    /** One person: starts a preparation (or, for HR, a question), answers, and starts anew every dozen turns. */
    private void converse(int port, String user, long deadline) {
        var client = new ConversationClient(port, user);
        String type = user.startsWith("medewerker") ? "VOORBEREIDING" : "VRAAG";
        String conversation = null;
        for (int turn = 0; System.nanoTime() < deadline; turn++) {
            if (turn % ANSWERS.size() == 0) {
                HttpResponse<String> created = client.startRaw("{\"type\":\"" + type + "\"}");
                if (!expect(created, "start", 201)) {
                    continue;
                }
                conversation = JsonPath.read(created.body(), "$.id");
            }
            String text = (type.equals("VRAAG") ? "Wat betaalt de SLIM-regeling?" : ANSWERS.get(turn % ANSWERS.size()))
                    + " (" + user + " " + turn + ")";
            if (expect(client.sayRaw(conversation, text), "turn", 200)) {
                answered.add(new Answered(user, conversation, text));
                increment("turns answered");
            }
        }
    }

    /**
     * Streamed turns, half of them broken off by the client after the first bytes. A finished stream is an answered
     * turn; a broken-off one may or may not have been stored, but must not break anything.
     */
    private void streamAndHangUp(int port, long deadline) {
        var client = new ConversationClient(port, "medewerker2");
        String conversation = JsonPath.read(client.start("VOORBEREIDING", null).jsonString(), "$.id");
        for (int turn = 0; System.nanoTime() < deadline; turn++) {
            String text = ANSWERS.get(turn % ANSWERS.size()) + " (stroom " + turn + ")";
            boolean hangUp = turn % 2 == 0;
            try {
                String received = stream(port, "medewerker2", conversation, text, hangUp);
                if (hangUp) {
                    increment("streams broken off");
                } else if (received.contains("event:done")) {
                    answered.add(new Answered("medewerker2", conversation, text));
                    increment("streams finished");
                } else if (received.contains("event:error") && received.contains("\"status\":409")) {
                    // the turn before was broken off by the client but still runs to its end on the server, as it
                    // should; until then the next turn is told to wait, as the contract says (nothing was stored)
                    increment("streams told to wait for the turn before");
                } else {
                    problems.add("stream without done: " + received.substring(Math.max(0, received.length() - 600)));
                }
            } catch (IOException failure) {
                problems.add("stream: " + failure);
            }
            if (turn % ANSWERS.size() == ANSWERS.size() - 1) {
                conversation = JsonPath.read(client.start("VOORBEREIDING", null).jsonString(), "$.id");
            }
        }
    }

    private void downloadPdfs(int port, long deadline) {
        var client = new ConversationClient(port, "medewerker");
        String conversation = JsonPath.read(client.start("VOORBEREIDING", null).jsonString(), "$.id");
        for (String answer : ANSWERS) {
            client.sayRaw(conversation, answer);
        }
        while (System.nanoTime() < deadline) {
            HttpResponse<String> pdf = client.get("/api/conversations/" + conversation + "/pop.pdf");
            if (pdf.statusCode() == 200) {
                increment("pdf downloads");
            } else if (pdf.statusCode() == 503) {
                increment("pdf downloads refused while busy");
            } else {
                problems.add("pdf: " + pdf.statusCode() + " " + pdf.body());
            }
        }
    }

    private void checkHealth(int port) {
        String health = KoersHttp.api(port).get("/actuator/health", KoersHttp.basic("hr", "koers")).body();
        if (!"UP".equals(JsonPath.read(health, "$.components.db.status"))) {
            problems.add("db health: " + health);
        }
        increment("health checks");
    }

    /** Turns with answers other than these are counted as problems: 500s, lost bodies, refusals. */
    private boolean expect(HttpResponse<String> response, String what, int status) {
        if (response.statusCode() == status) {
            return true;
        }
        problems.add(what + ": " + response.statusCode() + " " + response.body());
        return false;
    }

    /** A streamed turn over a plain socket, so that hanging up is a real disconnect in the middle of the reply. */
    private static String stream(int port, String user, String conversation, String text, boolean hangUp)
            throws IOException {
        byte[] body = ("{\"text\":" + ConversationClient.quote(text) + "}").getBytes(StandardCharsets.UTF_8);
        String auth = Base64.getEncoder().encodeToString((user + ":koers").getBytes(StandardCharsets.UTF_8));
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/conversations/" + conversation + "/messages/stream HTTP/1.1\r\nHost: localhost\r\n"
                    + "Authorization: Basic " + auth + "\r\nContent-Type: application/json\r\n"
                    + "Accept: text/event-stream\r\nConnection: close\r\nContent-Length: " + body.length + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
            InputStream in = socket.getInputStream();
            byte[] buffer = new byte[hangUp ? 64 : 8192];
            var received = new StringBuilder();
            for (int read; (read = in.read(buffer)) > 0; ) {
                received.append(new String(buffer, 0, read, StandardCharsets.UTF_8));
                if (hangUp) {
                    break;
                }
            }
            return received.toString().replace("event: ", "event:");
        }
    }

    /** Replaces the pool's connections one by one while it is in use, as max-lifetime does. */
    private void renew(HikariDataSource pool) {
        try {
            TestDatabase.renewConnections(pool);
            increment("pool renewals");
        } catch (Exception failure) {
            problems.add("pool renewal: " + failure);
        }
    }

    /** WireMock playing Ollama, changing its mood every few seconds: answering, refusing, breaking off, hanging. */
    private final class ModelMood {

        private final WireMockServer ollama;
        private final List<Supplier<ResponseDefinitionBuilder>> failures = List.of(
                () -> aResponse().withStatus(500).withBody("{\"error\":\"model runner crashed\"}"),
                () -> aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER),
                () -> aResponse().withHeader("Content-Type", "application/x-ndjson").withBody("{niet-json\n"),
                () -> aResponse().withHeader("Content-Type", "application/x-ndjson")
                        .withBodyFile("ollama/chat-stream-phrasing.ndjson").withFixedDelay(3_000));
        private int next;

        ModelMood(WireMockServer ollama) {
            this.ollama = ollama;
        }

        void change() {
            ollama.resetMappings();
            if (next % 2 == 0) {
                ollama.stubFor(post(urlEqualTo("/api/chat")).atPriority(5).willReturn(aResponse()
                        .withHeader("Content-Type", "application/x-ndjson")
                        .withBodyFile("ollama/chat-stream-phrasing.ndjson")));
                ollama.stubFor(post(urlEqualTo("/api/chat")).withRequestBody(matchingJsonPath("$.format")).atPriority(1)
                        .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody(
                                "{\"model\":\"gemma3:4b\",\"message\":{\"role\":\"assistant\",\"content\":"
                                        + "\"{\\\"begrepen\\\": true, \\\"antwoord\\\": \\\"goed\\\"}\"},"
                                        + "\"done_reason\":\"stop\",\"done\":true}")));
                increment("model answered");
            } else {
                ollama.stubFor(post(urlEqualTo("/api/chat")).willReturn(failures.get(next / 2 % failures.size()).get()));
                increment("model failed");
            }
            next++;
        }
    }

    private static Set<String> texts(int port, String user, String conversation) {
        HttpResponse<String> response = new ConversationClient(port, user).get("/api/conversations/" + conversation);
        if (response.statusCode() != 200) {
            return Set.of();
        }
        return new HashSet<>(JsonPath.read(response.body(), "$.messages[*].text"));
    }

    private ConfigurableApplicationContext start(WireMockServer ollama) {
        List<String> args = new ArrayList<>(List.of("--server.port=0", "--koers.data-dir=" + data,
                "--koers.search.watch-folder=false", "--koers.limits.messages-per-minute=1000000",
                "--koers.limits.model-turns-per-day=1000000", "--koers.limits.conversations-per-day=1000000",
                "--koers.llm.retry-after=1s", "--koers.llm.connect-timeout=500ms", "--koers.llm.first-token-timeout=1s",
                "--koers.llm.total-timeout=2s"));
        args.add(ollama == null ? "--koers.llm.enabled=false" : "--spring.ai.ollama.base-url=" + ollama.baseUrl());
        return new SpringApplicationBuilder(KoersApplication.class).run(args.toArray(String[]::new));
    }

    private void increment(String what) {
        counts.computeIfAbsent(what, key -> new AtomicInteger()).incrementAndGet();
    }

    private int count(String what) {
        AtomicInteger count = counts.get(what);
        return count == null ? 0 : count.get();
    }

    private void report(Duration took, Duration soak, Map<String, Integer> missing) throws IOException {
        var text = new StringBuilder("# Soak\n\n| what | count |\n|---|---|\n");
        text.append("| soak duration | ").append(soak).append(" |\n");
        text.append("| whole test, restart included | ").append(took.toSeconds()).append(" s |\n");
        new java.util.TreeMap<>(counts).forEach((what, count) -> text.append("| ").append(what).append(" | ")
                .append(count.get()).append(" |\n"));
        text.append("| answered turns missing after restart | ")
                .append(missing.values().stream().mapToInt(Integer::intValue).sum()).append(" |\n");
        text.append("| problems | ").append(problems.size()).append(" |\n");
        problems.stream().limit(20).forEach(problem -> text.append("\n- ").append(problem));
        Path folder = Path.of("target", "soak");
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("report.md"), text);
        System.out.println(text);
    }

}
