package nl.koers.assistant;

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

    /** Closes the circuit; true when it was open, that is: the model is back after a failure. */
    public boolean succeeded() {
        answeredOnce = true;
        return failure.getAndSet(null) != null;
    }

    /**
     * Whether the model has answered since Koers started. Until then Koers simply runs guided, and a failed attempt
     * is no fallback worth a notice: most embedded installations have no model at all.
     */
    public boolean hasAnswered() {
        return answeredOnce;
    }

    /** Opens the circuit, or keeps it open; true when it was closed, that is: this is the first failure. */
    public boolean failed(String reason) {
        return failure.getAndSet(new Failure(clock.instant(), reason)) == null;
    }

    public boolean isOpen() {
        return failure.get() != null;
    }

    public @Nullable String lastFailure() {
        Failure last = failure.get();
        return last == null ? null : last.reason();
    }
}
