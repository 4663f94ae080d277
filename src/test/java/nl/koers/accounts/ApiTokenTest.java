package nl.koers.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;

import nl.koers.FixedClockConfiguration;
import nl.koers.KoersHttp;
import nl.koers.KoersIntegrationTest;
import nl.koers.TestTeam;
import nl.koers.system.JdbcTimes;

/** Personal API tokens as ../shared/API.md describes them: made with the password, shown once, revocable. */
@KoersIntegrationTest
class ApiTokenTest {

    @LocalServerPort
    int port;

    @Autowired
    UserRepository users;

    @Autowired
    PasswordEncoder passwords;

    @Autowired
    ApiTokens tokens;

    @Autowired
    JdbcClient jdbc;

    private TestTeam team() {
        return TestTeam.fresh(users, passwords, "token", "Lotte Leider", "Mo Medewerker");
    }

    private KoersHttp api() {
        return KoersHttp.api(port);
    }

    private static String[] json(String... authorization) {
        String[] headers = java.util.Arrays.copyOf(authorization, authorization.length + 2);
        headers[authorization.length] = "Content-Type";
        headers[authorization.length + 1] = "application/json";
        return headers;
    }

    private static String[] bearer(String token) {
        return new String[] {"Authorization", "Bearer " + token};
    }

    private HttpResponse<String> create(KoersUser owner, String body) {
        return api().send("POST", "/api/me/tokens", body, json(KoersHttp.basic(owner.username(), "koers")));
    }

    private DocumentContext created(KoersUser owner, String name) {
        HttpResponse<String> response = create(owner, "{\"name\": \"" + name + "\"}");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return JsonPath.parse(response.body());
    }

    private static String detail(HttpResponse<String> response) {
        return JsonPath.parse(response.body()).read("$.detail", String.class);
    }

    @Test
    void aTokenMadeWithThePasswordActsAsItsOwnerAndIsKeptOnlyAsAHash() {
        KoersUser owner = team().employee();

        DocumentContext made = created(owner, "  rapportage-script ");
        String token = made.read("$.token");

        assertThat(token).startsWith("koers_").hasSize(49);
        assertThat(made.read("$.name", String.class)).isEqualTo("rapportage-script");
        assertThat(made.read("$.createdAt", String.class)).isEqualTo(FixedClockConfiguration.NOW.toString());
        HttpResponse<String> me = api().get("/api/me", bearer(token));
        assertThat(me.statusCode()).as(me.body()).isEqualTo(200);
        assertThat(JsonPath.parse(me.body()).read("$.username", String.class)).isEqualTo(owner.username());

        String stored = jdbc.sql("SELECT token_hash FROM api_token WHERE user_id = :id").param("id", owner.id())
                .query(String.class).single();
        assertThat(stored).hasSize(64).isEqualTo(ApiTokens.hash(token)).doesNotContain(token.substring(6));
        HttpResponse<String> list = api().get("/api/me/tokens", bearer(token));
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).as("the token is shown once, at creation").doesNotContain(token.substring(6))
                .doesNotContain("\"token\"").contains("\"name\":\"rapportage-script\"");
        DocumentContext export = JsonPath.parse(api().get("/api/me/export", bearer(token)).body());
        assertThat(export.read("$.apiTokens[*].name", List.class)).containsExactly("rapportage-script");
        assertThat(export.jsonString()).doesNotContain(token.substring(6)).doesNotContain(stored);
    }

    @Test
    void aScriptWithATokenRunsAConversationAndSeesNothingOfAnyoneElse() {
        TestTeam team = team();
        String token = created(team.employee(), "script").read("$.token");
        String colleagues = api().send("POST", "/api/conversations", "{\"type\": \"VOORBEREIDING\"}",
                json(KoersHttp.basic("medewerker2", "koers"))).headers().firstValue("Location").orElseThrow();

        HttpResponse<String> start = api().send("POST", "/api/conversations", "{\"type\": \"VOORBEREIDING\"}",
                json(bearer(token)));
        assertThat(start.statusCode()).as(start.body()).isEqualTo(201);
        String location = start.headers().firstValue("Location").orElseThrow();
        HttpResponse<String> turn = api().send("POST", path(location) + "/messages",
                "{\"text\": \"Ik ben planner in de logistiek\"}", json(bearer(token)));

        assertThat(turn.statusCode()).as(turn.body()).isEqualTo(200);
        HttpResponse<String> read = api().get(path(location), bearer(token));
        assertThat(JsonPath.parse(read.body()).read("$.messages[*].author", List.class))
                .contains(team.employee().username());
        assertThat(api().get(path(colleagues), bearer(token)).statusCode()).isEqualTo(404);
    }

    private static String path(String location) {
        return java.net.URI.create(location).getPath();
    }

    @Test
    void aTokenCannotMakeAnotherToken() {
        String token = created(team().employee(), "script").read("$.token");

        HttpResponse<String> response = api().send("POST", "/api/me/tokens", "{\"name\": \"nog een\"}",
                json(bearer(token)));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(detail(response)).contains("met je wachtwoord", "Mijn gegevens");
    }

    @Test
    void aRevokedTokenStopsWorkingAtOnceAndOnlyItsOwnerCanRevokeIt() {
        TestTeam team = team();
        DocumentContext made = created(team.employee(), "script");
        String token = made.read("$.token");
        long id = made.read("$.id", Long.class);

        HttpResponse<String> byLeader = api().send("DELETE", "/api/me/tokens/" + id, "",
                KoersHttp.basic(team.leader().username(), "koers"));
        assertThat(byLeader.statusCode()).as("someone else's token is unknown to you").isEqualTo(404);
        assertThat(api().get("/api/me", bearer(token)).statusCode()).isEqualTo(200);

        HttpResponse<String> revoked = api().send("DELETE", "/api/me/tokens/" + id, "", bearer(token));
        assertThat(revoked.statusCode()).isEqualTo(204);

        HttpResponse<String> after = api().get("/api/me", bearer(token));
        assertThat(after.statusCode()).isEqualTo(401);
        assertThat(after.headers().firstValue("WWW-Authenticate").orElseThrow()).contains("Bearer", "invalid_token");
        assertThat(detail(after)).contains("ingetrokken");
        assertThat(api().send("DELETE", "/api/me/tokens/" + id, "",
                KoersHttp.basic(team.employee().username(), "koers")).statusCode()).isEqualTo(404);
    }

    @Test
    void aPersonHasAtMostTenTokensEvenWhenAskingForManyAtOnce() throws Exception {
        KoersUser owner = team().employee();
        List<Callable<Integer>> requests = new ArrayList<>();
        for (int i = 0; i < 13; i++) {
            String name = "script " + i;
            requests.add(() -> create(owner, "{\"name\": \"" + name + "\"}").statusCode());
        }

        List<Integer> statuses = new ArrayList<>();
        try (var pool = Executors.newFixedThreadPool(6)) {
            for (Future<Integer> status : pool.invokeAll(requests)) {
                statuses.add(status.get());
            }
        }

        assertThat(statuses).filteredOn(status -> status == 201).hasSize(10);
        assertThat(statuses).filteredOn(status -> status == 409).hasSize(3);
        HttpResponse<String> eleventh = create(owner, "{\"name\": \"elfde\"}");
        assertThat(detail(eleventh)).contains("al 10 API-tokens");
    }

    @Test
    void badRequestsGetADutchReasonAndNeverAServerError() {
        KoersUser owner = team().employee();
        assertThat(detail(create(owner, "{\"name\": \"   \"}"))).contains("naam van 1 tot 100 tekens");
        assertThat(detail(create(owner, "{}"))).contains("naam van 1 tot 100 tekens");
        assertThat(detail(create(owner, "{\"name\": \"" + "x".repeat(101) + "\"}"))).contains("1 tot 100");
        assertThat(detail(create(owner, "{\"name\": \"s\", \"expiresAt\": \"2026-11-22\"}")))
                .contains("in het verleden");
        assertThat(detail(create(owner, "{\"name\": \"s\", \"expiresAt\": \"volgende week\"}")))
                .contains("'volgende week'", "2027-06-30");
        for (String body : List.of("", "{", "[]", "{\"name\": [1]}", "{\"name\": \"s\", \"expiresAt\": 5}")) {
            HttpResponse<String> response = create(owner, body);
            assertThat(response.statusCode()).as(body + " → " + response.body()).isEqualTo(400);
            assertThat(response.headers().firstValue("Content-Type").orElseThrow()).contains("problem+json");
        }
        for (String garbage : List.of("", "koers_", "koers_" + "a".repeat(43), "x".repeat(5000), "ünïcødé",
                "koers_ " + "a".repeat(42))) {
            HttpResponse<String> response = api().get("/api/me", "Authorization", "Bearer " + garbage);
            assertThat(response.statusCode()).as(garbage).isEqualTo(401);
        }
        assertThat(api().get("/api/me/tokens").statusCode()).isEqualTo(401);
        assertThat(api().send("DELETE", "/api/me/tokens/abc", "", KoersHttp.basic(owner.username(), "koers"))
                .statusCode()).isEqualTo(400);
    }

    @Test
    void aTokenWithAnExpiryDateWorksThroughThatDayInDutchTime() {
        KoersUser owner = team().employee();
        HttpResponse<String> response = create(owner, "{\"name\": \"kwartaal\", \"expiresAt\": \"2026-11-30\"}");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        DocumentContext made = JsonPath.parse(response.body());
        assertThat(made.read("$.expiresAt", String.class)).isEqualTo("2026-11-30T23:00:00Z");
        String token = made.read("$.token");
        assertThat(api().get("/api/me", bearer(token)).statusCode()).isEqualTo(200);

        jdbc.sql("UPDATE api_token SET expires_at = :past WHERE user_id = :id")
                .param("past", java.time.OffsetDateTime.parse("2026-11-23T08:59:59Z")).param("id", owner.id())
                .update();

        assertThat(api().get("/api/me", bearer(token)).statusCode()).isEqualTo(401);
    }

    @Test
    void theLastUseIsShownAtOnceAndWrittenInABatchNotPerRequest() {
        KoersUser owner = team().employee();
        DocumentContext made = created(owner, "script");
        String token = made.read("$.token");
        long id = made.read("$.id", Long.class);
        assertThat(api().get("/api/me/tokens", KoersHttp.basic(owner.username(), "koers")).body())
                .contains("\"lastUsedAt\":null");

        for (int i = 0; i < 5; i++) {
            assertThat(api().get("/api/me", bearer(token)).statusCode()).isEqualTo(200);
        }

        assertThat(storedLastUse(id)).as("no write per request").isNull();
        assertThat(JsonPath.parse(api().get("/api/me/tokens", bearer(token)).body())
                .read("$[0].lastUsedAt", String.class)).isEqualTo(FixedClockConfiguration.NOW.toString());
        tokens.writeLastUse();
        assertThat(storedLastUse(id)).isEqualTo(FixedClockConfiguration.NOW);
    }

    @Test
    void aDisabledAccountsTokensStopWorking() {
        KoersUser owner = team().employee();
        String token = created(owner, "script").read("$.token");

        jdbc.sql("UPDATE app_user SET enabled = FALSE WHERE id = :id").param("id", owner.id()).update();

        assertThat(api().get("/api/me", bearer(token)).statusCode()).isEqualTo(401);
    }

    private @Nullable Instant storedLastUse(long id) {
        return jdbc.sql("SELECT last_used_at FROM api_token WHERE id = :id").param("id", id)
                .query((rs, row) -> Optional.ofNullable(JdbcTimes.instantOrNull(rs, "last_used_at"))).single()
                .orElse(null);
    }

    @Test
    void basicStaysForScriptsThatUseIt() {
        HttpResponse<String> me = api().get("/api/me", KoersHttp.basic("medewerker", "koers"));
        assertThat(me.statusCode()).isEqualTo(200);
    }
}
