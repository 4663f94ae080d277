package nl.koers.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import com.jayway.jsonpath.JsonPath;
import com.zaxxer.hikari.HikariDataSource;

import nl.koers.FixedClockConfiguration;
import nl.koers.KoersApplication;
import nl.koers.KoersHttp;
import nl.koers.conversation.ConversationClient;

/**
 * The pool renews its connections (Hikari's max-lifetime, here forced with {@code softEvictConnections()}) and
 * writes go on working. H2 2.4.240 broke here: a {@code CHECK (x IN (...))} constraint created by a connection
 * that was later closed failed every write with "The database has been closed". The migrations run in this
 * process on a fresh database, as on a new installation, so the constraints are as young as they can be.
 */
class PoolRenewalTest {

    @TempDir
    Path data;

    @Test
    void writesWorkAfterThePoolRenewsItsConnectionsOnAFreshH2Database() {
        try (ConfigurableApplicationContext app = start(List.of("--koers.data-dir=" + data))) {
            turnsSurviveRenewals(app);
        }
    }

    @Test
    void writesWorkAfterThePoolRenewsItsConnectionsOnPostgres() {
        TestDatabase.requirePostgres();
        String schema = "koers_pool_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(KoersApplication.class,
                FixedClockConfiguration.class).run(TestDatabase.postgresApplication(schema,
                        "--koers.accounts.demo-users=true"))) {
            turnsSurviveRenewals(app);
        } finally {
            TestDatabase.dropSchema(schema);
        }
    }

    private static void turnsSurviveRenewals(ConfigurableApplicationContext app) {
        int port = ((WebServerApplicationContext) app).getWebServer().getPort();
        var pool = app.getBean(HikariDataSource.class);
        var sanne = new ConversationClient(port, "medewerker");
        String id = sanne.start("VOORBEREIDING", null).read("$.id");
        sanne.say(id, "Planner");

        for (int renewal = 0; renewal < 3; renewal++) {
            renew(pool);
            String second = sanne.start("VRAAG", null).read("$.id");
            sanne.say(second, "Wat is een POP?");
        }
        renew(pool);
        sanne.say(id, "Als een lastige rit rond komt");

        assertThat(sanne.conversation(id).read("$.messages[*].text", List.class))
                .contains("Planner", "Als een lastige rit rond komt");
        String health = KoersHttp.api(port).get("/actuator/health", KoersHttp.basic("medewerker", "koers")).body();
        assertThat(JsonPath.<String>read(health, "$.components.db.status")).isEqualTo("UP");
    }

    /** Renews every connection ({@link TestDatabase#renewConnections}) and waits until the old ones are given back. */
    static void renew(HikariDataSource pool) {
        try {
            TestDatabase.renewConnections(pool);
        } catch (SQLException failure) {
            throw new AssertionError(failure);
        }
        var bean = pool.getHikariPoolMXBean();
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> bean.getActiveConnections() == 0);
    }

    private static ConfigurableApplicationContext start(List<String> extra) {
        var args = new java.util.ArrayList<>(List.of("--server.port=0",
                "--spring.ai.ollama.base-url=http://127.0.0.1:9", "--koers.search.watch-folder=false",
                "--koers.llm.enabled=false"));
        args.addAll(extra);
        return new SpringApplicationBuilder(KoersApplication.class, FixedClockConfiguration.class)
                .run(args.toArray(String[]::new));
    }
}
