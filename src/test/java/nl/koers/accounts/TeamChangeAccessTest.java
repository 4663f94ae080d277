package nl.koers.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;

import nl.koers.KoersHttp;
import nl.koers.KoersIntegrationTest;
import nl.koers.conversation.AccessLog;
import nl.koers.conversation.ConversationService;
import nl.koers.dialogue.ConversationType;
import nl.koers.conversation.TurnService;
import nl.koers.accounts.AccessMatrixTest.Client;
import nl.koers.accounts.AccessMatrixTest.Endpoint;
import nl.koers.accounts.AccessMatrixTest.Fixture;
import nl.koers.accounts.AccessMatrixTest.Kind;
import nl.koers.accounts.AccessMatrixTest.Outcome;

/**
 * An employee moves to another team and back (API.md, "Who may see what after a team change"): a shared
 * preparation and the POP of a one-on-one go with the employee to the current leader; the messages of a one-on-one
 * stay with the two people who held it; a leader's own preparation stays the leader's. Every endpoint of
 * {@link AccessMatrixTest} is called before the move, after it and after moving back.
 * <p>
 * Koers has no page to move someone: an employee joins the team of the leader named in the account settings when
 * Koers starts ({@code AccountProvisioning}, which calls {@link UserRepository#joinTeam}). The test makes the move
 * with that same method.
 */
@KoersIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TeamChangeAccessTest {

    static final String SECRET = AccessMatrixTest.SECRET;
    static final String PASSWORD = "koers";

    @LocalServerPort
    int port;

    @Autowired
    UserRepository users;

    @Autowired
    ConversationService conversations;

    @Autowired
    TurnService turns;

    @Autowired
    AccessLog accessLog;

    @Autowired
    PasswordEncoder passwords;

    enum Scenario {
        /** the employee's preparation, shared with the team leader */
        SHARED_PREPARATION,
        /** a one-on-one the first leader held with the employee */
        ONE_ON_ONE,
        /** the first leader's own preparation about the employee */
        LEADERS_OWN_PREPARATION
    }

    enum Moment {
        /** the employee is in the first leader's team */
        BEFORE,
        /** the employee moved to the second leader's team */
        AFTER,
        /** the employee moved back to the first leader's team */
        BACK
    }

    enum Caller {
        EMPLOYEE, FIRST_LEADER, SECOND_LEADER, SECOND_TEAM_COLLEAGUE
    }

    /** People of this test only, so that moving the employee changes nothing for other tests. */
    record People(KoersUser employee, KoersUser firstLeader, KoersUser secondLeader, KoersUser colleague,
            long firstTeam, long secondTeam) {

        KoersUser of(Caller caller) {
            return switch (caller) {
                case EMPLOYEE -> employee;
                case FIRST_LEADER -> firstLeader;
                case SECOND_LEADER -> secondLeader;
                case SECOND_TEAM_COLLEAGUE -> colleague;
            };
        }
    }

    private People people;
    private final Map<Caller, Client> clients = new EnumMap<>(Caller.class);

    /** The rule of API.md after a team change, as a table. */
    static Outcome expected(Scenario scenario, Moment moment, Caller caller, Kind kind) {
        Caller currentLeader = moment == Moment.AFTER ? Caller.SECOND_LEADER : Caller.FIRST_LEADER;
        boolean current = caller == currentLeader;
        return switch (scenario) {
            case SHARED_PREPARATION -> switch (caller) {
                case EMPLOYEE -> Outcome.ALLOWED;
                // the current leader reads, and does not write; a former leader no longer finds it
                case FIRST_LEADER, SECOND_LEADER -> !current ? Outcome.NOT_FOUND
                        : kind.reads() ? Outcome.ALLOWED : Outcome.FORBIDDEN;
                case SECOND_TEAM_COLLEAGUE -> Outcome.NOT_FOUND;
            };
            case ONE_ON_ONE -> switch (caller) {
                case EMPLOYEE -> kind == Kind.SHARE ? Outcome.BAD_REQUEST : Outcome.ALLOWED;
                // held it: reads its messages always; continues it and has its POP while the employee is in the team
                case FIRST_LEADER -> switch (kind) {
                    case CONVERSATION -> Outcome.ALLOWED;
                    case TURN -> current ? Outcome.ALLOWED : Outcome.FORBIDDEN;
                    case POP, EDIT_POP -> current ? Outcome.ALLOWED : Outcome.NOT_FOUND;
                    case OWNER, SHARE -> Outcome.FORBIDDEN;
                };
                // did not hold it: the POP only, while leading the employee
                case SECOND_LEADER -> current && (kind == Kind.POP || kind == Kind.EDIT_POP) ? Outcome.ALLOWED
                        : Outcome.NOT_FOUND;
                case SECOND_TEAM_COLLEAGUE -> Outcome.NOT_FOUND;
            };
            case LEADERS_OWN_PREPARATION -> caller == Caller.FIRST_LEADER ? Outcome.ALLOWED : Outcome.NOT_FOUND;
        };
    }

    /**
     * The two leaders at every moment; the employee and the second team's colleague after the move only, since
     * {@link AccessMatrixTest} covers the owner and colleagues within one team.
     */
    @TestFactory
    Stream<DynamicTest> everyEndpointBeforeAfterAndBackFromATeamChange() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Scenario scenario : Scenario.values()) {
            for (Moment moment : Moment.values()) {
                List<Caller> callers = moment == Moment.AFTER ? List.of(Caller.values())
                        : List.of(Caller.FIRST_LEADER, Caller.SECOND_LEADER);
                for (Endpoint endpoint : AccessMatrixTest.ENDPOINTS) {
                    for (Caller caller : callers) {
                        // sharing needs a leader of one's own, which this leader lacks; that is no team change
                        boolean unrelated = scenario == Scenario.LEADERS_OWN_PREPARATION
                                && caller == Caller.FIRST_LEADER && endpoint.kind() == Kind.SHARE;
                        if (!unrelated) {
                            tests.add(pair(scenario, moment, endpoint, caller));
                        }
                    }
                }
            }
        }
        return tests.stream();
    }

    private DynamicTest pair(Scenario scenario, Moment moment, Endpoint endpoint, Caller caller) {
        Outcome expected = expected(scenario, moment, caller, endpoint.kind());
        String name = scenario + " " + moment + ": " + endpoint.name() + " as " + caller + " → " + expected;
        return DynamicTest.dynamicTest(name, () -> {
            People people = people();
            Fixture fixture = fixture(scenario, moment);
            HttpResponse<String> response = endpoint.call().send(client(caller), fixture.id(), fixture);
            AccessMatrixTest.assertOutcome(endpoint, expected, response);
            KoersUser owner = scenario == Scenario.LEADERS_OWN_PREPARATION ? people.firstLeader() : people.employee();
            if (expected == Outcome.NOT_FOUND) {
                assertThat(response.body()).as("a 404 names nobody").doesNotContain(owner.displayName());
            }
        });
    }

    @Test
    void theListsFollowTheEmployeeToTheNewLeader() {
        People people = people();
        UUID preparation = fixtureId(Scenario.SHARED_PREPARATION, Moment.BEFORE);
        UUID oneOnOne = fixtureId(Scenario.ONE_ON_ONE, Moment.BEFORE);

        assertThat(listed(Caller.FIRST_LEADER, preparation)).containsExactly(false);
        assertThat(listed(Caller.FIRST_LEADER, oneOnOne)).containsExactly(false);
        assertThat(listed(Caller.SECOND_LEADER, preparation)).isEmpty();
        assertThat(listed(Caller.SECOND_LEADER, oneOnOne)).isEmpty();

        users.joinTeam(people.employee().id(), people.secondTeam());

        assertThat(listed(Caller.FIRST_LEADER, preparation)).as("a former leader loses the shared preparation").isEmpty();
        assertThat(listed(Caller.FIRST_LEADER, oneOnOne)).as("the one-on-one they held").containsExactly(false);
        assertThat(listed(Caller.SECOND_LEADER, preparation)).containsExactly(false);
        assertThat(listed(Caller.SECOND_LEADER, oneOnOne)).as("only the POP of a one-on-one held before")
                .containsExactly(true);
        assertThat(listed(Caller.EMPLOYEE, oneOnOne)).containsExactly(false);
        assertThat(listed(Caller.SECOND_TEAM_COLLEAGUE, preparation)).isEmpty();

        String page = allListPages(Caller.SECOND_LEADER);
        assertThat(page).contains("href=\"/gesprekken/" + preparation + "\"", "href=\"/gesprekken/" + oneOnOne + "/pop\"",
                "POP van een loopbaangesprek met een eerdere leidinggevende")
                .doesNotContain("href=\"/gesprekken/" + oneOnOne + "\"");
        String formerPage = allListPages(Caller.FIRST_LEADER);
        assertThat(formerPage).contains("href=\"/gesprekken/" + oneOnOne + "\"").doesNotContain(preparation.toString());

        users.joinTeam(people.employee().id(), people.firstTeam());

        assertThat(listed(Caller.FIRST_LEADER, preparation)).containsExactly(false);
        assertThat(listed(Caller.SECOND_LEADER, preparation)).isEmpty();
        assertThat(listed(Caller.SECOND_LEADER, oneOnOne)).isEmpty();
    }

    @Test
    void aFormerLeaderReadsTheOneOnOneButNotItsPopAndCannotContinueIt() {
        UUID oneOnOne = fixtureId(Scenario.ONE_ON_ONE, Moment.AFTER);

        DocumentContext detail = api(Caller.FIRST_LEADER, "/api/conversations/" + oneOnOne);
        assertThat(detail.read("$.messages[*].text", List.class)).contains(SECRET);
        assertThat(detail.read("$.pop", Object.class)).as("the POP goes on with the new leader").isNull();

        String chat = client(Caller.FIRST_LEADER).pages().get("/gesprekken/" + oneOnOne).body();
        assertThat(chat).contains(SECRET, "Je voerde dit gesprek toen de medewerker in jouw team zat")
                .doesNotContain("class=\"composer\"", "/gesprekken/" + oneOnOne + "/pop\"");

        HttpResponse<String> turn = client(Caller.FIRST_LEADER).api("POST", "/api/conversations/" + oneOnOne + "/messages",
                "{\"text\":\"Nog een vraag\"}", "Content-Type", "application/json");
        assertThat(turn.statusCode()).isEqualTo(403);
        assertThat(JsonPath.parse(turn.body()).read("$.detail", String.class))
                .contains("niet meer voortzetten", "niet meer in jouw team");

        DocumentContext export = JsonPath.parse(client(Caller.FIRST_LEADER).api("GET", "/api/me/export", "").body());
        assertThat(export.read("$.conversations[?(@.id == '" + oneOnOne + "')].messages[*].text", List.class))
                .as("the former leader's export holds the conversation they held").contains(SECRET);
        assertThat(export.read("$.conversations[?(@.id == '" + oneOnOne + "')].pop", List.class)).containsOnlyNulls();
        DocumentContext newLeaderExport = JsonPath.parse(client(Caller.SECOND_LEADER).api("GET", "/api/me/export", "").body());
        assertThat(newLeaderExport.read("$.conversations[*].id", List.class)).doesNotContain(oneOnOne.toString());
    }

    @Test
    void theNewLeaderChangesAndAcceptsThePopOfAOneOnOneTheyDidNotHold() {
        UUID oneOnOne = fixtureId(Scenario.ONE_ON_ONE, Moment.AFTER);

        String page = client(Caller.SECOND_LEADER).pages().get("/gesprekken/" + oneOnOne + "/pop").body();
        assertThat(page).contains("/gesprekken/" + oneOnOne + "/pop/bewerken", "/gesprekken/" + oneOnOne + "/pop/akkoord")
                .as("no way back to messages they may not read").doesNotContain("href=\"/gesprekken/" + oneOnOne + "\"");

        HttpResponse<String> accepted = client(Caller.SECOND_LEADER).api("POST",
                "/api/conversations/" + oneOnOne + "/pop/accept", "");
        assertThat(accepted.statusCode()).isEqualTo(200);
        assertThat(JsonPath.parse(accepted.body()).read("$.acceptance.manager", String.class)).isNotNull();
        assertThat(JsonPath.parse(accepted.body()).read("$.acceptance.employee", String.class)).isNull();
    }

    @Test
    void theEmployeeSeesInTheAccessLogThatTheNewLeaderOpenedThePop() {
        People people = people();
        UUID oneOnOne = fixtureId(Scenario.ONE_ON_ONE, Moment.AFTER);
        UUID preparation = fixtureId(Scenario.SHARED_PREPARATION, Moment.AFTER);

        api(Caller.SECOND_LEADER, "/api/conversations/" + oneOnOne + "/pop");
        api(Caller.SECOND_LEADER, "/api/conversations/" + preparation);
        api(Caller.FIRST_LEADER, "/api/conversations/" + oneOnOne);

        List<AccessLog.Entry> log = accessLog.ofOwner(people.employee().id(), 10_000);
        assertThat(log).filteredOn(line -> line.conversation().equals(oneOnOne))
                .extracting(AccessLog.Entry::viewer, AccessLog.Entry::item)
                .containsExactlyInAnyOrder(tuple(people.secondLeader().username(), AccessLog.Item.POP),
                        tuple(people.firstLeader().username(), AccessLog.Item.GESPREK));
        assertThat(log).filteredOn(line -> line.conversation().equals(preparation))
                .extracting(AccessLog.Entry::viewer).containsExactly(people.secondLeader().username());
        assertThat(allListPages(Caller.EMPLOYEE))
                .contains(people.secondLeader().displayName());
    }

    /** The callers' {@code popOnly} flags for this conversation in {@code GET /api/conversations}: empty when absent. */
    private List<Boolean> listed(Caller caller, UUID id) {
        return api(caller, "/api/conversations").read("$[?(@.id == '" + id + "')].popOnly");
    }

    private DocumentContext api(Caller caller, String path) {
        HttpResponse<String> response = client(caller).api("GET", path, "");
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
        return JsonPath.parse(response.body());
    }

    private UUID fixtureId(Scenario scenario, Moment moment) {
        return UUID.fromString(fixture(scenario, moment).id());
    }

    /**
     * A fresh conversation with one turn, made while the employee is in the first leader's team; then the employee
     * moves as {@code moment} says. Made through the services, as in {@link AccessMatrixTest}.
     */
    private Fixture fixture(Scenario scenario, Moment moment) {
        People people = people();
        users.joinTeam(people.employee().id(), people.firstTeam());
        KoersUser author = scenario == Scenario.SHARED_PREPARATION ? people.employee() : people.firstLeader();
        UUID id = switch (scenario) {
            case SHARED_PREPARATION -> conversations.start(people.employee(), ConversationType.VOORBEREIDING, null).id();
            case ONE_ON_ONE -> conversations.start(people.firstLeader(), ConversationType.GESPREK,
                    people.employee().username()).id();
            case LEADERS_OWN_PREPARATION -> conversations.start(people.firstLeader(), ConversationType.VOORBEREIDING,
                    people.employee().username()).id();
        };
        turns.post(id, author, SECRET);
        if (scenario == Scenario.SHARED_PREPARATION) {
            conversations.share(id, people.employee(), true);
        }
        if (moment != Moment.BEFORE) {
            users.joinTeam(people.employee().id(), people.secondTeam());
        }
        if (moment == Moment.BACK) {
            users.joinTeam(people.employee().id(), people.firstTeam());
        }
        String owner = scenario == Scenario.LEADERS_OWN_PREPARATION ? people.firstLeader().username()
                : people.employee().username();
        return new Fixture(id.toString(), () -> KoersHttp.api(port).send("GET", "/api/conversations/" + id + "/pop", "",
                KoersHttp.basic(owner, PASSWORD)).body());
    }

    private People people() {
        if (people == null) {
            String run = UUID.randomUUID().toString().substring(0, 8);
            String hash = passwords.encode(PASSWORD);
            KoersUser first = users.create("tc-leider1-" + run, "Mirjam Hoekstra", Role.LEIDINGGEVENDE, hash);
            KoersUser second = users.create("tc-leider2-" + run, "Karin de Groot", Role.LEIDINGGEVENDE, hash);
            KoersUser employee = users.create("tc-mw-" + run, "Ilse Verbeek", Role.MEDEWERKER, hash);
            KoersUser colleague = users.create("tc-mw2-" + run, "Ravi Chandoe", Role.MEDEWERKER, hash);
            long firstTeam = users.createTeam("Team Mirjam", first.id()).id();
            long secondTeam = users.createTeam("Team Karin", second.id()).id();
            users.joinTeam(employee.id(), firstTeam);
            users.joinTeam(colleague.id(), secondTeam);
            people = new People(employee, first, second, colleague, firstTeam, secondTeam);
        }
        return people;
    }

    /** Every page of *Mijn gesprekken* after one another: the test's leaders gather more than one page. */
    private String allListPages(Caller caller) {
        var all = new StringBuilder();
        for (int page = 1; page < 100; page++) {
            String html = client(caller).pages().get("/gesprekken?pagina=" + page).body();
            all.append(html);
            if (!html.contains("rel=\"next\"")) {
                return all.toString();
            }
        }
        throw new AssertionError("Mijn gesprekken has more than 100 pages");
    }

    private Client client(Caller caller) {
        return clients.computeIfAbsent(caller, who -> {
            String username = people().of(who).username();
            KoersHttp pages = KoersHttp.browser(port);
            assertThat(pages.login(username, PASSWORD).statusCode()).isEqualTo(302);
            return new Client(KoersHttp.api(port), KoersHttp.basic(username, PASSWORD), pages,
                    KoersHttp.csrfToken(pages.get("/").body()));
        });
    }
}
