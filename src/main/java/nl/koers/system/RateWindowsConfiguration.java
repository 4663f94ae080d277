package nl.koers.system;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The rate windows in PostgreSQL when instances share it, in memory on the embedded H2: chosen at start. */
@Configuration(proxyBeanMethods = false)
class RateWindowsConfiguration {

    @Bean
    RateWindows rateWindows(Environment environment, JdbcClient jdbc, Clock clock) {
        return SharedDatabase.inUse(environment) ? new DatabaseRateWindows(jdbc, clock) : new MemoryRateWindows(clock);
    }
}
