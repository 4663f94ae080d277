package nl.koers.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import com.jayway.jsonpath.DocumentContext;

import nl.koers.FixedClockConfiguration;
import nl.koers.KoersApplication;

/** Conversations survive a restart, and simultaneous turns on one conversation are taken one after the other. */
class ConversationDurabilityTest {

    @TempDir
    Path data;

    @Test
    void aRestartedServerContinuesTheConversationWhereItWas() {
        String id;
        try (ConfigurableApplicationContext first = start()) {
            var sanne = new ConversationClient(port(first), "medewerker");
            id = sanne.start("VOORBEREIDING", null).read("$.id");
            sanne.say(id, "Planner");
            sanne.say(id, "Als een lastige rit rond komt");
        }

        try (ConfigurableApplicationContext second = start()) {
            var sanne = new ConversationClient(port(second), "medewerker");
            String reply = sanne.replyTo(id, "plannen en overzicht houden");

            assertThat(reply).isEqualTo("Waar wil je over een jaar staan in je werk?");
            DocumentContext pop = sanne.pop(id);
            assertThat(pop.read("$.role", String.class)).isEqualTo("Planner");
            assertThat(pop.read("$.energy", String.class)).isEqualTo("Als een lastige rit rond komt");
            assertThat(pop.read("$.talents", List.class)).containsExactly("plannen", "overzicht houden");
            assertThat(sanne.conversation(id).read("$.messages", List.class)).hasSize(7);
        }
    }

    @Test
    void simultaneousTurnsOnOneConversationAreTakenInTurn() throws Exception {
        try (ConfigurableApplicationContext app = start()) {
            var sanne = new ConversationClient(port(app), "medewerker");
            String id = sanne.start("VOORBEREIDING", null).read("$.id");
            List<String> answers = List.of("een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht");

            List<CompletableFuture<Integer>> posts = new ArrayList<>();
            try (var pool = Executors.newFixedThreadPool(answers.size())) {
                for (String answer : answers) {
                    posts.add(CompletableFuture.supplyAsync(() -> sanne.sayRaw(id, answer).statusCode(), pool));
                }
            }

            List<Integer> statuses = posts.stream().map(CompletableFuture::join).toList();
            assertThat(statuses).allSatisfy(status -> assertThat(status).isIn(200, 409));
            long accepted = statuses.stream().filter(status -> status == 200).count();
            DocumentContext conversation = sanne.conversation(id);
            List<String> roles = conversation.read("$.messages[*].role");
            List<String> texts = conversation.read("$.messages[*].text");
            assertThat(roles).hasSize(1 + 2 * (int) accepted);
            for (int i = 1; i < roles.size(); i++) {
                assertThat(roles.get(i)).as("message " + i).isEqualTo(i % 2 == 1 ? "user" : "assistant");
            }
            assertThat(texts.stream().filter(answers::contains).distinct().count()).isEqualTo(accepted);
            assertThat(accepted).as("the row lock serialises turns instead of refusing them").isEqualTo(answers.size());
            assertThat(conversation.read("$.phase", String.class)).isEqualTo("VOORSTELLEN");
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
