package nl.koers.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import nl.koers.KoersHttp;
import nl.koers.KoersIntegrationTest;
import nl.koers.conversation.ConversationService;
import nl.koers.dialogue.ConversationType;
import nl.koers.conversation.TurnService;

/**
 * Every endpoint that takes a conversation id, once, against every kind of caller: the owner, a colleague, the
 * team leader before and after sharing, HR and someone not signed in; and for a one-on-one, both people in it and
 * two outsiders. Someone who may not see a conversation gets 404 everywhere, and the 404 shows nothing of it.
 */
@KoersIntegrationTest
class AccessMatrixTest {

    /** What the owner typed: it must never appear in a refusal. */
    static final String SECRET = "Planner bij Rijnmond Transport";

    @LocalServerPort
    int port;

    @Autowired
    UserRepository users;

    @Autowired
    ConversationService conversations;

    @Autowired
    TurnService turns;

    enum Kind {
        /** reading the conversation and its messages */
        CONVERSATION,
        /** reading the POP or an export of it */
        POP,
        /** taking a turn: the owner, and the leader in a one-on-one they run */
        TURN,
        /** changing or accepting the POP: the owner, and the leader of a one-on-one */
        EDIT_POP,
        /** deleting: the owner only */
        OWNER,
        /** sharing with the team leader: the owner of a preparation only */
        SHARE;

        boolean reads() {
            return this == CONVERSATION || this == POP;
        }

        boolean writes() {
            return this == TURN || this == EDIT_POP;
        }
    }

    enum Scenario {
        PREPARATION, ONE_ON_ONE
    }

    enum Caller {
        OWNER("medewerker"), COLLEAGUE("medewerker2"), LEADER("leidinggevende"), SHARED_LEADER("leidinggevende"),
        HR("hr"), ANONYMOUS(null);

        final String username;

        Caller(String username) {
            this.username = username;
        }
    }

    enum Outcome {
        ALLOWED, NOT_FOUND, FORBIDDEN, BAD_REQUEST, SIGN_IN
    }

    /** One endpoint: how to call it as one caller on one conversation. */
    record Endpoint(String name, Kind kind, boolean page, Call call) {
    }

    @FunctionalInterface
    interface Call {
        HttpResponse<String> send(Client client, String id, Fixture fixture);
    }

    /** The conversation under test, with what the owner knows of it. */
    record Fixture(String id, Supplier<String> popJson) {
    }

    /** A caller's way in: HTTP Basic for the API, a signed-in session with its CSRF token for the pages. */
    record Client(KoersHttp api, String[] basic, KoersHttp pages, String csrf) {

        HttpResponse<String> api(String method, String path, String body, String... headers) {
            String[] all = Stream.concat(Stream.of(basic), Stream.of(headers)).toArray(String[]::new);
            return api.send(method, path, body, all);
        }

        HttpResponse<String> form(String path, Map<String, String> fields) {
            Map<String, String> withToken = new HashMap<>(fields);
            if (csrf != null) {
                withToken.put("_csrf", csrf);
            }
            return pages.postForm(path, withToken);
        }
    }

    static final String JSON = "Content-Type";

    static final List<Endpoint> ENDPOINTS = List.of(
            api("GET /api/conversations/{id}", Kind.CONVERSATION, (c, id, f) -> c.api("GET", "/api/conversations/" + id, "")),
            api("POST /api/conversations/{id}/messages", Kind.TURN, (c, id, f) -> c.api("POST",
                    "/api/conversations/" + id + "/messages", "{\"text\":\"Zelfstandig plannen\"}", JSON, "application/json")),
            api("POST /api/conversations/{id}/messages/stream", Kind.TURN, (c, id, f) -> c.api("POST",
                    "/api/conversations/" + id + "/messages/stream", "{\"text\":\"Zelfstandig plannen\"}", JSON, "application/json")),
            api("POST /api/conversations/{id}/share", Kind.SHARE, (c, id, f) -> c.api("POST", "/api/conversations/" + id + "/share", "")),
            api("DELETE /api/conversations/{id}/share", Kind.SHARE, (c, id, f) -> c.api("DELETE", "/api/conversations/" + id + "/share", "")),
            api("DELETE /api/conversations/{id}", Kind.OWNER, (c, id, f) -> c.api("DELETE", "/api/conversations/" + id, "")),
            api("GET /api/conversations/{id}/pop", Kind.POP, (c, id, f) -> c.api("GET", "/api/conversations/" + id + "/pop", "")),
            api("GET /api/conversations/{id}/pop as Markdown", Kind.POP, (c, id, f) -> c.api("GET",
                    "/api/conversations/" + id + "/pop", "", "Accept", "text/markdown")),
            api("PUT /api/conversations/{id}/pop", Kind.EDIT_POP, (c, id, f) -> c.api("PUT", "/api/conversations/" + id + "/pop",
                    f.popJson().get(), JSON, "application/json")),
            api("POST /api/conversations/{id}/pop/accept", Kind.EDIT_POP, (c, id, f) -> c.api("POST",
                    "/api/conversations/" + id + "/pop/accept", "")),
            api("GET /api/conversations/{id}/pop.pdf", Kind.POP, (c, id, f) -> c.api("GET", "/api/conversations/" + id + "/pop.pdf", "")),
            api("GET /api/conversations/{id}/pop.ics", Kind.POP, (c, id, f) -> c.api("GET", "/api/conversations/" + id + "/pop.ics", "")),
            page("GET /gesprekken/{id}", Kind.CONVERSATION, (c, id, f) -> c.pages().get("/gesprekken/" + id)),
            page("GET /gesprekken/{id}/live", Kind.CONVERSATION, (c, id, f) -> c.pages().get("/gesprekken/" + id + "/live")),
            page("POST /gesprekken/{id}/bericht", Kind.TURN, (c, id, f) -> c.form("/gesprekken/" + id + "/bericht",
                    Map.of("text", "Zelfstandig plannen"))),
            page("POST /gesprekken/{id}/bericht/stream", Kind.TURN, (c, id, f) -> c.form("/gesprekken/" + id + "/bericht/stream",
                    Map.of("text", "Zelfstandig plannen"))),
            page("POST /gesprekken/{id}/delen", Kind.SHARE, (c, id, f) -> c.form("/gesprekken/" + id + "/delen", Map.of("delen", "true"))),
            page("GET /gesprekken/{id}/verwijderen", Kind.OWNER, (c, id, f) -> c.pages().get("/gesprekken/" + id + "/verwijderen")),
            page("POST /gesprekken/{id}/verwijderen", Kind.OWNER, (c, id, f) -> c.form("/gesprekken/" + id + "/verwijderen", Map.of())),
            page("GET /gesprekken/{id}/pop", Kind.POP, (c, id, f) -> c.pages().get("/gesprekken/" + id + "/pop")),
            page("GET /gesprekken/{id}/pop/bewerken", Kind.EDIT_POP, (c, id, f) -> c.pages().get("/gesprekken/" + id + "/pop/bewerken")),
            page("POST /gesprekken/{id}/pop/bewerken", Kind.EDIT_POP, (c, id, f) -> c.form("/gesprekken/" + id + "/pop/bewerken",
                    Map.of("version", "0", "role", "Planner"))),
            page("POST /gesprekken/{id}/pop/akkoord", Kind.EDIT_POP, (c, id, f) -> c.form("/gesprekken/" + id + "/pop/akkoord", Map.of())),
            page("GET /gesprekken/{id}/pop.pdf", Kind.POP, (c, id, f) -> c.pages().get("/gesprekken/" + id + "/pop.pdf")),
            page("GET /gesprekken/{id}/pop.md", Kind.POP, (c, id, f) -> c.pages().get("/gesprekken/" + id + "/pop.md")),
            page("GET /gesprekken/{id}/pop.ics", Kind.POP, (c, id, f) -> c.pages().get("/gesprekken/" + id + "/pop.ics")));

    private static Endpoint api(String name, Kind kind, Call call) {
        return new Endpoint(name, kind, false, call);
    }

    private static Endpoint page(String name, Kind kind, Call call) {
        return new Endpoint(name, kind, true, call);
    }

    /** The rules of API.md, as a table. */
    static Outcome expected(Scenario scenario, Caller caller, Kind kind) {
        return switch (scenario) {
            case PREPARATION -> switch (caller) {
                case OWNER -> Outcome.ALLOWED;
                case COLLEAGUE, LEADER, HR -> Outcome.NOT_FOUND;
                case SHARED_LEADER -> kind.reads() ? Outcome.ALLOWED : Outcome.FORBIDDEN;
                case ANONYMOUS -> Outcome.SIGN_IN;
            };
            case ONE_ON_ONE -> switch (caller) {
                // the employee owns the one-on-one; it is visible to both already, so there is nothing to share
                case OWNER -> kind == Kind.SHARE ? Outcome.BAD_REQUEST : Outcome.ALLOWED;
                case LEADER -> kind.reads() || kind.writes() ? Outcome.ALLOWED : Outcome.FORBIDDEN;
                case COLLEAGUE, HR -> Outcome.NOT_FOUND;
                case SHARED_LEADER, ANONYMOUS -> throw new IllegalArgumentException(caller + " is not part of a one-on-one");
            };
        };
    }

    @TestFactory
    Stream<DynamicTest> everyEndpointAgainstEveryCaller() {
        Map<String, Client> clients = new HashMap<>();
        Function<Caller, Client> client = caller -> clients.computeIfAbsent(String.valueOf(caller.username), name -> signIn(caller));
        List<DynamicTest> tests = new ArrayList<>();
        for (Endpoint endpoint : ENDPOINTS) {
            for (Caller caller : Caller.values()) {
                tests.add(pair(Scenario.PREPARATION, endpoint, caller, client));
            }
            for (Caller caller : List.of(Caller.OWNER, Caller.LEADER, Caller.COLLEAGUE, Caller.HR)) {
                tests.add(pair(Scenario.ONE_ON_ONE, endpoint, caller, client));
            }
        }
        return tests.stream();
    }

    private DynamicTest pair(Scenario scenario, Endpoint endpoint, Caller caller, Function<Caller, Client> clients) {
        Outcome expected = expected(scenario, caller, endpoint.kind());
        String name = scenario + ": " + endpoint.name() + " as " + caller + " → " + expected;
        return DynamicTest.dynamicTest(name, () -> {
            Fixture fixture = fixture(scenario, caller == Caller.SHARED_LEADER);
            HttpResponse<String> response = endpoint.call().send(clients.apply(caller), fixture.id(), fixture);
            assertOutcome(endpoint, expected, response);
        });
    }

    static void assertOutcome(Endpoint endpoint, Outcome expected, HttpResponse<String> response) {
        int status = response.statusCode();
        String location = response.headers().firstValue("Location").orElse("");
        switch (expected) {
            case ALLOWED -> assertThat(status).as(response.body()).isBetween(200, 399);
            case NOT_FOUND -> {
                assertThat(status).isEqualTo(404);
                assertThat(response.body()).as("a 404 shows nothing of the conversation").doesNotContain(SECRET, "Sanne");
            }
            case FORBIDDEN -> {
                assertThat(status).isEqualTo(403);
                assertThat(response.body()).doesNotContain(SECRET);
            }
            case BAD_REQUEST -> assertThat(status).isEqualTo(400);
            case SIGN_IN -> {
                if (endpoint.page()) {
                    // a page sends the anonymous to the login page; a form post without a session is refused outright
                    assertThat(status == 403 || (status == 302 && location.endsWith("/login")))
                            .as("status %s, Location %s", status, location).isTrue();
                } else {
                    assertThat(status).isEqualTo(401);
                }
                assertThat(response.body()).doesNotContain(SECRET);
            }
        }
        if (expected != Outcome.ALLOWED) {
            assertThat(location).as("no redirect into the conversation").doesNotContain("/gesprekken/");
        }
    }

    /**
     * A fresh conversation per pair, so that a delete or a turn of one pair never changes another. Made through the
     * services: HTTP Basic would pay a BCrypt check per call, and the fixture is not what is under test.
     */
    private Fixture fixture(Scenario scenario, boolean shared) {
        KoersUser employee = users.findByUsername("medewerker").orElseThrow();
        KoersUser leader = users.findByUsername("leidinggevende").orElseThrow();
        UUID id = scenario == Scenario.PREPARATION
                ? conversations.start(employee, ConversationType.VOORBEREIDING, null).id()
                : conversations.start(leader, ConversationType.GESPREK, "medewerker").id();
        turns.post(id, scenario == Scenario.PREPARATION ? employee : leader, SECRET);
        if (shared) {
            conversations.share(id, employee, true);
        }
        return new Fixture(id.toString(), () -> KoersHttp.api(port).send("GET", "/api/conversations/" + id + "/pop", "",
                KoersHttp.basic("medewerker", "koers")).body());
    }

    private Client signIn(Caller caller) {
        KoersHttp api = KoersHttp.api(port);
        KoersHttp pages = KoersHttp.browser(port);
        if (caller.username == null) {
            return new Client(api, new String[0], pages, null);
        }
        assertThat(pages.login(caller.username, "koers").statusCode()).isEqualTo(302);
        return new Client(api, KoersHttp.basic(caller.username, "koers"), pages, KoersHttp.csrfToken(pages.get("/").body()));
    }
}
