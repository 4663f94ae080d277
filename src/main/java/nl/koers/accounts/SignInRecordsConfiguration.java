package nl.koers.accounts;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;

import nl.koers.system.LimitsProperties;
import nl.koers.system.SharedDatabase;

/** The sign-in records in PostgreSQL when instances share it, in memory on the embedded H2: chosen at start. */
@Configuration(proxyBeanMethods = false)
class SignInRecordsConfiguration {

    @Bean
    SignInRecords signInRecords(Environment environment, JdbcClient jdbc, LimitsProperties limits, Clock clock) {
        return SharedDatabase.inUse(environment)
                ? new DatabaseSignInRecords(jdbc, limits, clock)
                : new MemorySignInRecords(limits);
    }
}
