package nl.koers.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class KoersProblemTest {

    @Test
    void retryAfterIsWholeSecondsRoundedUpAndAtLeastOne() {
        assertThat(KoersProblem.tooManyRequests("Even wachten.", Duration.ofMillis(1400)).retryAfterHeader()).hasValue("2");
        assertThat(KoersProblem.tooManyRequests("Even wachten.", Duration.ofSeconds(30)).retryAfterHeader()).hasValue("30");
        assertThat(KoersProblem.tooManyRequests("Even wachten.", Duration.ZERO).retryAfterHeader()).hasValue("1");
        assertThat(KoersProblem.notFound("Niet gevonden.").retryAfterHeader()).isEmpty();
    }

    @Test
    void requestTextIsOneLineInTheLog() {
        assertThat(ApiExceptionHandler.loggable("q=\u0000\u00ff\r\nINFO forged")).isEqualTo("q=?\u00ff??INFO forged");
        assertThat(ApiExceptionHandler.loggable(null)).isEmpty();
    }
}
