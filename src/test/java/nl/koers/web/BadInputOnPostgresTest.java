package nl.koers.web;

import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import nl.koers.FixedClockConfiguration;
import nl.koers.KoersApplication;
import nl.koers.system.TestDatabase;

/**
 * The bad-input contract on the real PostgreSQL at 127.0.0.1:5432: the whole application with the {@code postgres}
 * profile and the demo users, in a schema of its own that is dropped afterwards.
 */
class BadInputOnPostgresTest extends BadInputContract {

    private final String schema = "koers_bad_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    private ConfigurableApplicationContext koers;

    @BeforeAll
    void start() {
        TestDatabase.requirePostgres();
        koers = new SpringApplicationBuilder(KoersApplication.class, FixedClockConfiguration.class)
                .run(TestDatabase.postgresApplication(schema, "--koers.accounts.demo-users=true",
                        "--koers.limits.messages-per-minute=1000000"));
    }

    @AfterAll
    void stop() {
        if (koers != null) {
            koers.close();
        }
        TestDatabase.dropSchema(schema);
    }

    @Override
    int port() {
        return ((WebServerApplicationContext) koers).getWebServer().getPort();
    }

    @Override
    DataSource dataSource() {
        return koers.getBean(DataSource.class);
    }
}
