package nl.koers.security;

import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

import nl.koers.user.AccountProperties;
import nl.koers.user.UserRepository;

/**
 * In production Koers refuses to start while demo accounts are switched on, or while any account that
 * configuration names, or that carries a demo username, still has a default password. Runs after
 * account provisioning, so it judges the database as users will meet it.
 */
@Component
@Profile("prod")
@Order(10)
class ProductionSafetyCheck implements ApplicationRunner {

    static final List<String> DEFAULT_PASSWORDS = List.of("koers", "password", "wachtwoord", "admin", "changeme");
    static final List<String> DEMO_USERNAMES = List.of("medewerker", "medewerker2", "leidinggevende", "hr");

    private final AccountProperties accounts;
    private final UserRepository users;
    private final PasswordEncoder passwordEncoder;

    ProductionSafetyCheck(AccountProperties accounts, UserRepository users, PasswordEncoder passwordEncoder) {
        this.accounts = accounts;
        this.users = users;
        this.passwordEncoder = passwordEncoder;
    }

    @Override
    public void run(ApplicationArguments args) {
        List<String> problems = new ArrayList<>();
        if (accounts.demoUsers()) {
            problems.add("koers.accounts.demo-users staat aan; zet deze uit in productie.");
        }
        List<String> usernames = new ArrayList<>(DEMO_USERNAMES);
        accounts.users().forEach(account -> usernames.add(account.username()));
        for (String username : usernames.stream().distinct().toList()) {
            users.passwordHash(username)
                    .filter(hash -> DEFAULT_PASSWORDS.stream().anyMatch(plain -> passwordEncoder.matches(plain, hash)))
                    .ifPresent(hash -> problems.add("Account '" + username + "' heeft een standaardwachtwoord."));
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Koers start niet in productie: " + String.join(" ", problems));
        }
    }
}
