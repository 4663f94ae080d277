package nl.koers.system;

import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long Koers keeps a conversation nobody touches.
 *
 * @param retention a conversation without a turn, POP edit or akkoord for this long is deleted for good; the job
 *                  runs at {@code koers.privacy.retention-cron} (default 03:30 every night)
 */
@ConfigurationProperties("koers.privacy")
public record PrivacyProperties(@DefaultValue("P24M") Period retention) {

    public PrivacyProperties {
        if (retention.isNegative() || retention.isZero()) {
            throw new IllegalArgumentException("koers.privacy.retention must be a positive period such as P24M, not "
                    + retention);
        }
    }

    /** The retention period in Dutch words, such as "24 maanden". */
    public String retentionInDutch() {
        long months = retention.toTotalMonths();
        if (months > 0 && retention.getDays() == 0) {
            return months == 1 ? "1 maand" : months + " maanden";
        }
        long days = months * 30 + retention.getDays();
        return days == 1 ? "1 dag" : days + " dagen";
    }
}
