package nl.koers.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.util.unit.DataSize;

import nl.koers.system.LimitsProperties;
import nl.koers.web.KoersProblem;

/** At most a few guided turns at once; the others go in the order they came, or get a Dutch 503 after the wait. */
class TurnAdmissionTest {

    private final ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();
    private final CountDownLatch release = new CountDownLatch(1);

    @AfterEach
    void stop() {
        release.countDown();
        threads.close();
    }

    @Test
    void turnsBeyondThePlacesWait() throws Exception {
        TurnAdmission admission = admission(2, Duration.ofMinutes(5));
        var ran = new ConcurrentLinkedQueue<String>();
        CompletableFuture<String> first = hold(admission, ran, "eerste");
        CompletableFuture<String> second = hold(admission, ran, "tweede");
        await().atMost(Duration.ofSeconds(30)).until(() -> ran.size() == 2);

        CompletableFuture<String> third = turn(admission, ran, "derde");
        await().atMost(Duration.ofSeconds(30)).until(() -> admission.waiting() == 1);
        assertThat(ran).as("both places are taken").containsExactlyInAnyOrder("eerste", "tweede");

        release.countDown();
        for (CompletableFuture<String> turn : List.of(first, second, third)) {
            turn.get(30, TimeUnit.SECONDS);
        }
        assertThat(ran).contains("derde");
    }

    @Test
    void waitingTurnsGoInTheOrderTheyCame() throws Exception {
        TurnAdmission admission = admission(1, Duration.ofMinutes(5));
        var ran = new ConcurrentLinkedQueue<String>();
        CompletableFuture<String> first = hold(admission, ran, "eerste");
        await().atMost(Duration.ofSeconds(30)).until(() -> ran.size() == 1);
        List<CompletableFuture<String>> waiting = new java.util.ArrayList<>();
        for (String name : List.of("tweede", "derde", "vierde")) {
            waiting.add(turn(admission, ran, name));
            int queued = waiting.size();
            await().atMost(Duration.ofSeconds(30)).until(() -> admission.waiting() == queued);
        }

        release.countDown();
        first.get(30, TimeUnit.SECONDS);
        for (CompletableFuture<String> turn : waiting) {
            turn.get(30, TimeUnit.SECONDS);
        }
        assertThat(ran).containsExactly("eerste", "tweede", "derde", "vierde");
    }

    @Test
    void whenNoPlaceFreesInTimeTheTurnGetsADutch503AndAFailedTurnGivesItsPlaceBack() throws Exception {
        TurnAdmission admission = admission(1, Duration.ZERO);
        assertThatThrownBy(() -> admission.admit(() -> {
            throw new IllegalStateException("kapot");
        })).isInstanceOf(IllegalStateException.class);
        var ran = new ConcurrentLinkedQueue<String>();
        hold(admission, ran, "bezet");
        await().atMost(Duration.ofSeconds(30)).until(() -> ran.contains("bezet"));

        assertThatThrownBy(() -> admission.admit(() -> "antwoord")).isInstanceOfSatisfying(KoersProblem.class, busy -> {
            assertThat(busy.status()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
            assertThat(busy.retryAfter()).hasValue(Duration.ofSeconds(1));
            assertThat(busy.getMessage()).isEqualTo("Koers werkt op dit moment aan zoveel antwoorden tegelijk dat het"
                    + " jouwe niet op tijd aan de beurt kwam. Je bericht is niet opgeslagen; stuur het over 1 seconde"
                    + " opnieuw.");
        });
    }

    private CompletableFuture<String> hold(TurnAdmission admission, ConcurrentLinkedQueue<String> ran, String name) {
        return CompletableFuture.supplyAsync(() -> admission.admit(() -> {
            ran.add(name);
            try {
                release.await();
            } catch (InterruptedException stopped) {
                Thread.currentThread().interrupt();
            }
            return name;
        }), threads);
    }

    private CompletableFuture<String> turn(TurnAdmission admission, ConcurrentLinkedQueue<String> ran, String name) {
        return CompletableFuture.supplyAsync(() -> admission.admit(() -> {
            ran.add(name);
            return name;
        }), threads);
    }

    private static TurnAdmission admission(int places, Duration wait) {
        var messages = new ResourceBundleMessageSource();
        messages.setBasename("messages/messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return new TurnAdmission(new LimitsProperties(DataSize.ofKilobytes(256), 300, 200, 5, Duration.ofMinutes(15),
                50, 2, Duration.ofSeconds(5), places, wait, new LimitsProperties.SignIn(20, 10, Duration.ofSeconds(1),
                        Duration.ofSeconds(5), null)), messages);
    }
}
