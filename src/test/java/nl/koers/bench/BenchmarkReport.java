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
}
