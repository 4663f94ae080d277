package nl.koers.system;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One clock for the whole application, in Dutch time, so tests can pin "now". */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

    static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    @Bean
    Clock clock() {
        return Clock.system(AMSTERDAM);
    }
}
