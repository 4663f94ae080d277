package nl.koers.system;

import org.springframework.core.env.Environment;

/**
 * Whether several Koers instances may share the database: PostgreSQL, yes; the embedded H2, which one process opens,
 * no. What has to hold across instances, such as the limits, is kept in the database when it is shared and in memory
 * otherwise, so the embedded default pays no extra statement for it. Told by {@code spring.datasource.url}, whatever
 * the profile. The {@code @Bean} methods that choose ({@link RateWindowsConfiguration}, and the sign-in records' in
 * {@code nl.koers.accounts}) ask it at start rather than through a condition: the jar's ahead-of-time bean
 * definitions (see {@code KoersApplication}) would fix a condition when the jar is built.
 */
public final class SharedDatabase {

    private SharedDatabase() {
    }

    public static boolean inUse(Environment environment) {
        return environment.getProperty("spring.datasource.url", "").startsWith("jdbc:postgresql:");
    }
}
