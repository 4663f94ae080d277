package nl.koers.process;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The packaged Koers ({@code target/koers.jar}) as a real operating-system process, started with the same JVM that
 * runs the tests, from the repository root so the bundled knowledge and prompts are found. Its output goes to a
 * log file beside its data, for when a test fails.
 */
final class KoersProcess implements AutoCloseable {

    static final Path JAR = Path.of(System.getProperty("koers.jar", "target/koers.jar"));
    static final Duration STARTUP = Duration.ofSeconds(90);

    private final Process process;
    private final int port;
    private final Path log;

    private KoersProcess(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /** Starts Koers with these settings ({@code name=value}, as {@code --name=value}) and waits until it is UP. */
    static KoersProcess start(Path logFolder, String name, List<String> settings) throws Exception {
        if (!Files.isRegularFile(JAR)) {
            throw new IllegalStateException(JAR + " is missing: these tests run in Maven's integration-test phase,"
                    + " after the jar is packaged (./mvnw verify)");
        }
        int port = freePort();
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "-Xmx384m", "-XX:TieredStopAtLevel=1", "-jar",
                JAR.toString(), "--server.port=" + port, "--spring.ai.ollama.base-url=http://127.0.0.1:9",
                "--koers.llm.enabled=false", "--koers.search.watch-folder=false"));
        settings.forEach(setting -> command.add("--" + setting));
        Files.createDirectories(logFolder);
        Path log = logFolder.resolve(name + ".log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        var started = new KoersProcess(process, port, log);
        started.awaitUp();
        return started;
    }

    int port() {
        return port;
    }

    /**
     * SIGKILL (what {@link Process#destroyForcibly()} sends on Linux): no shutdown hook, no closing of the database,
     * nothing flushed on the way out. Returns the exit code, 137 for a kill by SIGKILL.
     */
    int kill() throws Exception {
        process.destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("Koers " + process.pid() + " still runs after SIGKILL");
        }
        return process.exitValue();
    }

    @Override
    public void close() throws Exception {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }

    /**
     * Whether this start used the bean definitions that the build worked out ahead of time, as a plain
     * {@code java -jar} of the built jar does. Spring Boot names it in its first line: "Starting AOT-processed …".
     */
    boolean startedAotProcessed() {
        return logContains("Starting AOT-processed KoersApplication");
    }

    /** Whether a line of what this process printed so far contains this text. */
    boolean logContains(String text) {
        try {
            return Files.readAllLines(log).stream().anyMatch(line -> line.contains(text));
        } catch (IOException unreadable) {
            throw new java.io.UncheckedIOException(unreadable);
        }
    }

    String logTail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException unreadable) {
            return "(no log: " + unreadable.getMessage() + ")";
        }
    }

    private void awaitUp() throws Exception {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Instant deadline = Instant.now().plus(STARTUP);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Koers stopped during start-up (exit " + process.exitValue() + "):\n"
                        + logTail());
            }
            try {
                HttpResponse<String> health = client.send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/actuator/health")).timeout(Duration.ofSeconds(2)).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200 && health.body().contains("\"UP\"")) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(250);
        }
        close();
        throw new IllegalStateException("Koers was not UP within " + STARTUP + ":\n" + logTail());
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
