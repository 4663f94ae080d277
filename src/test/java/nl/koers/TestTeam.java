package nl.koers;

import java.util.UUID;

import org.springframework.security.crypto.password.PasswordEncoder;

import nl.koers.accounts.KoersUser;
import nl.koers.accounts.Role;
import nl.koers.accounts.UserRepository;

/**
 * A team of its own for one test: a leader and an employee with password "koers", under usernames no other test
 * uses, so that tests sharing one database never see each other's conversations.
 */
public record TestTeam(KoersUser leader, KoersUser employee) {

    public static TestTeam fresh(UserRepository users, PasswordEncoder passwords, String prefix, String leaderName,
            String employeeName) {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String hash = passwords.encode("koers");
        KoersUser leader = users.create(prefix + "-leider-" + run, leaderName, Role.LEIDINGGEVENDE, hash);
        KoersUser employee = users.create(prefix + "-mw-" + run, employeeName, Role.MEDEWERKER, hash);
        users.joinTeam(employee.id(), users.createTeam("Team " + leaderName + " " + run, leader.id()).id());
        return new TestTeam(leader, employee);
    }
}
