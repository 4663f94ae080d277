package nl.koers.conversation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.springframework.stereotype.Component;

import nl.koers.system.LimitsProperties;
import nl.koers.accounts.KoersUser;
import nl.koers.web.KoersProblem;
import nl.koers.web.ProblemWriter;

/**
 * The cap on conversations one person starts in 24 hours ({@code koers.limits.conversations-per-day}, default 50).
 * Counted in the database from the conversations themselves, so it holds across restarts and across instances on
 * one database, and needs no table of its own. A conversation the person deleted no longer counts. Two starts at
 * the very same moment may both pass the last free place: the cap is a brake on scripts, not an account balance.
 */
@Component
class ConversationQuota {

    static final Duration WINDOW = Duration.ofDays(1);

    private final ConversationRepository conversations;
    private final LimitsProperties limits;
    private final ProblemWriter problems;
    private final Clock clock;

    ConversationQuota(ConversationRepository conversations, LimitsProperties limits, ProblemWriter problems,
            Clock clock) {
        this.conversations = conversations;
        this.limits = limits;
        this.problems = problems;
        this.clock = clock;
    }

    /** Fails with 429 when this person has already started the maximum in the last 24 hours. */
    void checkMayStart(KoersUser starter) {
        int perDay = limits.conversationsPerDay();
        Instant now = clock.instant();
        Instant since = now.minus(WINDOW);
        int started = conversations.countStartedSince(starter.id(), since);
        if (started < perDay) {
            return;
        }
        // a place frees when the conversation that brings the count below the cap leaves the window
        Instant frees = conversations.startedSince(starter.id(), since, started - perDay)
                .map(at -> at.plus(WINDOW)).orElse(now.plus(WINDOW));
        Duration wait = Duration.between(now, frees);
        if (!wait.isPositive()) {
            wait = Duration.ofSeconds(1);
        }
        throw KoersProblem.tooManyRequests(problems.message("problem.conversations-per-day", perDay, inDutch(wait)),
                wait);
    }

    /** "12 minuten", "1 minuut", "3 uur": rounded up, in hours from an hour and a half on. */
    static String inDutch(Duration wait) {
        long minutes = Math.max(1, (wait.toSeconds() + 59) / 60);
        if (minutes < 90) {
            return minutes == 1 ? "1 minuut" : minutes + " minuten";
        }
        return (minutes + 59) / 60 + " uur";
    }
}
