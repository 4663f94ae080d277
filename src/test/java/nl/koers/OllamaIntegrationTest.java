package nl.koers;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The whole application on a random port in llm mode, with {@link WireMockOllama} playing Ollama: Spring AI's base
 * URL points at its shared server ({@link WireMockOllama#server()} to stub and verify), nothing is pulled and
 * nothing retried. Short model timeouts, so that failures are quick; an in-memory H2, the demo users, the bundled
 * knowledge base and a {@link MovableClock} standing at {@link FixedClockConfiguration#NOW}. Before each test the
 * server is empty and the model's circuit closed. All tests with this annotation alone share one application
 * context; a test that needs other settings adds them with {@code @TestPropertySource} and gets a context of its own.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        // a database per context: one with settings of its own (LimitsTest) must not see the shared one's rows
        "spring.datasource.url=jdbc:h2:mem:koers-ollama-${random.uuid};MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
        "koers.data-dir=target/test-data/${random.uuid}",
        "koers.search.watch-folder=false",
        "koers.accounts.demo-users=true",
        "spring.ai.ollama.init.pull-model-strategy=never",
        "spring.ai.retry.max-attempts=1",
        "koers.llm.enabled=true",
        // a first token within 4 s and a whole answer within 6 s: a streamed reply that WireMock dribbles over two
        // seconds arrives, a model that hangs falls back within the test's patience
        "koers.llm.connect-timeout=500ms", "koers.llm.first-token-timeout=4s", "koers.llm.total-timeout=6s",
        "koers.llm.retry-after=30s",
        // several classes share one account and a clock that mostly stands still; LimitsTest tests the caps
        "koers.limits.messages-per-minute=1000000", "koers.limits.model-turns-per-day=1000000",
        "koers.limits.conversations-per-day=1000000"})
@Import({MovableClockConfiguration.class, WireMockOllama.BaseUrl.class})
@ExtendWith(WireMockOllama.class)
public @interface OllamaIntegrationTest {
}
