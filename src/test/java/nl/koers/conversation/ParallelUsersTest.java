package nl.koers.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;

import nl.koers.KoersHttp;
import nl.koers.KoersIntegrationTest;
import nl.koers.accounts.Role;
import nl.koers.accounts.UserRepository;

/** Forty people, each in their own conversation, all at once over HTTP: everyone keeps exactly their own words. */
@KoersIntegrationTest
class ParallelUsersTest {

    static final int PEOPLE = 40;
    static final int TURNS = 6;
    static final String PASSWORD = "Parallel-Proef-2026";

    @LocalServerPort
    int port;

    @Autowired
    UserRepository users;

    @Test
    void fortyConversationsAtOnceKeepTheirOwnMessages() {
        // a cheap hash: the test is about the conversations, not about BCrypt on two cores
        String hash = "{bcrypt}" + new BCryptPasswordEncoder(4).encode(PASSWORD);
        List<String> names = IntStream.range(0, PEOPLE).mapToObj(i -> "parallel" + i).toList();
        names.forEach(name -> users.create(name, "Proef " + name, Role.MEDEWERKER, hash));

        List<CompletableFuture<String>> people = new ArrayList<>();
        try (var pool = Executors.newFixedThreadPool(PEOPLE)) {
            for (String name : names) {
                people.add(CompletableFuture.supplyAsync(() -> converse(name), pool));
            }
        }
        List<String> ids = people.stream().map(CompletableFuture::join).toList();

        for (int person = 0; person < PEOPLE; person++) {
            String name = names.get(person);
            DocumentContext conversation = get(name, "/api/conversations/" + ids.get(person));
            List<String> said = conversation.read("$.messages[?(@.role == 'user')].text");
            assertThat(said).as(name).containsExactlyElementsOf(answers(name));
            List<String> roles = conversation.read("$.messages[*].role");
            assertThat(roles).as(name + ": turns alternate").hasSize(1 + 2 * TURNS);
            assertThat(conversation.read("$.pop.role", String.class)).isEqualTo(answers(name).getFirst());
            assertThat(get(name, "/api/conversations").read("$[*].id", List.class)).containsExactly(ids.get(person));
            String neighbour = ids.get((person + 1) % PEOPLE);
            assertThat(KoersHttp.api(port).get("/api/conversations/" + neighbour, KoersHttp.basic(name, PASSWORD))
                    .statusCode()).isEqualTo(404);
        }
    }

    private String converse(String name) {
        HttpResponse<String> started = KoersHttp.api(port).send("POST", "/api/conversations", "{\"type\":\"VOORBEREIDING\"}",
                KoersHttp.basic(name, PASSWORD)[0], KoersHttp.basic(name, PASSWORD)[1], "Content-Type", "application/json");
        assertThat(started.statusCode()).isEqualTo(201);
        String id = JsonPath.read(started.body(), "$.id");
        for (String answer : answers(name)) {
            HttpResponse<String> turn = KoersHttp.api(port).send("POST", "/api/conversations/" + id + "/messages",
                    "{\"text\":\"" + answer + "\"}", KoersHttp.basic(name, PASSWORD)[0], KoersHttp.basic(name, PASSWORD)[1],
                    "Content-Type", "application/json");
            assertThat(turn.statusCode()).as(turn.body()).isEqualTo(200);
        }
        return id;
    }

    private static List<String> answers(String name) {
        return IntStream.rangeClosed(1, TURNS).mapToObj(turn -> "Antwoord " + turn + " van " + name).toList();
    }

    private DocumentContext get(String name, String path) {
        return JsonPath.parse(KoersHttp.api(port).get(path, KoersHttp.basic(name, PASSWORD)).body());
    }
}
