package nl.koers.accounts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import nl.koers.system.JdbcTimes;

/** Users and teams. Team membership is read here so every feature asks the same question the same way. */
@Repository
public class UserRepository {

    private static final String USER_COLUMNS = "id, username, display_name, role, team_id";

    private final JdbcClient jdbc;
    private final Clock clock;

    public UserRepository(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public KoersUser create(String username, String displayName, Role role, String passwordHash) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO app_user (username, display_name, password_hash, role, created_at)
                VALUES (:username, :displayName, :hash, :role, :now)""")
                .param("username", username)
                .param("displayName", displayName)
                .param("hash", passwordHash)
                .param("role", role.name())
                .param("now", JdbcTimes.utc(clock.instant()))
                .update(keys, "id");
        return new KoersUser(generatedId(keys), username, displayName, role, null);
    }

    public Optional<KoersUser> findByUsername(String username) {
        return jdbc.sql("SELECT " + USER_COLUMNS + " FROM app_user WHERE username = :username")
                .param("username", username)
                .query(UserRepository::user)
                .optional();
    }

    public Optional<KoersUser> findById(long id) {
        return jdbc.sql("SELECT " + USER_COLUMNS + " FROM app_user WHERE id = :id")
                .param("id", id)
                .query(UserRepository::user)
                .optional();
    }

    /** The stored hash, only for signing in, and only for an enabled account. */
    public Optional<String> passwordHash(String username) {
        return jdbc.sql("SELECT password_hash FROM app_user WHERE username = :username AND enabled")
                .param("username", username)
                .query(String.class)
                .optional();
    }

    public void updateProfile(long id, String displayName, Role role, String passwordHash) {
        jdbc.sql("UPDATE app_user SET display_name = :displayName, role = :role, password_hash = :hash WHERE id = :id")
                .param("displayName", displayName)
                .param("role", role.name())
                .param("hash", passwordHash)
                .param("id", id)
                .update();
    }

    public Team createTeam(String name, long leaderId) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO team (name, leader_id) VALUES (:name, :leaderId)")
                .param("name", name)
                .param("leaderId", leaderId)
                .update(keys, "id");
        return new Team(generatedId(keys), name, leaderId);
    }

    public Optional<Team> teamLedBy(long leaderId) {
        return jdbc.sql("SELECT id, name, leader_id FROM team WHERE leader_id = :leaderId")
                .param("leaderId", leaderId)
                .query((rs, row) -> new Team(rs.getLong("id"), rs.getString("name"), rs.getLong("leader_id")))
                .optional();
    }

    public void joinTeam(long userId, long teamId) {
        jdbc.sql("UPDATE app_user SET team_id = :teamId WHERE id = :userId")
                .param("teamId", teamId)
                .param("userId", userId)
                .update();
    }

    /** The team leader of an employee, if the employee is in a team. */
    public Optional<KoersUser> leaderOf(long employeeId) {
        return jdbc.sql("""
                SELECT l.id, l.username, l.display_name, l.role, l.team_id
                FROM app_user e JOIN team t ON t.id = e.team_id JOIN app_user l ON l.id = t.leader_id
                WHERE e.id = :employeeId""")
                .param("employeeId", employeeId)
                .query(UserRepository::user)
                .optional();
    }

    /** The employees in the team this leader leads, by name. Empty for someone who leads no team. */
    public List<KoersUser> teamMembersOf(long leaderId) {
        return jdbc.sql("""
                SELECT e.id, e.username, e.display_name, e.role, e.team_id
                FROM team t JOIN app_user e ON e.team_id = t.id
                WHERE t.leader_id = :leaderId AND e.id <> :leaderId
                ORDER BY e.display_name""")
                .param("leaderId", leaderId)
                .query(UserRepository::user)
                .list();
    }

    static KoersUser user(ResultSet rs, int row) throws SQLException {
        return new KoersUser(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
                Role.valueOf(rs.getString("role")), JdbcTimes.longOrNull(rs, "team_id"));
    }

    private static long generatedId(GeneratedKeyHolder keys) {
        Number key = keys.getKey();
        if (key == null) {
            throw new IllegalStateException("database returned no generated id");
        }
        return key.longValue();
    }
}
