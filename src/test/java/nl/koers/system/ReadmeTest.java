package nl.koers.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/** The README's two commands are the ones that work, and CI runs the same test command. */
class ReadmeTest {

    @Test
    void ciRunsTheReadmeTestCommandWithPostgresRequired() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        String ci = Files.readString(Path.of(".ci/run"));

        assertThat(readme).contains("./mvnw spring-boot:run", "./mvnw verify");
        assertThat(ci).contains("./mvnw verify -Dkoers.test.postgres.required=true");
        assertThat(Path.of(".ci/run")).isExecutable();
        assertThat(Path.of("mvnw")).isExecutable();
    }

    @Test
    void theTopLevelIsWhatTheUserAskedFor() {
        for (String entry : new String[] {"pom.xml", "src", "prompts", "knowledge", "docker-compose.yml", "README.md"}) {
            assertThat(Path.of(entry)).exists();
        }
    }
}
