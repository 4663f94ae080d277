package nl.koers.privacy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import nl.koers.conversation.ConversationService;
import nl.koers.system.PrivacyProperties;

/**
 * Deletes conversations that nobody touched for the retention period (default 24 months), with their messages,
 * POP and access log: career conversations are not kept longer than they are useful.
 */
@Component
public class RetentionJob {

    private static final Logger log = LoggerFactory.getLogger(RetentionJob.class);

    private final ConversationService conversations;
    private final PrivacyProperties privacy;
    private final Clock clock;

    RetentionJob(ConversationService conversations, PrivacyProperties privacy, Clock clock) {
        this.conversations = conversations;
        this.privacy = privacy;
        this.clock = clock;
    }

    /** Runs on {@code koers.privacy.retention-cron}; returns how many conversations were deleted. */
    @Scheduled(cron = "${koers.privacy.retention-cron:0 30 3 * * *}")
    public int purge() {
        Instant cutoff = ZonedDateTime.now(clock).minus(privacy.retention()).toInstant();
        int deleted = conversations.forgetUntouchedSince(cutoff);
        if (deleted > 0) {
            log.info("Retention: deleted {} conversation(s) untouched since {}", deleted, cutoff);
        }
        return deleted;
    }
}
