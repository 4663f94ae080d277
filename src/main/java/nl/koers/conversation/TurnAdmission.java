package nl.koers.conversation;

import java.util.function.Supplier;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import nl.koers.system.LimitsProperties;
import nl.koers.web.FairPlaces;

/**
 * How many guided turns one instance works on at once ({@code koers.limits.concurrent-turns}, default 8); the others
 * wait in the order they came, up to {@code koers.limits.turn-wait} (default 5 s), and then get 503 with
 * {@code Retry-After}, before anything of theirs is stored.
 * <p>
 * Why: requests run on virtual threads, and a virtual thread runs until it blocks, then queues again behind every
 * other request that is ready. With forty turns at once on two cores, a turn that waited a few times for a lock or a
 * connection went to the back of the line each time: half of the turns took 20 ms or less, one in twenty more than
 * 120 ms. Taken a few at a time and in order, each turn waits about as long as the others (measured in
 * {@code GuidedTurnBenchmark}). Turns that go to the language model are not counted: they compute little and wait
 * long for the model, and would keep the places from the guided turns.
 */
@Component
class TurnAdmission {

    private final FairPlaces places;

    TurnAdmission(LimitsProperties limits, MessageSource messages) {
        this.places = new FairPlaces(limits.concurrentTurns(), limits.turnWait(), messages, "problem.turns-busy");
    }

    /** Runs one turn once a place is free; 503 when none frees within the wait. */
    <T> T admit(Supplier<T> turn) {
        return places.run(turn);
    }

    /** How many turns wait for a place right now. */
    int waiting() {
        return places.waiting();
    }
}
