package nl.koers.web;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.springframework.context.MessageSource;

/**
 * A fixed number of places for some work, taken in the order the requests came (a fair semaphore). A request that
 * finds every place taken waits up to {@code wait} and then gets 503 with {@code Retry-After} and a Dutch message;
 * it never queues without end.
 */
public final class FairPlaces {

    private final Semaphore places;
    private final Duration wait;
    private final MessageSource messages;
    private final String busyMessage;

    /**
     * @param busyMessage the key of the Dutch message for 503, with the seconds to wait as its argument
     */
    public FairPlaces(int count, Duration wait, MessageSource messages, String busyMessage) {
        this.places = new Semaphore(count, true);
        this.wait = wait;
        this.messages = messages;
        this.busyMessage = busyMessage;
    }

    /** Runs the work once a place is free, and gives the place back whatever the work does. */
    public <T> T run(Supplier<T> work) {
        if (!enter()) {
            Duration retry = Duration.ofSeconds(Math.max(1, wait.toSeconds()));
            throw KoersProblem.unavailable(messages.getMessage(busyMessage, new Object[] {retry.toSeconds()},
                    ProblemWriter.DUTCH), retry);
        }
        try {
            return work.get();
        } finally {
            places.release();
        }
    }

    /** How many requests wait for a place right now. */
    public int waiting() {
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
