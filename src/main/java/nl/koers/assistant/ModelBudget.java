package nl.koers.assistant;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import nl.koers.system.LimitsProperties;

/**
 * The budget of model turns per person per day ({@code koers.limits.model-turns-per-day}). Counted in the
 * database, so that it holds across restarts and across Koers instances on one database.
 */
@Component
public class ModelBudget {

    /** One day's use, for the caller's data export. */
    public record Usage(LocalDate day, int turns) {
    }

    private final JdbcClient jdbc;
    private final TransactionTemplate ownTransaction;
    private final LimitsProperties limits;
    private final Clock clock;

    ModelBudget(JdbcClient jdbc, PlatformTransactionManager transactions, LimitsProperties limits, Clock clock) {
        this.jdbc = jdbc;
        this.limits = limits;
        this.clock = clock;
        // called before a turn's own transactions begin, so this is a short transaction of its own
        this.ownTransaction = new TransactionTemplate(transactions);
    }

    /** Takes one model turn from today's budget; false when it is used up. */
    public boolean tryUse(long userId) {
        int budget = limits.modelTurnsPerDay();
        if (budget == 0) {
            return false;
        }
        LocalDate today = LocalDate.now(clock);
        try {
            return take(userId, today, budget);
        } catch (DuplicateKeyException firstOfTheDayTwice) {
            // another turn of the same person created today's row at the same moment: count on that row
            return take(userId, today, budget);
        }
    }

    private boolean take(long userId, LocalDate today, int budget) {
        Boolean used = ownTransaction.execute(status -> {
            int taken = jdbc.sql("UPDATE model_usage SET turns = turns + 1 WHERE user_id = :user AND usage_day = :day"
                    + " AND turns < :budget")
                    .param("user", userId).param("day", today).param("budget", budget).update();
            if (taken == 1) {
                return true;
            }
            boolean exists = jdbc.sql("SELECT COUNT(*) FROM model_usage WHERE user_id = :user AND usage_day = :day")
                    .param("user", userId).param("day", today).query(Long.class).single() > 0;
            if (exists) {
                return false;
            }
            jdbc.sql("INSERT INTO model_usage (user_id, usage_day, turns) VALUES (:user, :day, 1)")
                    .param("user", userId).param("day", today).update();
            return true;
        });
        return Boolean.TRUE.equals(used);
    }

    /** The caller's use per day, newest first. */
    public List<Usage> usage(long userId) {
        return jdbc.sql("SELECT usage_day, turns FROM model_usage WHERE user_id = :user ORDER BY usage_day DESC")
                .param("user", userId)
                .query((rs, row) -> new Usage(rs.getObject("usage_day", LocalDate.class), rs.getInt("turns")))
                .list();
    }

    public int perDay() {
        return limits.modelTurnsPerDay();
    }
}
