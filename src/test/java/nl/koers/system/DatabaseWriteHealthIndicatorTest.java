package nl.koers.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.jdbc.core.JdbcTemplate;

import nl.koers.MovableClock;

/** {@code db} health says DOWN when writes fail although reads work, and never stores anything itself. */
class DatabaseWriteHealthIndicatorTest {

    static Stream<Supplier<TestDatabase>> databases() {
        return Stream.of(TestDatabase::h2, TestDatabase::postgres);
    }

    @ParameterizedTest
    @MethodSource("databases")
    void isDownWhenAWriteUnderACheckConstraintFailsWhileReadsStillWork(Supplier<TestDatabase> database) {
        try (TestDatabase db = database.get()) {
            var clock = new MovableClock(Instant.parse("2026-12-01T10:00:00Z"), ZoneId.of("Europe/Amsterdam"));
            var health = new DatabaseWriteHealthIndicator(db.dataSource(), clock);
            var jdbc = new JdbcTemplate(db.dataSource());

            Health up = health.health();
            assertThat(up.getStatus()).isEqualTo(Status.UP);
            assertThat(up.getDetails()).containsEntry("database", db.name().equals("H2") ? "H2" : "PostgreSQL");
            assertThat(jdbc.queryForObject("SELECT state FROM health_probe WHERE id = 1", String.class))
                    .as("the probe rolls back").isEqualTo("rust");

            // Every write to the row now breaks a constraint, while a SELECT 1 (Spring Boot's check) still works.
            jdbc.execute("ALTER TABLE health_probe ADD CONSTRAINT probe_frozen CHECK (state = 'rust')");
            assertThat(jdbc.queryForObject("SELECT 1", Integer.class)).isEqualTo(1);

            assertThat(health.health().getStatus()).as("remembered for a while").isEqualTo(Status.UP);
            clock.advance(DatabaseWriteHealthIndicator.REMEMBER);
            Health down = health.health();
            assertThat(down.getStatus()).isEqualTo(Status.DOWN);
            assertThat(down.getDetails()).containsEntry("reason", "De database neemt nu geen wijzigingen aan.");

            jdbc.execute("ALTER TABLE health_probe DROP CONSTRAINT probe_frozen");
            clock.advance(Duration.ofSeconds(1));
            assertThat(health.health().getStatus()).as("still remembered").isEqualTo(Status.DOWN);
            clock.advance(DatabaseWriteHealthIndicator.REMEMBER);
            assertThat(health.health().getStatus()).isEqualTo(Status.UP);
        }
    }
}
