package nl.koers.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;

import nl.koers.KoersHttp;

/**
 * The packaged Koers, killed with SIGKILL and started again on the same data folder (the embedded H2): a turn
 * that was answered is never lost, and a turn cut off halfway leaves no half of itself behind.
 */
class KillAndRestartIT {

    static final Path LOGS = Path.of("target/process-logs");

    @TempDir
    Path data;

    @Test
    void aKoersKilledBetweenTurnsContinuesAtTheNextQuestion() throws Exception {
        String id;
        try (KoersProcess first = start("between-first")) {
            id = startPreparation(first.port());
            for (String answer : List.of("Planner", "Als een lastige rit rond komt", "plannen en overzicht houden")) {
                assertThat(say(first.port(), id, answer).statusCode()).isEqualTo(200);
            }
            assertThat(first.kill()).as("killed by SIGKILL").isEqualTo(128 + 9);
        }

        try (KoersProcess second = start("between-second")) {
            DocumentContext conversation = conversation(second.port(), id);
            assertThat(conversation.read("$.messages", List.class)).hasSize(7);
            assertThat(conversation.read("$.pop.role", String.class)).isEqualTo("Planner");
            assertThat(conversation.read("$.pop.talents", List.class)).containsExactly("plannen", "overzicht houden");
            HttpResponse<String> next = say(second.port(), id, "Zelfstandig inkopen");
            assertThat(JsonPath.parse(next.body()).read("$.reply.text", String.class)).as("the question after the one answered last")
                    .contains("over drie tot vijf jaar");
        }
    }

    @Test
    void aKoersKilledInTheMiddleOfABurstKeepsEveryAnsweredTurnAndNoHalfOne() throws Exception {
        String id;
        List<String> answered = new CopyOnWriteArrayList<>();
        try (KoersProcess first = start("burst-first")) {
            id = startPreparation(first.port());
            Thread burst = Thread.ofPlatform().start(() -> {
                for (int turn = 1; ; turn++) {
                    String answer = "Antwoord " + turn;
                    try {
                        if (say(first.port(), id, answer).statusCode() == 200) {
                            answered.add(answer);
                        }
                    } catch (RuntimeException connectionGone) {
                        return;
                    }
                }
            });
            Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
            while (answered.size() < 25 && Instant.now().isBefore(deadline)) {
                Thread.sleep(10);
            }
            first.kill();
            burst.join();
        }
        assertThat(answered).as("turns answered before the kill").hasSizeGreaterThanOrEqualTo(25);

        try (KoersProcess second = start("burst-second")) {
            DocumentContext conversation = conversation(second.port(), id);
            List<String> roles = conversation.read("$.messages[*].role");
            List<String> said = conversation.read("$.messages[?(@.role == 'user')].text");
            assertThat(said).as("every answered turn survived, in order").startsWith(answered.toArray(String[]::new));
            assertThat(said.size()).as("at most the turn in flight on top: stored, its reply never sent")
                    .isBetween(answered.size(), answered.size() + 1);
            for (int i = 0; i < roles.size(); i++) {
                assertThat(roles.get(i)).as("message %d", i).isEqualTo(i % 2 == 0 ? "assistant" : "user");
            }
            assertThat(roles.getLast()).as("no question without its answer: a turn is whole or absent").isEqualTo("assistant");
            assertThat(say(second.port(), id, "Nog een antwoord").statusCode()).isEqualTo(200);
        }
    }

    private KoersProcess start(String name) throws Exception {
        return KoersProcess.start(LOGS, name, List.of("koers.data-dir=" + data, "koers.accounts.demo-users=true"));
    }

    static String startPreparation(int port) {
        HttpResponse<String> started = KoersHttp.api(port).send("POST", "/api/conversations", "{\"type\":\"VOORBEREIDING\"}",
                with("Content-Type", "application/json"));
        assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
        return JsonPath.read(started.body(), "$.id");
    }

    static HttpResponse<String> say(int port, String id, String text) {
        return KoersHttp.api(port).send("POST", "/api/conversations/" + id + "/messages", "{\"text\":\"" + text + "\"}",
                with("Content-Type", "application/json"));
    }

    static DocumentContext conversation(int port, String id) {
        return JsonPath.parse(KoersHttp.api(port).get("/api/conversations/" + id, KoersHttp.basic("medewerker", "koers")).body());
    }

    private static String[] with(String... headers) {
        String[] basic = KoersHttp.basic("medewerker", "koers");
        String[] all = java.util.Arrays.copyOf(basic, basic.length + headers.length);
        System.arraycopy(headers, 0, all, basic.length, headers.length);
        return all;
    }
}
