package nl.koers.pop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.thymeleaf.TemplateEngine;

import nl.koers.web.KoersProblem;

/**
 * At most two PDF renderings at once; a third waits for a free place, or gives up with a Dutch 503. Renderings
 * here are held by latches, so nothing depends on how long anything takes.
 */
class PdfRenderingsTest {

    private final List<CountDownLatch> releases = new ArrayList<>();
    private final ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();

    @AfterEach
    void releaseAll() {
        releases.forEach(CountDownLatch::countDown);
        threads.close();
    }

    @Test
    void aThirdRenderingWaitsForAPlaceAndGoesOnWhenOneFrees() throws Exception {
        PdfRenderings renderings = renderings(Duration.ofMinutes(5));
        CountDownLatch first = hold(renderings);
        hold(renderings);
        var entered = new AtomicBoolean();

        CompletableFuture<String> third = CompletableFuture.supplyAsync(() -> renderings.run(() -> {
            entered.set(true);
            return "pdf";
        }), threads);
        await().atMost(Duration.ofSeconds(30)).until(() -> renderings.waiting() == 1);

        assertThat(entered).as("both places are taken: it waits").isFalse();
        first.countDown();
        assertThat(third.get(30, TimeUnit.SECONDS)).isEqualTo("pdf");
        assertThat(entered).isTrue();
    }

    @Test
    void whenNoPlaceFreesInTimeTheAnswerIsADutch503WithRetryAfter() throws Exception {
        PdfRenderings renderings = renderings(Duration.ZERO);
        hold(renderings);
        hold(renderings);

        assertThatThrownBy(() -> renderings.run(() -> "pdf")).isInstanceOfSatisfying(KoersProblem.class, busy -> {
            assertThat(busy.status()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
            assertThat(busy.retryAfter()).hasValue(Duration.ofSeconds(1));
            assertThat(busy.getMessage()).isEqualTo("Koers maakt op dit moment al zoveel PDF-bestanden tegelijk als het"
                    + " aankan. Probeer het over 1 seconde opnieuw.");
        });
    }

    @Test
    void aFailedRenderingGivesItsPlaceBack() {
        PdfRenderings renderings = renderings(Duration.ZERO);

        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> renderings.run(() -> {
                throw new IllegalStateException("kapot");
            })).isInstanceOf(IllegalStateException.class);
        }

        assertThat(renderings.run(() -> "pdf")).as("the places are free again").isEqualTo("pdf");
    }

    @Test
    void aRenderingAskedForOnAVirtualThreadComputesOnAPlatformThreadSoItsCarrierStaysFree() throws Exception {
        PdfRenderings renderings = renderings(Duration.ZERO);

        CompletableFuture<Boolean> virtual = CompletableFuture.supplyAsync(
                () -> renderings.run(() -> Thread.currentThread().isVirtual()), threads);

        assertThat(virtual.get(30, TimeUnit.SECONDS)).isFalse();
    }

    /** Takes a place until the returned latch is counted down. */
    private CountDownLatch hold(PdfRenderings renderings) throws InterruptedException {
        var inside = new CountDownLatch(1);
        var release = new CountDownLatch(1);
        releases.add(release);
        CompletableFuture.runAsync(() -> renderings.run(() -> {
            inside.countDown();
            try {
                return release.await(1, TimeUnit.MINUTES);
            } catch (InterruptedException stopped) {
                throw new IllegalStateException(stopped);
            }
        }), threads);
        assertThat(inside.await(30, TimeUnit.SECONDS)).isTrue();
        return release;
    }

    private static PdfRenderings renderings(Duration wait) {
        return PopTemplates.renderings(new PopDocuments(new TemplateEngine()), wait);
    }
}
