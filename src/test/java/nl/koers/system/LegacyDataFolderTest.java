package nl.koers.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import com.jayway.jsonpath.DocumentContext;
import com.zaxxer.hikari.HikariDataSource;

import nl.koers.FixedClockConfiguration;
import nl.koers.KoersApplication;
import nl.koers.conversation.ConversationClient;

/**
 * A data folder written by the release before the H2 change (H2 2.4.240, migrations V1 to V3) opens with today's
 * H2, gets the newer migrations, and nobody's conversations are stranded. The file was made by that release's jar:
 * Sanne prepared up to her open points and shared, Fatima started a one-on-one with her, Daan asked about SLIM.
 */
class LegacyDataFolderTest {

    static final String PREPARATION = "f4248565-e6b3-4c33-bc61-e9de54350f25";
    static final String ONE_ON_ONE = "165f62d2-757b-4b76-9629-66ac9e1fe665";

    @TempDir
    Path data;

    @Test
    void aDataFolderFromH2Version2_4_240OpensAndTakesNewTurns() throws IOException {
        try (InputStream file = getClass().getResourceAsStream("/legacy/h2-2.4.240/koers.mv.db")) {
            Files.copy(file, data.resolve("koers.mv.db"));
        }

        try (ConfigurableApplicationContext app = start()) {
            var sanne = new ConversationClient(port(app), "medewerker");
            DocumentContext preparation = sanne.conversation(PREPARATION);
            assertThat(preparation.read("$.messages", List.class)).hasSize(35);
            assertThat(preparation.read("$.phase", String.class)).isEqualTo("AFSPRAKEN");
            assertThat(sanne.pop(PREPARATION).read("$.goals[0].description", String.class)).isEqualTo("Zelfstandig inkopen");

            var fatima = new ConversationClient(port(app), "leidinggevende");
            assertThat(fatima.conversation(ONE_ON_ONE).read("$.messages", List.class)).hasSize(7);
            assertThat(fatima.conversation(PREPARATION).read("$.messages", List.class)).as("still shared").hasSize(35);
            assertThat(new ConversationClient(port(app), "medewerker2").get("/api/conversations").body())
                    .contains("\"type\":\"VRAAG\"");

            PoolRenewalTest.renew(app.getBean(HikariDataSource.class));
            sanne.say(PREPARATION, "Of ik na de cursus ook de leveranciers mag bellen");
            fatima.say(ONE_ON_ONE, "Meer verantwoordelijkheid in de planning");
        }

        try (ConfigurableApplicationContext again = start()) {
            var sanne = new ConversationClient(port(again), "medewerker");
            assertThat(sanne.conversation(PREPARATION).read("$.messages[*].text", List.class)).hasSize(37)
                    .contains("Of ik na de cursus ook de leveranciers mag bellen");
            assertThat(new ConversationClient(port(again), "leidinggevende").conversation(ONE_ON_ONE)
                    .read("$.messages", List.class)).hasSize(9);
        }
    }

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(KoersApplication.class, FixedClockConfiguration.class)
                .run("--server.port=0", "--koers.data-dir=" + data, "--spring.ai.ollama.base-url=http://127.0.0.1:9",
                        "--koers.search.watch-folder=false", "--koers.llm.enabled=false");
    }

    private static int port(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }
}
