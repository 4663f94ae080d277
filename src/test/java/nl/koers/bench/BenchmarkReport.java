package nl.koers.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/** Timing helpers and the report file of a benchmark run under target/benchmarks. */
public final class BenchmarkReport {

    private final StringBuilder text = new StringBuilder();
    private final String name;

    public BenchmarkReport(String name, String title) {
        this.name = name;
        line("# " + title);
        line("");
        line("Machine: " + Runtime.getRuntime().availableProcessors() + " cores, Java "
                + System.getProperty("java.version") + ", max heap "
                + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MiB.");
        line("");
    }

    public BenchmarkReport line(String line) {
        text.append(line).append('\n');
        return this;
    }

    public Path write() {
        Path file = Path.of("target/benchmarks", name + ".md");
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
        System.out.println(text);
        return file;
    }

    /**
     * Records one figure for the run's summary table ({@code target/benchmarks/summary.md}): every benchmark adds its
     * headline figures here, one line each in {@code target/benchmarks/figures.tsv}, and the summary is written from
     * that file at the end of {@code ./mvnw -Pbench verify}.
     *
     * @param section the group in the summary, such as "Search" or "Guided turn over HTTP"
     * @param figure  what was measured, such as "p95, bundled knowledge base"
     * @param value   the number
     * @param unit    its unit, such as "ms", "MB", "turns/s" or "" for a ratio or count
     */
    public static synchronized void figure(String section, String figure, double value, String unit) {
        Path file = Path.of("target/benchmarks", "figures.tsv");
        String line = String.join("\t", clean(section), clean(figure),
                String.format(Locale.ROOT, "%.4f", value), clean(unit)) + "\n";
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, line, java.nio.charset.StandardCharsets.UTF_8,
                    java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    private static String clean(String text) {
        return text.replace('\t', ' ').replace('\n', ' ');
    }

    /** The value at a percentile (0-100) of a set of measurements, nearest rank. */
    public static double percentile(long[] nanos, double percentile) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(percentile / 100.0 * sorted.length);
        return sorted[Math.clamp(rank - 1, 0, sorted.length - 1)] / 1_000_000.0;
    }

    public static String millis(double value) {
        return String.format(Locale.ROOT, "%.2f ms", value);
    }

    /**
     * Waits until the JIT has compiled nothing for a second (at most half a minute), so that what follows is measured
     * in steady state, and returns how long it compiled meanwhile, in milliseconds.
     */
    public static long awaitCompilerIdle() throws InterruptedException {
        var compiler = java.lang.management.ManagementFactory.getCompilationMXBean();
        long start = compiler.getTotalCompilationTime();
        long last = start;
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            Thread.sleep(1_000);
            long now = compiler.getTotalCompilationTime();
            if (now - last < 20) {
                return now - start;
            }
            last = now;
        }
        return last - start;
    }
}
