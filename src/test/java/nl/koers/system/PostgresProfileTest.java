package nl.koers.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import com.jayway.jsonpath.JsonPath;

import nl.koers.KoersApplication;
import nl.koers.KoersHttp;
import nl.koers.accounts.UserRepository;

/** The whole application with the {@code postgres} profile, on the real PostgreSQL, in a schema of its own. */
class PostgresProfileTest {

    @Test
    void startsOnPostgresWithConfiguredAccountsAndNoDemoUsers() {
        TestDatabase.requirePostgres();
        String schema = "koers_app_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(KoersApplication.class)
                .run(TestDatabase.postgresApplication(schema, "--koers.accounts.users[0].username=karin",
                        "--koers.accounts.users[0].name=Karin de Groot",
                        "--koers.accounts.users[0].role=LEIDINGGEVENDE",
                        "--koers.accounts.users[0].password=Herfst-Blad-12"))) {
            UserRepository users = context.getBean(UserRepository.class);
            assertThat(users.findByUsername("karin")).isPresent();
            assertThat(users.findByUsername("medewerker")).isEmpty();

            int port = ((WebServerApplicationContext) context).getWebServer().getPort();
            String health = KoersHttp.api(port).get("/actuator/health", KoersHttp.basic("karin", "Herfst-Blad-12"))
                    .body();
            assertThat(JsonPath.<String>read(health, "$.components.db.details.database")).isEqualTo("PostgreSQL");
            assertThat(JsonPath.<String>read(health, "$.status")).isEqualTo("UP");
        } finally {
            TestDatabase.dropSchema(schema);
        }
    }
}
