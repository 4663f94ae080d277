package nl.koers.system;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Whether several Koers instances may share the database: PostgreSQL, yes; the embedded H2, which one process opens,
 * no. What has to hold across instances, such as the limits, is kept in the database when it is shared and in memory
 * otherwise, so the embedded default pays no extra statement for it. Told by {@code spring.datasource.url}, whatever
 * the profile.
 */
public final class SharedDatabase {

    private SharedDatabase() {
    }

    static boolean inUse(ConditionContext context) {
        return context.getEnvironment().getProperty("spring.datasource.url", "").startsWith("jdbc:postgresql:");
    }

    /** For {@code @Conditional}: the database is PostgreSQL, shared by every instance on it. */
    public static final class InUse implements Condition {

        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return inUse(context);
        }
    }

    /** For {@code @Conditional}: the database is this process's own. */
    public static final class NotInUse implements Condition {

        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !inUse(context);
        }
    }
}
