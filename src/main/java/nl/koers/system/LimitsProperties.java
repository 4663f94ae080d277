package nl.koers.system;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits that keep one person, script or attacker from taking Koers for themselves.
 *
 * @param maxRequestSize    the largest request body Koers reads; larger ones get 413
 * @param messagesPerMinute messages one person may send per minute, far above what anyone types; beyond it 429
 * @param modelTurnsPerDay  turns per person per day that may go to the language model; beyond it turns run guided
 *                          with a notice (0: never the model)
 * @param loginFailures     failed sign-ins for one username after which signing in is paused
 * @param loginPause        how long that pause lasts
 */
@ConfigurationProperties("koers.limits")
public record LimitsProperties(
        @DefaultValue("256KB") DataSize maxRequestSize,
        @DefaultValue("300") int messagesPerMinute,
        @DefaultValue("200") int modelTurnsPerDay,
        @DefaultValue("5") int loginFailures,
        @DefaultValue("15m") Duration loginPause) {

    public LimitsProperties {
        if (messagesPerMinute < 1 || modelTurnsPerDay < 0 || loginFailures < 1 || maxRequestSize.toBytes() < 16 * 1024) {
            throw new IllegalArgumentException("koers.limits: messages-per-minute and login-failures must be at least 1,"
                    + " model-turns-per-day at least 0, and max-request-size at least 16KB (a message of 4,000"
                    + " characters must fit)");
        }
    }
}
