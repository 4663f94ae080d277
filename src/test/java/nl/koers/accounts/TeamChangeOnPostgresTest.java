package nl.koers.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;

import nl.koers.KoersApplication;
import nl.koers.KoersHttp;
import nl.koers.system.TestDatabase;

/**
 * The move between teams as Koers makes it today, on the real PostgreSQL: the employee's leader is changed in the
 * account settings, and Koers restarts on the same database ({@code AccountProvisioning} moves the employee into the
 * new leader's team). {@link TeamChangeAccessTest} checks every endpoint on H2; this checks the rule end to end on
 * PostgreSQL.
 */
class TeamChangeOnPostgresTest {

    static final String PASSWORD = "Herfst-Blad-12";
    static final String SECRET = "Planner bij Rijnmond Transport";

    @Test
    void aLeaderChangedInTheAccountSettingsTakesTheSharedPreparationAndThePopAlong() {
        TestDatabase.requirePostgres();
        String schema = "koers_team_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try {
            String preparation;
            String oneOnOne;
            try (ConfigurableApplicationContext app = start(schema, "eerste")) {
                KoersHttp http = KoersHttp.api(port(app));
                preparation = start(http, "ilse", "{\"type\":\"VOORBEREIDING\"}");
                answer(http, "ilse", preparation);
                assertThat(call(http, "ilse", "POST", "/api/conversations/" + preparation + "/share", "").statusCode())
                        .isEqualTo(204);
                oneOnOne = start(http, "eerste", "{\"type\":\"GESPREK\",\"employee\":\"ilse\"}");
                answer(http, "eerste", oneOnOne);

                assertThat(status(http, "eerste", "/api/conversations/" + preparation)).isEqualTo(200);
                assertThat(status(http, "eerste", "/api/conversations/" + oneOnOne + "/pop")).isEqualTo(200);
                assertThat(status(http, "tweede", "/api/conversations/" + preparation)).isEqualTo(404);
                assertThat(status(http, "tweede", "/api/conversations/" + oneOnOne + "/pop")).isEqualTo(404);
            }

            try (ConfigurableApplicationContext app = start(schema, "tweede")) {
                KoersHttp http = KoersHttp.api(port(app));
                assertThat(status(http, "eerste", "/api/conversations/" + preparation)).isEqualTo(404);
                assertThat(status(http, "eerste", "/api/conversations/" + preparation + "/pop")).isEqualTo(404);
                assertThat(status(http, "eerste", "/api/conversations/" + oneOnOne + "/pop")).isEqualTo(404);
                DocumentContext held = json(http, "eerste", "/api/conversations/" + oneOnOne);
                assertThat(held.read("$.messages[*].text", List.class)).contains(SECRET);
                assertThat(held.read("$.pop", Object.class)).isNull();
                assertThat(call(http, "eerste", "POST", "/api/conversations/" + oneOnOne + "/messages",
                        "{\"text\":\"Nog iets\"}").statusCode()).isEqualTo(403);

                assertThat(json(http, "tweede", "/api/conversations/" + preparation).read("$.messages[*].text",
                        List.class)).contains(SECRET);
                assertThat(status(http, "tweede", "/api/conversations/" + preparation + "/pop")).isEqualTo(200);
                assertThat(status(http, "tweede", "/api/conversations/" + oneOnOne)).isEqualTo(404);
                assertThat(status(http, "tweede", "/api/conversations/" + oneOnOne + "/pop.pdf")).isEqualTo(200);
                assertThat(call(http, "tweede", "POST", "/api/conversations/" + oneOnOne + "/pop/accept", "")
                        .statusCode()).isEqualTo(200);
                assertThat(json(http, "tweede", "/api/conversations").read("$[?(@.id == '" + oneOnOne + "')].popOnly",
                        List.class)).containsExactly(true);
                assertThat(status(http, "ilse", "/api/conversations/" + oneOnOne)).isEqualTo(200);
            }
        } finally {
            TestDatabase.dropSchema(schema);
        }
    }

    /** Koers on the schema, with Ilse in the team of {@code leader}. */
    private static ConfigurableApplicationContext start(String schema, String leader) {
        return new SpringApplicationBuilder(KoersApplication.class).run(TestDatabase.postgresApplication(schema,
                "--koers.accounts.users[0].username=eerste",
                "--koers.accounts.users[0].name=Mirjam Hoekstra",
                "--koers.accounts.users[0].role=LEIDINGGEVENDE",
                "--koers.accounts.users[0].password=" + PASSWORD,
                "--koers.accounts.users[1].username=tweede",
                "--koers.accounts.users[1].name=Karin de Groot",
                "--koers.accounts.users[1].role=LEIDINGGEVENDE",
                "--koers.accounts.users[1].password=" + PASSWORD,
                "--koers.accounts.users[2].username=ilse",
                "--koers.accounts.users[2].name=Ilse Verbeek",
                "--koers.accounts.users[2].role=MEDEWERKER",
                "--koers.accounts.users[2].password=" + PASSWORD,
                "--koers.accounts.users[2].leader=" + leader));
    }

    private static int port(ConfigurableApplicationContext app) {
        return ((WebServerApplicationContext) app).getWebServer().getPort();
    }

    private static String start(KoersHttp http, String user, String body) {
        HttpResponse<String> created = call(http, user, "POST", "/api/conversations", body);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return JsonPath.parse(created.body()).read("$.id", String.class);
    }

    private static void answer(KoersHttp http, String user, String id) {
        HttpResponse<String> turn = call(http, user, "POST", "/api/conversations/" + id + "/messages",
                "{\"text\":\"" + SECRET + "\"}");
        assertThat(turn.statusCode()).as(turn.body()).isEqualTo(200);
    }

    private static int status(KoersHttp http, String user, String path) {
        return call(http, user, "GET", path, "").statusCode();
    }

    private static DocumentContext json(KoersHttp http, String user, String path) {
        HttpResponse<String> response = call(http, user, "GET", path, "");
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
        return JsonPath.parse(response.body());
    }

    private static HttpResponse<String> call(KoersHttp http, String user, String method, String path, String body) {
        return http.send(method, path, body, "Authorization", KoersHttp.basic(user, PASSWORD)[1], "Content-Type",
                "application/json");
    }
}
