package nl.koers.conversation;

import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The one access policy: what a person may do with a conversation, decided in SQL from the conversation and the
 * owner's team as it is now, so a move between teams counts at once. The rule follows the owner's team as it is now
 * (API.md, "Who may see what after a team change"):
 * <ul>
 * <li>the owner sees and does everything;
 * <li>a VOORBEREIDING the owner shared: its messages and POP are read by the owner's <em>current</em> team
 * leader, who does not answer or change it; a former leader no longer finds it;
 * <li>a GESPREK: its messages stay with the two people who held it, the owner and {@code manager_id}, whose turns
 * continue only while the owner is still in their team (a former leader reads, but does not continue, the
 * conversation, and no longer sees its POP). Its POP is read, changed and accepted by the owner's current
 * leader, also one who did not hold the conversation and so does not read its messages;
 * <li>nobody else: not a colleague, not HR, not a former leader.
 * <li>a VOORBEREIDING a team leader wrote about one of their people ({@code subject_id}) is owned by that leader
 * and is never shared: nobody else sees it;
 * <li>a VOORTGANG (progress review) is owned by the employee whose POP it reviews, and is seen and continued by the
 * same people as that POP: the employee, and their current leader when the POP is one the leader reads;
 * </ul>
 * {@code manager_id} of a VOORBEREIDING grants nothing: the team table does.
 */
final class AccessRule {

    // for a conversation aliased c and a viewer id bound as :viewer

    /** The viewer leads the owner's team now: joins the team table, so a move between teams counts at once. */
    private static final String LEADS_OWNER = "c.owner_id IN (SELECT e.id FROM team t JOIN app_user e"
            + " ON e.team_id = t.id WHERE t.leader_id = :viewer)";

    private static final String SHARED_PREPARATION = "(c.type = 'VOORBEREIDING' AND c.shared_with_manager)";

    /** A progress review, read by the current leader when the POP it reviews is one that leader reads. */
    private static final String LEADER_REVIEWS = "(c.type = 'VOORTGANG' AND " + LEADS_OWNER + " AND EXISTS (SELECT 1"
            + " FROM conversation p WHERE p.id = c.review_of AND (p.type = 'GESPREK' OR (p.type = 'VOORBEREIDING'"
            + " AND p.shared_with_manager))))";

    /** May open the conversation and read its messages. */
    static final String READS_MESSAGES = "(c.owner_id = :viewer OR (c.type = 'GESPREK' AND c.manager_id = :viewer)"
            + " OR (" + SHARED_PREPARATION + " AND " + LEADS_OWNER + ") OR " + LEADER_REVIEWS + ")";

    /** May read the POP and its exports (a progress review has none of its own). */
    static final String READS_POP = "(c.type <> 'VOORTGANG' AND (c.owner_id = :viewer OR ((c.type = 'GESPREK' OR " + SHARED_PREPARATION + ")"
            + " AND " + LEADS_OWNER + ")))";

    /** May take a turn: the owner, and the leader who holds a one-on-one while the owner is still in their team. */
    static final String TAKES_TURNS = "(c.owner_id = :viewer OR (c.type = 'GESPREK' AND c.manager_id = :viewer"
            + " AND " + LEADS_OWNER + ") OR " + LEADER_REVIEWS + ")";

    /** May change and accept the POP: the owner, and the current leader for a one-on-one. */
    static final String EDITS_POP = "(c.owner_id = :viewer OR (c.type = 'GESPREK' AND " + LEADS_OWNER + "))";

    /** Listed for the viewer: the messages or the POP may be read. */
    static final String LISTED = "(" + READS_MESSAGES + " OR " + READS_POP + ")";

    /** The rule's answers for one row, so that callers never decide access on their own. */
    static final String SELECT = ", (c.owner_id = :viewer) AS is_owner, " + READS_MESSAGES
            + " AS reads_messages, " + READS_POP + " AS reads_pop, " + TAKES_TURNS + " AS takes_turns, " + EDITS_POP
            + " AS edits_pop";

    private AccessRule() {
    }

    /** May read {@code item} of the conversation: its messages, or its POP. */
    static String reads(AccessLog.Item item) {
        return item == AccessLog.Item.POP ? READS_POP : READS_MESSAGES;
    }

    /** The rule's answers as selected with {@link #SELECT}. */
    static Access access(ResultSet rs) throws SQLException {
        return new Access(rs.getBoolean("is_owner"), rs.getBoolean("reads_messages"), rs.getBoolean("reads_pop"),
                rs.getBoolean("takes_turns"), rs.getBoolean("edits_pop"));
    }
}
