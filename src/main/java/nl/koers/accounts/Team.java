package nl.koers.accounts;

/** A team leader and, through their {@code teamId}, the employees in the team. */
public record Team(long id, String name, long leaderId) {
}
