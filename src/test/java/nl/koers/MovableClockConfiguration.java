package nl.koers;

import java.time.ZoneId;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** Like {@link FixedClockConfiguration}, but a test may move the clock on: for pauses, windows and days. */
@TestConfiguration(proxyBeanMethods = false)
public class MovableClockConfiguration {

    @Bean
    @Primary
    MovableClock movableClock() {
        return new MovableClock(FixedClockConfiguration.NOW, ZoneId.of("Europe/Amsterdam"));
    }
}
