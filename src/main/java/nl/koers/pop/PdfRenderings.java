package nl.koers.pop;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import nl.koers.system.LimitsProperties;
import nl.koers.web.KoersProblem;
import nl.koers.web.ProblemWriter;

/**
 * The bound on PDF renderings one instance runs at once ({@code koers.limits.pdf-renderings}, default 2): a
 * rendering takes a core and tens of megabytes, so a burst of downloads must not starve the chat. A request that
 * finds every place taken waits up to {@code koers.limits.pdf-wait} (default 5 s) and then gets 503 with
 * {@code Retry-After}; it never queues without end. Fair, so that waiting requests go in the order they came.
 */
@Component
public class PdfRenderings {

    private final PopDocuments documents;
    private final Semaphore places;
    private final Duration wait;
    private final MessageSource messages;

    PdfRenderings(PopDocuments documents, LimitsProperties limits, MessageSource messages) {
        this.documents = documents;
        this.places = new Semaphore(limits.pdfRenderings(), true);
        this.wait = limits.pdfWait();
        this.messages = messages;
    }

    /** The POP as PDF, once a place is free; 503 when none frees within the wait. */
    public byte[] pdf(Pop pop) {
        return run(() -> documents.pdf(pop));
    }

    /** Runs one rendering within the bound. */
    public <T> T run(Supplier<T> rendering) {
        if (!enter()) {
            Duration retry = Duration.ofSeconds(Math.max(1, wait.toSeconds()));
            throw KoersProblem.unavailable(messages.getMessage("problem.pdf-busy", new Object[] {retry.toSeconds()},
                    ProblemWriter.DUTCH), retry);
        }
        try {
            return rendering.get();
        } finally {
            places.release();
        }
    }

    /** How many requests wait for a place right now. */
    int waiting() {
        return places.getQueueLength();
    }

    private boolean enter() {
        try {
            return places.tryAcquire(wait.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
