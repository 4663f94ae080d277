package nl.koers.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.FileSystemUtils;

/**
 * The README's first command, {@code ./mvnw spring-boot:run}, on a machine whose default Java is 17 (first on the
 * PATH and in JAVA_HOME) while a JDK 21 or newer is installed: Maven runs on 17, the toolchains plugin finds the
 * newer JDK, and Koers starts on it. A copy of the project without its tests keeps the compile short.
 */
class FirstCommandOnJava17IT {

    static final Duration STARTUP = Duration.ofMinutes(6);

    @TempDir
    Path work;

    @Test
    void theFirstCommandStartsKoersWithJava17FirstOnThePath() throws Exception {
        Optional<Path> java17 = installedJdk17();
        Assumptions.assumeTrue(java17.isPresent(), "no JDK 17 under /usr/lib/jvm to play the default Java");
        Path project = work.resolve("koers");
        for (String part : List.of("pom.xml", "mvnw", ".mvn", "src/main", "prompts", "knowledge")) {
            Files.createDirectories(project.resolve(part).getParent());
            FileSystemUtils.copyRecursively(Path.of(part), project.resolve(part));
        }
        project.resolve("mvnw").toFile().setExecutable(true);
        int port = freePort();
        Path log = work.resolve("run.log");
        var command = new ProcessBuilder("./mvnw", "--batch-mode", "--no-transfer-progress", "spring-boot:run",
                "-Dspring-boot.run.arguments=--server.port=" + port + " --koers.data-dir=" + work.resolve("data")
                        + " --koers.search.watch-folder=false --spring.ai.ollama.base-url=http://127.0.0.1:9")
                .directory(project.toFile()).redirectErrorStream(true).redirectOutput(log.toFile());
        command.environment().put("JAVA_HOME", java17.get().toString());
        command.environment().put("PATH", java17.get().resolve("bin") + ":" + System.getenv("PATH"));
        command.environment().remove("MAVEN_OPTS");

        Process maven = command.start();
        try {
            awaitUp(maven, port, log);
            String output = Files.readString(log);
            assertThat(output).contains("select-jdk-toolchain")
                    .containsPattern("Starting KoersApplication using Java (2[1-9]|[3-9][0-9])");
        } finally {
            maven.descendants().forEach(ProcessHandle::destroy);
            maven.destroy();
            maven.onExit().get();
        }
    }

    private static Optional<Path> installedJdk17() throws IOException {
        Path jvms = Path.of("/usr/lib/jvm");
        if (!Files.isDirectory(jvms)) {
            return Optional.empty();
        }
        try (Stream<Path> candidates = Files.list(jvms)) {
            return candidates.filter(path -> path.getFileName().toString().matches("(java-17|temurin-17|jdk-17).*"))
                    .filter(path -> Files.isExecutable(path.resolve("bin/java"))).sorted().findFirst();
        }
    }

    private static void awaitUp(Process maven, int port, Path log) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest health = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health"))
                .timeout(Duration.ofSeconds(2)).build();
        try {
            Awaitility.await().atMost(STARTUP).pollInterval(Duration.ofMillis(500)).until(() -> {
                if (!maven.isAlive()) {
                    throw new AssertionError("./mvnw spring-boot:run stopped (exit " + maven.exitValue() + "):\n"
                            + tail(log));
                }
                try {
                    HttpResponse<String> answer = client.send(health, HttpResponse.BodyHandlers.ofString());
                    return answer.statusCode() == 200 && answer.body().contains("\"UP\"");
                } catch (IOException notYet) {
                    return false; // Maven is still compiling, or Koers still starting
                }
            });
        } catch (org.awaitility.core.ConditionTimeoutException late) {
            throw new AssertionError("Koers was not UP within " + STARTUP + ":\n" + tail(log), late);
        }
    }

    private static String tail(Path log) {
        List<String> lines;
        try {
            lines = Files.readAllLines(log);
        } catch (IOException unreadable) {
            return "(no log: " + unreadable.getMessage() + ")";
        }
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
