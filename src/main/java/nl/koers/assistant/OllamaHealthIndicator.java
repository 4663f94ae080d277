package nl.koers.assistant;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.jspecify.annotations.Nullable;
import org.springframework.ai.model.ollama.autoconfigure.OllamaChatProperties;
import org.springframework.ai.model.ollama.autoconfigure.OllamaConnectionProperties;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * Is the language model there? Asks Ollama which models it has ({@code GET /api/tags}) with short
 * timeouts, and remembers the answer briefly so that health checks never queue up behind a slow server.
 * DOWN here leaves Koers UP: it then runs guided. The question goes through the JDK's plain {@code HttpURLConnection}:
 * its {@code HttpClient} would set up TLS (the trusted certificates, some 400 classes) in every start, for a
 * question that is asked of a local server over plain HTTP as a rule.
 */
@Component("ollama")
class OllamaHealthIndicator implements HealthIndicator {

    static final Duration TIMEOUT = Duration.ofSeconds(2);
    static final Duration REMEMBER = Duration.ofSeconds(10);

    private final RestClient client;
    private final String baseUrl;
    private final String model;
    private final Clock clock;
    private final AtomicReference<@Nullable Checked> last = new AtomicReference<>();

    private final ModelCircuit circuit;
    private final LlmProperties llm;

    OllamaHealthIndicator(OllamaConnectionProperties connection, OllamaChatProperties chat,
            Clock clock, ModelCircuit circuit, LlmProperties llm) {
        this.circuit = circuit;
        this.llm = llm;
        this.baseUrl = connection.getBaseUrl();
        this.model = chat.getModel();
        this.clock = clock;
        var factory = new SimpleClientHttpRequestFactory();
        factory.setConnectTimeout(TIMEOUT);
        factory.setReadTimeout(TIMEOUT);
        this.client = RestClient.builder().baseUrl(baseUrl).requestFactory(factory).build();
    }

    @Override
    public Health health() {
        if (!llm.enabled()) {
            return Health.down().withDetail("reason", "Het taalmodel staat uit (koers.llm.enabled=false); Koers werkt"
                    + " begeleid.").build();
        }
        if (circuit.isOpen()) {
            return Health.down().withDetail("url", baseUrl).withDetail("model", model)
                    .withDetail("reason", "Het taalmodel gaf onlangs een fout; Koers werkt begeleid en probeert het na"
                            + " " + llm.retryAfter().toSeconds() + " seconden opnieuw.")
                    .withDetail("lastFailure", String.valueOf(circuit.lastFailure())).build();
        }
        Instant now = clock.instant();
        Checked previous = last.get();
        if (previous != null && previous.at().plus(REMEMBER).isAfter(now)) {
            return previous.health();
        }
        Health health = check();
        last.set(new Checked(now, health));
        return health;
    }

    private Health check() {
        try {
            Tags tags = client.get().uri("/api/tags").retrieve().body(Tags.class);
            List<String> names = tags == null || tags.models() == null ? List.of()
                    : tags.models().stream().map(Tag::name).toList();
            Health.Builder builder = names.stream().anyMatch(this::isConfiguredModel) ? Health.up()
                    : Health.down().withDetail("reason", "Model " + model + " is niet geïnstalleerd in Ollama.");
            return builder.withDetail("url", baseUrl).withDetail("model", model).build();
        } catch (RuntimeException unreachable) {
            return Health.down()
                    .withDetail("url", baseUrl)
                    .withDetail("model", model)
                    .withDetail("reason", "Ollama is niet bereikbaar; Koers werkt zonder taalmodel (begeleide modus).")
                    .build();
        }
    }

    /** Ollama names a model "gemma3:4b"; one pulled without a tag is listed as "name:latest". */
    private boolean isConfiguredModel(String name) {
        return name.equals(model) || name.equals(model + ":latest");
    }

    private record Checked(Instant at, Health health) {
    }

    record Tags(@Nullable List<Tag> models) {
    }

    record Tag(String name) {
    }
}
