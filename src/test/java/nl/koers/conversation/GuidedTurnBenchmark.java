package nl.koers.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.crypto.password.PasswordEncoder;

import com.jayway.jsonpath.JsonPath;

import nl.koers.KoersApplication;
import nl.koers.accounts.ApiTokens;
import nl.koers.accounts.KoersUser;
import nl.koers.accounts.Role;
import nl.koers.accounts.UserRepository;
import nl.koers.bench.BenchmarkReport;
import nl.koers.bench.KeepAliveHttp;
import nl.koers.system.TestDatabase;

/**
 * Guided turns as scripts send them: over HTTP, each client a person of its own with a personal API token and a
 * connection of its own, on the embedded default (H2 file database, every commit synced) and on PostgreSQL. The
 * time of a turn is what the client waits, from sending the request to the last byte of the reply. Each conversation
 * is a complete preparation of 33 requests (the start and 32 answers). Scenarios: one client at a time; 40 clients
 * without pause (the target: p95 under 100 ms); 50 people pausing between turns as people do; 50 without pause (the
 * capacity of this machine). Also the price of signing a request: Bearer token against HTTP Basic. Run with
 * {@code ./mvnw -Pbench verify}, or alone with {@code ./mvnw -Pbench test -Dtest=GuidedTurnBenchmark}.
 */
@Tag("benchmark")
class GuidedTurnBenchmark {

    static final int CLIENTS = 50;
    static final int TARGET_CLIENTS = 40;
    static final int WARM_UP_CONVERSATIONS = 10;
    static final int WARM_UP_ROUNDS = 6;
    /**
     * Conversations each client holds, one after another, in each measured scenario without pause. With one, all
     * clients start together and the run lasts under two seconds at 40 clients, while the JIT still recompiles now and
     * then under load (about four deoptimisations a second in a recorded run, each followed by a C2 compilation of
     * 0.1-0.6 s on one of the two cores). With three, clients drift apart after their first conversation, as scripts
     * do, and a compilation burst weighs as it does in a server that keeps running.
     */
    static final int MEASURED_CONVERSATIONS = 3;
    static final int AUTH_REQUESTS = 400;
    static final List<String> SCRIPT = List.of("Planner bij een transportbedrijf", "Als een lastige rit rond komt",
            "plannen, klantcontact en overzicht", "Zelfstandig inkopen", "Teamleider planning", "Meer over inkoop leren",
            "Meer verantwoordelijkheid", "verbreden", "een andere rol", "Meelopen bij inkoop", "Weinig tijd",
            "Zelfstandig een inkooporder plaatsen", "Drie orders zonder hulp", "eind maart 2027",
            "meelopen met de inkoper, een cursus inkoopbasis en af en toe sparren met de inkoopmanager",
            "op de inkoopafdeling", "€ 650 en twee dagen", "de inkoopmanager", "elke week een uur", "ja",
            "Klantgesprekken beter voeren", "Klanten geven een 8", "voor de zomer", "een training gesprekstechniek",
            "extern", "€ 400", "mijn leidinggevende", "oefenen", "nee", "elk kwartaal", "geen");

    /** A person reads the reply and types the next answer; compressed to 0.5–1.5 s to keep the run short. */
    static final long MIN_PAUSE_MILLIS = 500;
    static final long MAX_PAUSE_MILLIS = 1500;

    /** Per person: fifty people at one test machine would otherwise share one address's and one day's caps. */
    static final String[] NO_CAPS = {"--koers.limits.messages-per-minute=1000000",
            "--koers.limits.conversations-per-day=1000000"};

    @Test
    void guidedTurnsOverHttpWithATokenOnH2AndPostgres() throws Exception {
        var report = new BenchmarkReport("guided-turns", "Guided turns over HTTP with a personal API token")
                .line("Time per request as the client sees it (one connection per client, on the same"
                        + " machine), for complete guided preparations of " + (SCRIPT.size() + 1) + " requests, after "
                        + WARM_UP_CONVERSATIONS + " warm-up conversations and " + WARM_UP_ROUNDS + " unmeasured rounds"
                        + " of the " + CLIENTS + " clients without pause with each kind of client. Each scenario without"
                        + " pause is measured over " + MEASURED_CONVERSATIONS + " conversations per client, one after"
                        + " another. H2 is the embedded default: a file database whose commits are written through at"
                        + " once (WRITE_DELAY=0).")
                .line("");
        String[] embedded = concat(new String[] {"--server.port=0", "--spring.ai.ollama.base-url=http://127.0.0.1:9",
                "--koers.llm.enabled=false", "--koers.search.watch-folder=false",
                "--koers.data-dir=target/test-data/bench-" + UUID.randomUUID()}, NO_CAPS);
        measure(report, "H2 (embedded default)", embedded);
        if (TestDatabase.postgresAnswers()) {
            String schema = "koers_bench_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
            try {
                measure(report, "PostgreSQL", TestDatabase.postgresApplication(schema, NO_CAPS));
            } finally {
                TestDatabase.dropSchema(schema);
            }
        } else {
            report.line("PostgreSQL did not answer at " + TestDatabase.POSTGRES_URL + ": not measured.");
        }
        report.write();
    }

    private static void measure(BenchmarkReport report, String database, String[] arguments) throws Exception {
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(KoersApplication.class).run(arguments)) {
            String base = "http://localhost:" + ((WebServerApplicationContext) app).getWebServer().getPort();
            List<Client> clients = clients(app, base);
            String section = "Guided turn over HTTP, " + database;

            report.line("### " + database).line("");
            signing(report, section, clients.getFirst(), base);
            for (int i = 0; i < WARM_UP_CONVERSATIONS; i++) {
                clients.get(i).converse(new ConcurrentLinkedQueue<>(), false, i, Transport.KEEP_ALIVE);
            }
            // Measured in steady state: after sequential warm-up and concurrent rounds, and once the JIT has finished
            // compiling what they made hot. Measured straight after the rounds, the first concurrent scenario took
            // 3.7 ms of processor time per request, against 2.0 ms for the same clients a minute later. After three
            // rounds (and the idle JIT) the first scenario at 40 clients still took 2.6-2.7 ms against 1.7 ms at 50
            // clients later in the run, and its p95 was 97-108 ms; after six, 2.1 ms and a p95 of 80 ms.
            for (int round = 0; round < WARM_UP_ROUNDS; round++) {
                concurrently(clients, false, Transport.KEEP_ALIVE);
                concurrently(clients, false, Transport.JDK);
            }
            long compiling = BenchmarkReport.awaitCompilerIdle();
            var one = new ConcurrentLinkedQueue<Timing>();
            for (int i = 0; i < 5; i++) {
                clients.getFirst().converse(one, false, i, Transport.KEEP_ALIVE);
            }
            report.line("Measured after the JIT had been idle for a second (" + compiling + " ms of compiling after"
                    + " the warm-up rounds). Clients keep one connection each: a plain blocking HTTP/1.1 socket, as"
                    + " curl or a script would (`KeepAliveHttp`), and, for comparison, the JDK's java.net.http client,"
                    + " which costs this two-core machine more per request than the plain socket.").line("");
            report.line("| scenario | requests | p50 | p95 | p99 | max | throughput | processor time per request |")
                    .line("|---|---|---|---|---|---|---|---|");
            row(report, section, "one client", new Run(List.copyOf(one), 0, 0));
            Run target = unpaced(clients.subList(0, TARGET_CLIENTS), Transport.KEEP_ALIVE);
            row(report, section, TARGET_CLIENTS + " clients, no pause", target);
            row(report, section, TARGET_CLIENTS + " clients, no pause, java.net.http",
                    unpaced(clients.subList(0, TARGET_CLIENTS), Transport.JDK));
            row(report, section, CLIENTS + " clients, " + MIN_PAUSE_MILLIS + "–" + MAX_PAUSE_MILLIS
                    + " ms between turns", concurrently(clients, true, Transport.KEEP_ALIVE));
            row(report, section, CLIENTS + " clients, no pause", unpaced(clients, Transport.KEEP_ALIVE));
            report.line("").line("Slowest steps of a conversation at " + TARGET_CLIENTS + " clients (p95): "
                    + target.slowestSteps(5) + ".").line("");
            clients.forEach(Client::close);
        }
    }

    /** What signing a request costs: the same small GET with a token and with the password, one after another. */
    private static void signing(BenchmarkReport report, String section, Client client, String base) {
        long[] bearer = client.times("GET", base + "/api/me", client.bearer());
        long[] basic = client.times("GET", base + "/api/me", client.basic());
        long[] open = client.times("GET", base + "/actuator/health", null);
        report.line("Signing a request (" + AUTH_REQUESTS + " × GET /api/me, one client, after as many to warm up):")
                .line("")
                .line("| how | p50 | p95 |").line("|---|---|---|")
                .line("| GET /api/me with a Bearer token | " + millis(bearer, 50) + " | " + millis(bearer, 95) + " |")
                .line("| GET /api/me with HTTP Basic (BCrypt) | " + millis(basic, 50) + " | " + millis(basic, 95) + " |")
                .line("| GET /actuator/health, no sign-in | " + millis(open, 50) + " | " + millis(open, 95) + " |")
                .line("");
        BenchmarkReport.figure(section, "GET /actuator/health without sign-in, p50", BenchmarkReport.percentile(open, 50),
                "ms");
        BenchmarkReport.figure(section, "GET /api/me with a token, p50", BenchmarkReport.percentile(bearer, 50), "ms");
        BenchmarkReport.figure(section, "GET /api/me with Basic, p50", BenchmarkReport.percentile(basic, 50), "ms");
    }

    /** One request's time, with its place in the conversation: 0 is the start, 1 the first answer, and so on. */
    private record Timing(int step, long nanos) {
    }

    /** {@code cpu}: the processor time of this process (server, clients, JIT and GC) over the run, in nanoseconds. */
    private record Run(List<Timing> timings, long wall, long cpu) {

        long[] nanos() {
            return timings.stream().mapToLong(Timing::nanos).toArray();
        }

        /** The steps whose p95 is highest: where a conversation's slow requests are. */
        String slowestSteps(int count) {
            var byStep = new java.util.TreeMap<Integer, List<Long>>();
            timings.forEach(timing -> byStep.computeIfAbsent(timing.step(), step -> new ArrayList<>()).add(timing.nanos()));
            return byStep.entrySet().stream()
                    .map(entry -> java.util.Map.entry(entry.getKey(), BenchmarkReport.percentile(
                            entry.getValue().stream().mapToLong(Long::longValue).toArray(), 95)))
                    .sorted(java.util.Map.Entry.<Integer, Double>comparingByValue().reversed()).limit(count)
                    .map(entry -> (entry.getKey() == 0 ? "start" : "answer " + entry.getKey()) + " "
                            + BenchmarkReport.millis(entry.getValue()))
                    .collect(java.util.stream.Collectors.joining(", "));
        }
    }

    /** How a client speaks HTTP: a plain socket kept open, or the JDK's java.net.http client. */
    private enum Transport {
        KEEP_ALIVE, JDK
    }

    /** Without pause, each client holding {@link #MEASURED_CONVERSATIONS} conversations one after another. */
    private static Run unpaced(List<Client> clients, Transport transport) throws InterruptedException {
        return concurrently(clients, false, transport, MEASURED_CONVERSATIONS);
    }

    private static Run concurrently(List<Client> clients, boolean pause, Transport transport)
            throws InterruptedException {
        return concurrently(clients, pause, transport, 1);
    }

    private static Run concurrently(List<Client> clients, boolean pause, Transport transport, int conversations)
            throws InterruptedException {
        var turns = new ConcurrentLinkedQueue<Timing>();
        var done = new CountDownLatch(clients.size());
        var failures = new ConcurrentLinkedQueue<Throwable>();
        long started = System.nanoTime();
        long cpuBefore = pause ? 0 : processCpu(); // with pauses, idle threads' spinning would be counted too
        try (var pool = Executors.newFixedThreadPool(clients.size())) {
            for (int i = 0; i < clients.size(); i++) {
                Client client = clients.get(i);
                int seed = i;
                pool.execute(() -> {
                    try {
                        for (int conversation = 0; conversation < conversations; conversation++) {
                            client.converse(turns, pause, seed + conversation * clients.size(), transport);
                        }
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
        return new Run(List.copyOf(turns), System.nanoTime() - started, pause ? 0 : processCpu() - cpuBefore);
    }

    private static void row(BenchmarkReport report, String section, String scenario, Run run) {
        long[] nanos = run.nanos();
        double throughput = run.wall() == 0 ? 0 : nanos.length / (run.wall() / 1e9);
        report.line("| " + scenario + " | " + nanos.length + " | " + millis(nanos, 50) + " | " + millis(nanos, 95)
                + " | " + millis(nanos, 99) + " | " + millis(nanos, 100) + " | "
                + (run.wall() == 0 ? "–" : Math.round(throughput) + " requests/s") + " | "
                + (run.cpu() == 0 ? "–" : BenchmarkReport.millis(run.cpu() / 1e6 / nanos.length)) + " |");
        BenchmarkReport.figure(section, scenario + ", p50", BenchmarkReport.percentile(nanos, 50), "ms");
        BenchmarkReport.figure(section, scenario + ", p95", BenchmarkReport.percentile(nanos, 95), "ms");
        if (run.wall() != 0) {
            BenchmarkReport.figure(section, scenario + ", throughput", throughput, "requests/s");
        }
        if (run.cpu() != 0) {
            BenchmarkReport.figure(section, scenario + ", processor time per request (server and clients)",
                    run.cpu() / 1e6 / nanos.length, "ms");
        }
    }

    private static long processCpu() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static String millis(long[] nanos, double percentile) {
        return BenchmarkReport.millis(BenchmarkReport.percentile(nanos, percentile));
    }

    /** One person per client, each with a token of their own, as fifty scripts of fifty people would be. */
    private static List<Client> clients(ConfigurableApplicationContext app, String base) {
        UserRepository users = app.getBean(UserRepository.class);
        ApiTokens tokens = app.getBean(ApiTokens.class);
        String hash = app.getBean(PasswordEncoder.class).encode("koers");
        String run = UUID.randomUUID().toString().substring(0, 6);
        List<Client> clients = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
            KoersUser person = users.create("bench-" + run + "-" + i, "Bench " + i, Role.MEDEWERKER, hash);
            clients.add(new Client(base, person.username(), tokens.create(person, "benchmark", null).token(),
                    HttpClient.newHttpClient(), new KeepAliveHttp(URI.create(base))));
        }
        return clients;
    }

    private record Client(String base, String username, String token, HttpClient http, KeepAliveHttp socket) {

        void close() {
            socket.close();
            http.close();
        }

        String[] bearer() {
            return new String[] {"Authorization", "Bearer " + token};
        }

        String[] basic() {
            return new String[] {"Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(
                    (username + ":koers").getBytes(StandardCharsets.UTF_8))};
        }

        long[] times(String method, String url, String[] headers) {
            long[] nanos = new long[AUTH_REQUESTS];
            for (int round = 0; round < 2; round++) {
                for (int i = 0; i < nanos.length; i++) {
                    long start = System.nanoTime();
                    KeepAliveHttp.Reply response = send(Transport.KEEP_ALIVE, method, url, null, headers);
                    nanos[i] = System.nanoTime() - start;
                    assertThat(response.status()).as(url + " " + response.body()).isEqualTo(200);
                }
            }
            return nanos;
        }

        void converse(ConcurrentLinkedQueue<Timing> times, boolean pause, int seed, Transport transport) {
            var random = new Random(seed);
            long start = System.nanoTime();
            KeepAliveHttp.Reply started = send(transport, "POST", base + "/api/conversations",
                    "{\"type\":\"VOORBEREIDING\"}", bearer());
            times.add(new Timing(0, System.nanoTime() - start));
            assertThat(started.status()).as(started.body()).isEqualTo(201);
            String messages = base + URI.create(started.header("Location").orElseThrow()).getPath() + "/messages";
            KeepAliveHttp.Reply last = started;
            int step = 0;
            for (String answer : SCRIPT) {
                step++;
                if (pause) {
                    sleep(MIN_PAUSE_MILLIS + random.nextLong(MAX_PAUSE_MILLIS - MIN_PAUSE_MILLIS));
                }
                start = System.nanoTime();
                last = send(transport, "POST", messages, "{\"text\":\"" + answer + "\"}", bearer());
                times.add(new Timing(step, System.nanoTime() - start));
                assertThat(last.status()).as(last.body()).isEqualTo(200);
            }
            assertThat(JsonPath.parse(last.body()).read("$.phase", String.class)).isEqualTo("AFGEROND");
        }

        KeepAliveHttp.Reply send(Transport transport, String method, String url, String body, String[] headers) {
            if (transport == Transport.KEEP_ALIVE) {
                URI uri = URI.create(url);
                return socket.send(method, uri.getRawPath(), body, headers == null ? new String[0] : headers);
            }
            var request = HttpRequest.newBuilder(URI.create(url)).method(method,
                    body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
            if (headers != null) {
                request.headers(headers);
            }
            if (body != null) {
                request.header("Content-Type", "application/json");
            }
            try {
                HttpResponse<String> response = http.send(request.build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                var headerMap = new java.util.LinkedHashMap<String, String>();
                response.headers().map().forEach((name, values) -> headerMap.put(name.toLowerCase(java.util.Locale.ROOT),
                        values.getFirst()));
                return new KeepAliveHttp.Reply(response.statusCode(), headerMap, response.body());
            } catch (java.io.IOException failure) {
                throw new IllegalStateException(failure);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(interrupted);
            }
        }
    }

    private static String[] concat(String[] first, String[] second) {
        String[] all = java.util.Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, all, first.length, second.length);
        return all;
    }

    /** The simulated person's reading and typing time; outside any measurement. */
    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }
}
