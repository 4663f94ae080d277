package nl.koers;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The whole application on a random port, with an in-memory H2 (migrated by Flyway), the demo users, the
 * bundled knowledge base indexed into a data folder of its own, a fixed clock, and no language model (guided): Ollama's address points at a port where nothing listens. All tests with this
 * annotation share one application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:koers-it;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
        "spring.ai.ollama.base-url=http://127.0.0.1:9",
        "koers.data-dir=target/test-data/${random.uuid}",
        "koers.search.watch-folder=false",
        "koers.llm.enabled=false",
        "koers.accounts.demo-users=true",
        // the clock stands still here, so every message falls in one minute and every start in one day;
        // LimitsTest tests the caps themselves
        "koers.limits.messages-per-minute=1000000", "koers.limits.conversations-per-day=1000000"})
@Import(FixedClockConfiguration.class)
public @interface KoersIntegrationTest {
}
