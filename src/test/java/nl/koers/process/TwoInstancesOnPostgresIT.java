package nl.koers.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;

import nl.koers.KoersHttp;
import nl.koers.bench.BenchmarkReport;
import nl.koers.system.TestDatabase;

/**
 * A team setup: two Koers processes on one PostgreSQL. One conversation is continued alternately on each, turn
 * by turn, as a load balancer would send it; then both take a turn on it at the same moment. And the limits hold
 * for both together: the message cap, the cap on conversations started, and the pause after wrong passwords.
 */
class TwoInstancesOnPostgresIT {

    static final Path LOGS = Path.of("target/process-logs");

    @TempDir
    Path data;

    @Test
    void twoInstancesContinueTheSameConversationTurnByTurn() throws Exception {
        TestDatabase.requirePostgres();
        String schema = "koers_two_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (KoersProcess one = start("instance-one", schema, "one"); KoersProcess two = start("instance-two", schema, "two")) {
            String id = KillAndRestartIT.startPreparation(one.port());
            List<String> answers = List.of("Planner", "Als een lastige rit rond komt", "plannen en overzicht houden",
                    "Zelfstandig inkopen", "Teamleider planning", "Een cursus inkoop", "Meer klantcontact",
                    "volgende fase");
            List<String> questions = new ArrayList<>();
            for (int turn = 0; turn < answers.size(); turn++) {
                KoersProcess instance = turn % 2 == 0 ? one : two;
                HttpResponse<String> reply = KillAndRestartIT.say(instance.port(), id, answers.get(turn));
                assertThat(reply.statusCode()).as("turn %d on instance %s: %s", turn, turn % 2 == 0 ? "one" : "two",
                        reply.body()).isEqualTo(200);
                questions.add(JsonPath.parse(reply.body()).read("$.reply.text", String.class));
            }

            assertThat(questions.get(0)).contains("Van welk werk krijg je energie");
            assertThat(questions.get(1)).contains("Waar ben je goed in");
            assertThat(questions.get(2)).contains("over een jaar");
            assertThat(questions.get(3)).contains("drie tot vijf jaar");
            DocumentContext seenByOne = KillAndRestartIT.conversation(one.port(), id);
            DocumentContext seenByTwo = KillAndRestartIT.conversation(two.port(), id);
            assertThat(seenByOne.jsonString()).isEqualTo(seenByTwo.jsonString());
            assertThat(seenByTwo.read("$.phase", String.class)).as("the last answer skipped to the agreements").isEqualTo("AFSPRAKEN");
            assertThat(seenByTwo.read("$.pop.talents", List.class)).containsExactly("plannen", "overzicht houden");
            List<String> said = seenByTwo.read("$.messages[?(@.role == 'user')].text");
            assertThat(said).containsExactlyElementsOf(answers);

            // the team leader reads the shared preparation on one instance; the owner sees that on the other
            assertThat(KoersHttp.api(one.port()).send("POST", "/api/conversations/" + id + "/share", "",
                    KoersHttp.basic("medewerker", "koers")).statusCode()).isEqualTo(204);
            assertThat(KoersHttp.api(one.port()).get("/api/conversations/" + id + "/pop",
                    KoersHttp.basic("leidinggevende", "koers")).statusCode()).isEqualTo(200);
            String log = KoersHttp.api(two.port()).get("/api/me/access-log", KoersHttp.basic("medewerker", "koers")).body();
            assertThat(JsonPath.parse(log).read("$[?(@.conversation == '" + id + "')].viewer", List.class))
                    .containsExactly("leidinggevende");

            // both at once: the row lock in PostgreSQL takes them one after the other, across processes
            var onOne = CompletableFuture.supplyAsync(() -> KillAndRestartIT.say(one.port(), id, "Tegelijk via een"));
            var onTwo = CompletableFuture.supplyAsync(() -> KillAndRestartIT.say(two.port(), id, "Tegelijk via twee"));
            assertThat(List.of(onOne.join().statusCode(), onTwo.join().statusCode())).containsOnly(200);
            List<String> roles = KillAndRestartIT.conversation(one.port(), id).read("$.messages[*].role");
            assertThat(roles).hasSize(1 + 2 * (answers.size() + 2));
            for (int i = 0; i < roles.size(); i++) {
                assertThat(roles.get(i)).as("message %d", i).isEqualTo(i % 2 == 0 ? "assistant" : "user");
            }
        } finally {
            TestDatabase.dropSchema(schema);
        }
    }

    static final String SECTION = "Limits across two instances on one PostgreSQL";

    @Test
    void theLimitsHoldForBothInstancesTogether() throws Exception {
        TestDatabase.requirePostgres();
        String schema = "koers_limits_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        List<String> low = List.of("koers.limits.messages-per-minute=4", "koers.limits.conversations-per-day=3",
                "koers.limits.login-failures=3");
        try (KoersProcess one = start("limits-one", schema, "one", low);
                KoersProcess two = start("limits-two", schema, "two", low)) {
            List<KoersProcess> both = List.of(one, two);
            // The jar's bean definitions were made at build time, on no database: the shared limits are chosen at start.
            assertThat(both).allMatch(KoersProcess::startedAotProcessed);
            // The jar's manifest allows Lucene's native access, so a start does not warn about it.
            assertThat(both).noneMatch(instance -> instance.logContains("restricted method"));

            // four messages a minute, sent alternately: the fifth and sixth are refused, on either instance
            String id = JsonPath.read(startConversation(one, "medewerker2", "VOORBEREIDING").body(), "$.id");
            List<Integer> messages = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                messages.add(KoersHttp.api(both.get(i % 2).port()).send("POST", "/api/conversations/" + id + "/messages",
                        "{\"text\":\"Planner " + i + "\"}", "Authorization", KoersHttp.basic("medewerker2", "koers")[1],
                        "Content-Type", "application/json").statusCode());
            }
            BenchmarkReport.figure(SECTION, "messages accepted of 6 sent alternately, cap 4 a minute",
                    messages.stream().filter(status -> status == 200).count(), "");
            assertThat(messages).as("per instance, all six would have passed").containsExactly(200, 200, 200, 200, 429, 429);
            String stored = KoersHttp.api(two.port()).get("/api/conversations/" + id,
                    KoersHttp.basic("medewerker2", "koers")).body();
            assertThat(JsonPath.parse(stored).read("$.messages.length()", Integer.class)).as("nothing refused is stored")
                    .isEqualTo(1 + 2 * 4);

            // three conversations a day: the fourth is refused on either instance
            List<Integer> started = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                started.add(startConversation(both.get(i % 2), "hr", "VRAAG").statusCode());
            }
            BenchmarkReport.figure(SECTION, "conversations started of 5 asked alternately, cap 3 a day",
                    started.stream().filter(status -> status == 201).count(), "");
            assertThat(started).containsExactly(201, 201, 201, 429, 429);

            // three wrong passwords, two on one and one on two: the username is paused from this address on both
            for (int i = 0; i < 3; i++) {
                assertThat(me(both.get(i % 2), "leidinggevende", "geraden" + i).statusCode()).isEqualTo(401);
            }
            for (KoersProcess instance : both) {
                HttpResponse<String> paused = me(instance, "leidinggevende", "koers");
                assertThat(paused.statusCode()).as("even the right password waits").isEqualTo(429);
                assertThat(paused.headers().firstValue("Retry-After")).hasValue("900");
            }
            assertThat(me(two, "medewerker", "koers").statusCode()).as("other names go on").isEqualTo(200);
        } finally {
            TestDatabase.dropSchema(schema);
        }
    }

    private static HttpResponse<String> startConversation(KoersProcess instance, String username, String type) {
        return KoersHttp.api(instance.port()).send("POST", "/api/conversations", "{\"type\":\"" + type + "\"}",
                "Authorization", KoersHttp.basic(username, "koers")[1], "Content-Type", "application/json");
    }

    private static HttpResponse<String> me(KoersProcess instance, String username, String password) {
        return KoersHttp.api(instance.port()).get("/api/me", KoersHttp.basic(username, password));
    }

    private KoersProcess start(String name, String schema, String folder) throws Exception {
        return start(name, schema, folder, List.of());
    }

    private KoersProcess start(String name, String schema, String folder, List<String> more) throws Exception {
        List<String> settings = new ArrayList<>(List.of("spring.profiles.active=postgres",
                "spring.datasource.url=" + TestDatabase.POSTGRES_URL + "?currentSchema=" + schema,
                "spring.datasource.username=" + TestDatabase.POSTGRES_USER,
                "spring.datasource.password=" + TestDatabase.POSTGRES_PASSWORD, "spring.flyway.schemas=" + schema,
                "koers.accounts.demo-users=true", "koers.data-dir=" + data.resolve(folder)));
        settings.addAll(more);
        return KoersProcess.start(LOGS, name, settings);
    }
}
