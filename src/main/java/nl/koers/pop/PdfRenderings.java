package nl.koers.pop;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import nl.koers.system.LimitsProperties;
import nl.koers.web.FairPlaces;

/**
 * The bound on PDF renderings one instance runs at once ({@code koers.limits.pdf-renderings}, default 2): a
 * rendering takes a core and tens of megabytes, so a burst of downloads must not starve the chat. A request that
 * finds every place taken waits up to {@code koers.limits.pdf-wait} (default 5 s) and then gets 503 with
 * {@code Retry-After}; it never queues without end. Fair, so that waiting requests go in the order they came.
 * <p>
 * The rendering itself runs on platform threads of its own, one per place. Requests run on virtual threads, and a
 * virtual thread that computes for seconds keeps its carrier: two large PDFs would take both carriers of a
 * two-core machine, and every other request (health, turns, the waiting downloads' own time-outs) would stand still.
 * Waiting for a platform thread's result gives the carrier back.
 */
@Component
public class PdfRenderings implements DisposableBean {

    private final PopDocuments documents;
    private final FairPlaces places;
    private final ExecutorService renderers;

    PdfRenderings(PopDocuments documents, LimitsProperties limits, MessageSource messages) {
        this.documents = documents;
        this.places = new FairPlaces(limits.pdfRenderings(), limits.pdfWait(), messages, "problem.pdf-busy");
        this.renderers = Executors.newFixedThreadPool(limits.pdfRenderings(),
                Thread.ofPlatform().name("pdf-", 1).daemon(true).factory());
    }

    /** The POP as PDF, once a place is free; 503 when none frees within the wait. */
    public byte[] pdf(Pop pop) {
        return run(() -> documents.pdf(pop));
    }

    /** Runs one rendering within the bound. */
    public <T> T run(Supplier<T> rendering) {
        return places.run(() -> {
            Future<T> result = renderers.submit(rendering::get);
            try {
                return result.get();
            } catch (InterruptedException stopped) {
                result.cancel(true);
                Thread.currentThread().interrupt();
                throw new IllegalStateException("PDF rendering interrupted", stopped);
            } catch (ExecutionException failed) {
                throw failed.getCause() instanceof RuntimeException runtime ? runtime
                        : new IllegalStateException(failed.getCause());
            }
        });
    }

    @Override
    public void destroy() {
        renderers.shutdownNow();
    }

    /** How many requests wait for a place right now. */
    int waiting() {
        return places.waiting();
    }
}
