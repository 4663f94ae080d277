package nl.koers.llm;

import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Remembers whether the language model is known to be down. After a failure every turn runs guided until the
 * pause ({@code koers.llm.retry-after}) has passed; then the next turn tries the model again, and one success
 * closes the circuit.
 */
@Component
public class ModelCircuit {

    /** The last failure, or null while the model works. */
    private record Failure(Instant at, String reason) {
    }

    private final AtomicReference<@Nullable Failure> failure = new AtomicReference<>();
    private volatile boolean answeredOnce;
    private final LlmProperties properties;
    private final Clock clock;

    ModelCircuit(LlmProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
    }

    /** Whether a turn may try the model now. */
    public boolean allowsAttempt() {
        if (!properties.enabled()) {
            return false;
        }
        Failure last = failure.get();
        return last == null || !clock.instant().isBefore(last.at().plus(properties.retryAfter()));
    }

    public void succeeded() {
        failure.set(null);
        answeredOnce = true;
    }

    /**
     * Whether the model has answered since Koers started. Until then Koers simply runs guided, and a failed attempt
     * is no fallback worth a notice: most embedded installations have no model at all.
     */
    public boolean hasAnswered() {
        return answeredOnce;
    }

    public void failed(String reason) {
        failure.set(new Failure(clock.instant(), reason));
    }

    public boolean isOpen() {
        return failure.get() != null;
    }

    public @Nullable String lastFailure() {
        Failure last = failure.get();
        return last == null ? null : last.reason();
    }
}
