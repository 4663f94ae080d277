package nl.koers.system;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The {@code db} health component, in place of Spring Boot's SELECT: UP only when a write would succeed. It
 * updates the one row of {@code health_probe} under its CHECK constraint and rolls back, so nothing is ever
 * stored, and it remembers the answer for {@link #REMEMBER}: a stream of anonymous health requests costs at most
 * one probe per interval.
 */
@Component("dbHealthIndicator")
class DatabaseWriteHealthIndicator implements HealthIndicator {

    static final Duration REMEMBER = Duration.ofSeconds(10);
    private static final String PROBE =
            "UPDATE health_probe SET state = CASE WHEN state = 'rust' THEN 'proef' ELSE 'rust' END WHERE id = 1";
    private static final Logger log = LoggerFactory.getLogger(DatabaseWriteHealthIndicator.class);

    private record Checked(Instant at, Health health) {
    }

    private final DataSource dataSource;
    private final Clock clock;
    private final AtomicReference<@Nullable Checked> last = new AtomicReference<>();

    DatabaseWriteHealthIndicator(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    @Override
    public Health health() {
        Instant now = clock.instant();
        Checked checked = last.get();
        if (checked == null || !now.isBefore(checked.at().plus(REMEMBER)) || now.isBefore(checked.at())) {
            checked = new Checked(now, probe());
            last.set(checked);
        }
        return checked.health();
    }

    private Health probe() {
        try (Connection connection = dataSource.getConnection()) {
            String database = connection.getMetaData().getDatabaseProductName();
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                int rows = statement.executeUpdate(PROBE);
                if (rows != 1) {
                    return Health.down().withDetail("database", database)
                            .withDetail("reason", "De proefrij voor de schrijfcontrole ontbreekt (tabel health_probe).").build();
                }
            } finally {
                connection.rollback();
                connection.setAutoCommit(autoCommit);
            }
            return Health.up().withDetail("database", database).withDetail("check", "schrijven").build();
        } catch (SQLException | RuntimeException failure) {
            log.warn("Database neemt geen schrijfopdracht aan: {}", failure.getMessage());
            return Health.down().withDetail("reason", "De database neemt nu geen wijzigingen aan.")
                    .withDetail("error", failure.getClass().getSimpleName()).build();
        }
    }
}
