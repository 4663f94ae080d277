package nl.koers.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import nl.koers.accounts.KoersUser;
import nl.koers.accounts.UserRepository;
import nl.koers.bench.BenchmarkReport;
import nl.koers.dialogue.ConversationType;
import nl.koers.dialogue.Phase;

/**
 * Guided turns under load: 50 conversations at once, each a complete preparation of 32 turns, on the embedded
 * default (H2 file database, knowledge tips from Lucene). Measures the server's time per turn (the service call
 * with its transaction, engine, knowledge look-ups and storage) one conversation at a time, with 50 people pausing
 * between turns as people do, and with 50 that never pause (the capacity of this machine). Run with
 * {@code ./mvnw -Pbench test -Dtest=GuidedTurnBenchmark}.
 */
@Tag("benchmark")
@SpringBootTest(properties = {"koers.data-dir=target/test-data/bench-${random.uuid}",
        "spring.ai.ollama.base-url=http://127.0.0.1:9", "koers.search.watch-folder=false", "koers.llm.enabled=false",
        // one account plays all fifty people here, so its per-person cap would be fifty people's
        "koers.limits.messages-per-minute=1000000",
        "koers.limits.conversations-per-day=1000000"})
class GuidedTurnBenchmark {

    static final int CONVERSATIONS = 50;
    static final int WARM_UP_CONVERSATIONS = 10;
    static final List<String> SCRIPT = List.of("Planner bij een transportbedrijf", "Als een lastige rit rond komt",
            "plannen, klantcontact en overzicht", "Zelfstandig inkopen", "Teamleider planning", "Meer over inkoop leren",
            "Meer verantwoordelijkheid", "verbreden", "een andere rol", "Meelopen bij inkoop", "Weinig tijd",
            "Zelfstandig een inkooporder plaatsen", "Drie orders zonder hulp", "eind maart 2027",
            "meelopen met de inkoper, een cursus inkoopbasis en af en toe sparren met de inkoopmanager",
            "op de inkoopafdeling", "€ 650 en twee dagen", "de inkoopmanager", "elke week een uur", "ja",
            "Klantgesprekken beter voeren", "Klanten geven een 8", "voor de zomer", "een training gesprekstechniek",
            "extern", "€ 400", "mijn leidinggevende", "oefenen", "nee", "elk kwartaal", "geen");

    @Autowired
    ConversationService conversations;

    @Autowired
    TurnService turnService;

    @Autowired
    UserRepository users;

    /** A person reads the reply and types the next answer; compressed to 0.5–1.5 s to keep the run short. */
    static final long MIN_PAUSE_MILLIS = 500;
    static final long MAX_PAUSE_MILLIS = 1500;

    @Test
    void fiftyConcurrentGuidedConversations() throws Exception {
        KoersUser sanne = users.findByUsername("medewerker").orElseThrow();
        for (int i = 0; i < WARM_UP_CONVERSATIONS; i++) {
            converse(sanne, new ConcurrentLinkedQueue<>(), false, 0);
        }

        var sequential = new ConcurrentLinkedQueue<Long>();
        for (int i = 0; i < 5; i++) {
            converse(sanne, sequential, false, i);
        }
        Run paced = concurrently(sanne, true);
        Run saturated = concurrently(sanne, false);

        var report = new BenchmarkReport("guided-turns", "Guided turns: " + CONVERSATIONS + " concurrent conversations")
                .line("Server time per turn: the service call with its transaction, row lock, engine, knowledge tips and"
                        + " storage, on the embedded default (H2 file database, 10 connections). Each conversation is a"
                        + " complete preparation of " + (SCRIPT.size() + 1) + " turns, after " + WARM_UP_CONVERSATIONS
                        + " warm-up conversations.")
                .line("")
                .line("| scenario | turns | p50 | p95 | p99 | max | throughput |").line("|---|---|---|---|---|---|---|");
        row(report, "one conversation at a time", sequential.stream().mapToLong(Long::longValue).toArray(), 0);
        row(report, CONVERSATIONS + " at once, " + MIN_PAUSE_MILLIS + "–" + MAX_PAUSE_MILLIS + " ms between turns",
                paced.nanos(), paced.wall());
        row(report, CONVERSATIONS + " at once, no pause (saturation)", saturated.nanos(), saturated.wall());
        report.write();
    }

    private record Run(long[] nanos, long wall) {
    }

    private Run concurrently(KoersUser user, boolean pause) throws InterruptedException {
        var turns = new ConcurrentLinkedQueue<Long>();
        var done = new CountDownLatch(CONVERSATIONS);
        var failures = new ConcurrentLinkedQueue<Throwable>();
        long started = System.nanoTime();
        try (var pool = Executors.newFixedThreadPool(CONVERSATIONS)) {
            for (int i = 0; i < CONVERSATIONS; i++) {
                int seed = i;
                pool.execute(() -> {
                    try {
                        converse(user, turns, pause, seed);
                    } catch (Throwable failure) {
                        failures.add(failure);
                    } finally {
                        done.countDown();
                    }
                });
            }
            done.await();
        }
        assertThat(failures).isEmpty();
        return new Run(turns.stream().mapToLong(Long::longValue).toArray(), System.nanoTime() - started);
    }

    private static void row(BenchmarkReport report, String scenario, long[] nanos, long wall) {
        report.line("| " + scenario + " | " + nanos.length + " | "
                + BenchmarkReport.millis(BenchmarkReport.percentile(nanos, 50)) + " | "
                + BenchmarkReport.millis(BenchmarkReport.percentile(nanos, 95)) + " | "
                + BenchmarkReport.millis(BenchmarkReport.percentile(nanos, 99)) + " | "
                + BenchmarkReport.millis(BenchmarkReport.percentile(nanos, 100)) + " | "
                + (wall == 0 ? "–" : Math.round(nanos.length / (wall / 1e9)) + " turns/s") + " |");
    }

    private void converse(KoersUser user, ConcurrentLinkedQueue<Long> turns, boolean pause, int seed) {
        var random = new java.util.Random(seed);
        long start = System.nanoTime();
        UUID id = conversations.start(user, ConversationType.VOORBEREIDING, null).id();
        turns.add(System.nanoTime() - start);
        for (String answer : SCRIPT) {
            if (pause) {
                sleep(MIN_PAUSE_MILLIS + random.nextLong(MAX_PAUSE_MILLIS - MIN_PAUSE_MILLIS));
            }
            start = System.nanoTime();
            turnService.post(id, user, answer);
            turns.add(System.nanoTime() - start);
        }
        assertThat(conversations.get(id, user).phase()).isEqualTo(Phase.AFGEROND);
    }

    /** The simulated person's reading and typing time; the benchmark's only sleep, outside any measurement. */
    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }
}
