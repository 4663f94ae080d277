package nl.koers.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.koers.bench.BenchmarkReport;

/**
 * Start-up of the packaged jar as a newcomer starts it: {@code java -jar koers.jar} in a folder with the prompts and
 * the knowledge base, nothing else on the command line. Measured from launching the process to the first 200 of
 * {@code /actuator/health}, and the resident memory three seconds later, the median of {@value #RUNS} starts: a first
 * start (empty data folder: the database is created and the knowledge base indexed), a restart on the same data,
 * and, for comparison, a restart without the bean definitions the build worked out ({@code -Dspring.aot.enabled=false})
 * and one with the JDK's ahead-of-time cache ({@code -XX:AOTCache}, JDK 25), which the README documents as an
 * option. Run by {@code ./mvnw -Pbench verify} after the jar is packaged.
 */
@Tag("benchmark")
class StartupJarBenchmark {

    static final int RUNS = 3;
    static final Duration SETTLE = Duration.ofSeconds(3);
    static final Path JAR = Path.of(System.getProperty("koers.jar", "target/koers.jar")).toAbsolutePath();
    static final String SECTION = "Start-up of java -jar koers.jar (embedded H2, bundled knowledge)";

    @TempDir
    Path work;

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    @Test
    void startToHealthyAndMemory() throws Exception {
        assumeThat(JAR).as("the packaged jar (./mvnw -Pbench verify packages it first)").exists();
        List<Start> first = new ArrayList<>();
        List<Start> restart = new ArrayList<>();
        for (int run = 0; run < RUNS; run++) {
            Path folder = folder("plain-" + run);
            first.add(start(folder, JAR, List.of()));
            restart.add(start(folder, JAR, List.of()));
        }
        var report = new BenchmarkReport("startup", "Start-up of the packaged jar")
                .line("`java -jar koers.jar` in a folder with `prompts/` and `knowledge/`; median of " + RUNS
                        + " starts; memory is the resident set " + SECTION_SETTLE + " after the first healthy answer.")
                .line("").line("| start | to healthy | Started … in (Spring's own) | resident memory |")
                .line("|---|---|---|---|")
                .line(row("first start (empty ./data)", first)).line(row("restart", restart));
        figures("first start", first);
        figures("restart", restart);

        List<Start> withoutAot = new ArrayList<>();
        List<Start> cached = new ArrayList<>();
        boolean jdk25 = Runtime.version().feature() >= 25;
        Path folder = folder("options");
        Path cache = work.resolve("koers.aot");
        if (jdk25) {
            train(folder, cache);
        }
        start(folder, JAR, List.of()); // so that each start below is a restart: the data is there
        for (int run = 0; run < RUNS; run++) { // interleaved, so that a slower minute of the machine hits each
            withoutAot.add(start(folder, JAR, List.of("-Dspring.aot.enabled=false")));
            if (jdk25) {
                cached.add(start(folder, JAR, List.of("-XX:AOTCache=" + cache)));
            }
        }
        report.line(row("restart without the build's bean definitions (-Dspring.aot.enabled=false)", withoutAot));
        figures("restart without the build's bean definitions", withoutAot);
        if (jdk25) {
            report.line(row("restart with -XX:AOTCache (JDK 25)", cached)).line("")
                    .line("The jar is a plain jar beside its libraries (`target/lib`) and carries the bean definitions "
                            + "that the build worked out (Spring's AOT processing), used unless "
                            + "`-Dspring.aot.enabled=false`. The JDK's cache is made once by a training run "
                            + "(`-XX:AOTCacheOutput=koers.aot -Dspring.context.exit=onRefresh`), "
                            + Files.size(cache) / (1024 * 1024) + " MB; it is mapped into memory, which the resident "
                            + "set counts.");
            figures("restart with the AOT cache", cached);
        }
        report.write();
        assertThat(first).allMatch(start -> start.healthyMillis() > 0);
    }

    private static final String SECTION_SETTLE = SETTLE.toSeconds() + " s";

    private void figures(String name, List<Start> starts) {
        BenchmarkReport.figure(SECTION, name + ", to healthy", median(starts, Start::healthyMillis) / 1000.0, "s");
        BenchmarkReport.figure(SECTION, name + ", resident memory", median(starts, Start::residentMegabytes), "MB");
    }

    private static String row(String name, List<Start> starts) {
        return String.format(Locale.ROOT, "| %s | %.2f s | %.2f s | %.0f MB |", name,
                median(starts, Start::healthyMillis) / 1000.0, median(starts, Start::springMillis) / 1000.0,
                median(starts, Start::residentMegabytes));
    }

    private static double median(List<Start> starts, java.util.function.ToDoubleFunction<Start> value) {
        double[] values = starts.stream().mapToDouble(value).sorted().toArray();
        return values[values.length / 2];
    }

    /** A folder as a newcomer has it: the prompts and the knowledge base beside the jar's working directory. */
    private Path folder(String name) throws IOException {
        Path folder = Files.createDirectories(work.resolve(name));
        for (String part : List.of("prompts", "knowledge")) {
            copy(Path.of(part), folder.resolve(part));
        }
        return folder;
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
    }

    private record Start(double healthyMillis, double springMillis, double residentMegabytes) {
    }

    private Start start(Path folder, Path jar, List<String> options) throws Exception {
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(java()));
        command.addAll(options);
        command.addAll(List.of("-jar", jar.toString(), "--server.port=" + port));
        Path log = folder.resolve("koers-" + System.nanoTime() + ".log");
        long launched = System.nanoTime();
        Process process = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        try {
            long healthy = awaitHealthy(process, port) - launched;
            Thread.sleep(SETTLE);
            double resident = residentMegabytes(process.pid());
            return new Start(healthy / 1e6, springSeconds(log) * 1000, resident);
        } finally {
            process.destroy();
            if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }

    private void train(Path folder, Path cache) throws Exception {
        List<String> command = List.of(java(), "-XX:AOTCacheOutput=" + cache, "-Dspring.context.exit=onRefresh", "-jar",
                JAR.toString(), "--server.port=" + freePort());
        Process training = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true)
                .redirectOutput(folder.resolve("training.log").toFile()).start();
        assertThat(training.waitFor(180, java.util.concurrent.TimeUnit.SECONDS)).as("the training run ends").isTrue();
        assertThat(cache).as("the training run writes the cache; see " + folder.resolve("training.log")).exists();
    }

    private long awaitHealthy(Process process, int port) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health"))
                .timeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (System.nanoTime() < deadline) {
            assertThat(process.isAlive()).as("Koers keeps running while it starts").isTrue();
            try {
                if (client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return System.nanoTime();
                }
            } catch (IOException notYet) {
                // Not listening yet.
            }
            Thread.sleep(20);
        }
        throw new AssertionError("Koers was not healthy within two minutes");
    }

    /** "Started KoersApplication in 6.9 seconds": Spring's own count, without the JVM's start before it. */
    private static double springSeconds(Path log) throws IOException {
        return Files.readAllLines(log).stream().filter(line -> line.contains("Started KoersApplication in "))
                .map(line -> line.replaceAll(".*Started KoersApplication in ([0-9.]+) seconds.*", "$1"))
                .mapToDouble(Double::parseDouble).findFirst().orElse(Double.NaN);
    }

    private static double residentMegabytes(long pid) throws IOException {
        Path status = Path.of("/proc/" + pid + "/status");
        if (!Files.exists(status)) {
            return Double.NaN;
        }
        return Files.readAllLines(status).stream().filter(line -> line.startsWith("VmRSS:"))
                .map(line -> line.replaceAll("\\D", "")).mapToDouble(kilobytes -> Double.parseDouble(kilobytes) / 1024)
                .findFirst().orElse(Double.NaN);
    }

    private static String java() {
        return ProcessHandle.current().info().command().orElse("java");
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
