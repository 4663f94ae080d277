package nl.koers.system;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Assumptions;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import com.zaxxer.hikari.HikariDataSource;

/**
 * A migrated database for repository tests: an in-memory H2 in PostgreSQL mode, or a fresh schema on the
 * real PostgreSQL. PostgreSQL tests skip when no server answers, unless {@code koers.test.postgres.required}
 * is true (as CI sets it): then an unreachable server fails them.
 */
public record TestDatabase(String name, DataSource dataSource, Runnable dropper) implements AutoCloseable {

    public static final String POSTGRES_URL = System.getProperty("koers.test.postgres.url",
            "jdbc:postgresql://127.0.0.1:5432/test");
    public static final String POSTGRES_USER = System.getProperty("koers.test.postgres.user", "postgres");
    public static final String POSTGRES_PASSWORD = System.getProperty("koers.test.postgres.password", "");

    public static TestDatabase h2() {
        String url = "jdbc:h2:mem:repo-" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
        var dataSource = new SingleConnectionDataSource(url, "sa", "", true);
        migrate(dataSource, null);
        return new TestDatabase("H2", dataSource, dataSource::destroy);
    }

    public static TestDatabase postgres() {
        requirePostgres();
        String schema = "koers_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        var dataSource = new DriverManagerDataSource(POSTGRES_URL + "?currentSchema=" + schema, POSTGRES_USER,
                POSTGRES_PASSWORD);
        migrate(dataSource, schema);
        return new TestDatabase("PostgreSQL", dataSource, () -> dropSchema(schema));
    }

    /**
     * A fresh PostgreSQL schema behind a small connection pool, as a Koers instance reaches its database (a
     * connection per statement would cost more than the statement); closing it closes the pool and drops the schema.
     */
    public static Pooled pooledPostgres() {
        TestDatabase database = postgres();
        var pool = new HikariDataSource();
        pool.setDataSource(database.dataSource());
        return new Pooled(database, pool);
    }

    /** A test database with its pool. */
    public record Pooled(TestDatabase database, HikariDataSource pool) implements AutoCloseable {

        @Override
        public void close() {
            pool.close();
            database.close();
        }
    }

    /**
     * Arguments that start the whole application (with the {@code postgres} profile) on the real PostgreSQL, in
     * {@code schema}, without a model, on a free port; add the test's own after them.
     */
    public static String[] postgresApplication(String schema, String... more) {
        var arguments = new java.util.ArrayList<>(java.util.List.of("--spring.profiles.active=postgres",
                "--server.port=0", "--spring.datasource.url=" + POSTGRES_URL + "?currentSchema=" + schema,
                "--spring.datasource.username=" + POSTGRES_USER, "--spring.datasource.password=" + POSTGRES_PASSWORD,
                "--spring.flyway.schemas=" + schema, "--spring.ai.ollama.base-url=http://127.0.0.1:9",
                "--koers.llm.enabled=false", "--koers.search.watch-folder=false",
                "--koers.data-dir=target/test-data/" + UUID.randomUUID()));
        arguments.addAll(java.util.List.of(more));
        return arguments.toArray(String[]::new);
    }

    /**
     * Replaces every pooled connection, as max-lifetime does over time: one by one, never all at once. A borrowed
     * connection keeps the database open while the idle ones are evicted; a new one is taken before the borrowed
     * one is given back (and closed, being marked for eviction). Closing all of them together would close an
     * embedded H2 database, and reopening it would hide the fault the pool tests are about (H2 2.4.240).
     */
    public static void renewConnections(HikariDataSource pool) throws SQLException {
        try (Connection held = pool.getConnection()) {
            pool.getHikariPoolMXBean().softEvictConnections();
            try (Connection fresh = pool.getConnection()) {
                if (!fresh.isValid(2) || !held.isValid(2)) {
                    throw new SQLException("a pooled connection is no longer valid");
                }
            }
        }
    }

    public static void dropSchema(String schema) {
        execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
    }

    /** Skips the calling test when PostgreSQL does not answer, or fails it when CI requires PostgreSQL. */
    public static void requirePostgres() {
        String problem = postgresProblem();
        if (problem != null && Boolean.getBoolean("koers.test.postgres.required")) {
            throw new IllegalStateException("PostgreSQL is required (koers.test.postgres.required=true) but "
                    + POSTGRES_URL + " does not answer: " + problem);
        }
        Assumptions.assumeTrue(problem == null, () -> "PostgreSQL at " + POSTGRES_URL + " not reachable: " + problem);
    }

    /** Whether PostgreSQL answers, for a benchmark that measures it when it can. */
    public static boolean postgresAnswers() {
        return postgresProblem() == null;
    }

    private static String postgresProblem() {
        DriverManager.setLoginTimeout(3);
        try (Connection connection = DriverManager.getConnection(POSTGRES_URL, POSTGRES_USER, POSTGRES_PASSWORD)) {
            return connection.isValid(3) ? null : "connection not valid";
        } catch (SQLException unreachable) {
            return unreachable.getMessage();
        }
    }

    private static void migrate(DataSource dataSource, String schema) {
        var flyway = Flyway.configure().dataSource(dataSource).locations("classpath:db/migration");
        if (schema != null) {
            flyway.schemas(schema).createSchemas(true);
        }
        flyway.load().migrate();
    }

    private static void execute(String sql) {
        try (Connection connection = DriverManager.getConnection(POSTGRES_URL, POSTGRES_USER, POSTGRES_PASSWORD);
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException failure) {
            throw new IllegalStateException(failure);
        }
    }

    @Override
    public void close() {
        dropper.run();
    }
}
