package nl.koers;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import java.time.Duration;

import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.ai.chat.prompt.Prompt;
import org.springframework.ai.ollama.OllamaChatModel;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistrar;
import org.springframework.test.context.junit.jupiter.SpringExtension;

import com.github.tomakehurst.wiremock.WireMockServer;

import nl.koers.assistant.ModelCircuit;

/**
 * WireMock playing Ollama's HTTP API, with the recorded answers under {@code src/test/resources/__files/ollama}.
 * <p>
 * For {@link OllamaIntegrationTest}: one server for the whole test run, which {@link #server()} hands to the tests
 * to stub and verify. Before each test it forgets every stub and request, and the model's circuit is closed, so
 * that no test starts from what an earlier one left behind in the shared server or application context; before
 * the first test in an application context, the model's HTTP clients are warmed up.
 */
public final class WireMockOllama implements BeforeEachCallback {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(WireMockOllama.class);
    private static WireMockServer shared;

    /** The server all {@link OllamaIntegrationTest}s talk to; started on first use. */
    public static synchronized WireMockServer server() {
        if (shared == null) {
            shared = started();
        }
        return shared;
    }

    /** A running server of its own on a free port, for a test that starts Koers itself; that test stops it. */
    public static WireMockServer started() {
        var server = new WireMockServer(options().dynamicPort().usingFilesUnderClasspath("."));
        server.start();
        return server;
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        ApplicationContext application = SpringExtension.getApplicationContext(context);
        ExtensionContext.Store run = context.getRoot().getStore(NAMESPACE);
        // stopped when the whole test run is done, not after one class: the next class may share it
        run.computeIfAbsent(WireMockServer.class, key -> {
            WireMockServer server = server();
            return (AutoCloseable) server::stop;
        });
        run.computeIfAbsent(application, WireMockOllama::warmUp);
        server().resetAll();
        application.getBean(ModelCircuit.class).succeeded();
    }

    /**
     * One answer and one streamed answer straight through the chat model, once per application context. The
     * first request loads and starts the model's HTTP clients, which on a busy machine can take longer than the
     * short timeouts the tests set; no test should fail on that.
     */
    private static Boolean warmUp(ApplicationContext application) {
        server().stubFor(post(urlEqualTo("/api/chat")).withRequestBody(matchingJsonPath("$.stream", equalTo("false")))
                .willReturn(aResponse().withHeader("Content-Type", "application/json")
                        .withBodyFile("ollama/chat-extraction-role.json")));
        server().stubFor(post(urlEqualTo("/api/chat")).withRequestBody(matchingJsonPath("$.stream", equalTo("true")))
                .willReturn(aResponse().withHeader("Content-Type", "application/x-ndjson")
                        .withBodyFile("ollama/chat-stream-phrasing.ndjson")));
        OllamaChatModel model = application.getBean(OllamaChatModel.class);
        model.call(new Prompt("warm-up"));
        model.stream(new Prompt("warm-up")).blockLast(Duration.ofSeconds(60));
        return Boolean.TRUE;
    }

    /** Points Spring AI at the shared server. */
    @TestConfiguration(proxyBeanMethods = false)
    static class BaseUrl {

        @Bean
        DynamicPropertyRegistrar ollamaBaseUrl() {
            return registry -> registry.add("spring.ai.ollama.base-url", () -> server().baseUrl());
        }
    }
}
