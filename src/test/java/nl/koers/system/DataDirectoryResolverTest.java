package nl.koers.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.mock.env.MockEnvironment;

import nl.koers.KoersApplication;

class DataDirectoryResolverTest {

    @Test
    void aRelativeDataFolderBecomesAbsolute() {
        var environment = new MockEnvironment().withProperty("koers.data-dir", "data");

        new DataDirectoryResolver().postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getProperty("koers.data-dir")).isEqualTo(Path.of("data").toAbsolutePath().toString());
    }

    @Test
    void koersStartsWithADataFolderWrittenWithoutDotSlash() {
        String folder = "target/test-data/relative-" + UUID.randomUUID();

        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(KoersApplication.class).run(
                "--server.port=0", "--koers.data-dir=" + folder, "--spring.ai.ollama.base-url=http://127.0.0.1:9",
                "--koers.search.watch-folder=false")) {
            assertThat(context.getBean(KoersProperties.class).dataDir()).isAbsolute();
            assertThat(Path.of(folder, "koers.mv.db")).exists();
            assertThat(Files.isDirectory(Path.of(folder, "index"))).isTrue();
        }
    }
}
