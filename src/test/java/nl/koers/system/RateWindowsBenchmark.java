package nl.koers.system;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.zaxxer.hikari.HikariDataSource;

import nl.koers.MovableClock;
import nl.koers.bench.BenchmarkReport;

/**
 * What the message cap costs a message: one count in memory (the embedded H2), and one upsert on PostgreSQL over a
 * pooled connection, in the unlogged table Koers uses and, for comparison, in the same table logged. Run with
 * {@code ./mvnw -Pbench test -Dtest=RateWindowsBenchmark}; the table is in target/benchmarks/rate-windows.md. One
 * thread, 50 people, {@link #COUNTS} counts after {@link #WARM_UP}; on a busy machine the PostgreSQL figures vary with
 * the disk, the logged ones most.
 */
@Tag("benchmark")
class RateWindowsBenchmark {

    static final int WARM_UP = 1_000;
    static final int COUNTS = 5_000;

    private final MovableClock clock = new MovableClock(Instant.parse("2026-03-02T09:00:00Z"), ZoneId.of("Europe/Amsterdam"));

    @Test
    void oneCountPerMessage() {
        Map<String, long[]> timings = new LinkedHashMap<>();
        timings.put("in memory (embedded H2)", time(new MemoryRateWindows(clock)));
        try (TestDatabase database = TestDatabase.postgres(); var pool = new HikariDataSource()) {
            pool.setDataSource(database.dataSource());
            JdbcClient jdbc = JdbcClient.create(pool);
            timings.put("PostgreSQL, unlogged table (as Koers has it)", time(new DatabaseRateWindows(jdbc, clock)));
            jdbc.sql("ALTER TABLE rate_window SET LOGGED").update();
            timings.put("PostgreSQL, logged table (for comparison)", time(new DatabaseRateWindows(jdbc, clock)));
        }

        var report = new BenchmarkReport("rate-windows", "The message cap: the cost of one count")
                .line(COUNTS + " counts after " + WARM_UP + " warm-up counts, one thread, 50 people; milliseconds.")
                .line("")
                .line("| where | p50 | p95 | p99 |")
                .line("|---|---|---|---|");
        timings.forEach((where, nanos) -> {
            report.line("| " + where + " | " + millis(nanos, 50) + " | " + millis(nanos, 95) + " | " + millis(nanos, 99)
                    + " |");
            BenchmarkReport.figure("Message cap", "p50 per count, " + where, BenchmarkReport.percentile(nanos, 50), "ms");
        });
        report.write();
    }

    /** Three decimals: a count in memory takes well under a microsecond. */
    private static String millis(long[] nanos, double percentile) {
        return String.format(Locale.ROOT, "%.3f", BenchmarkReport.percentile(nanos, percentile));
    }

    private long[] time(RateWindows windows) {
        for (int i = 0; i < WARM_UP; i++) {
            windows.tryCount("messages:" + i % 50, Integer.MAX_VALUE, Duration.ofMinutes(1));
        }
        long[] nanos = new long[COUNTS];
        for (int i = 0; i < COUNTS; i++) {
            long start = System.nanoTime();
            windows.tryCount("messages:" + i % 50, Integer.MAX_VALUE, Duration.ofMinutes(1));
            nanos[i] = System.nanoTime() - start;
        }
        return nanos;
    }
}
