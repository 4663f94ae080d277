package nl.koers.accounts;

import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

import nl.koers.accounts.AccountProperties.Account;

/**
 * In production Koers refuses to start while demo accounts are switched on, while a configured account
 * has a default password, or while the database still holds a demo account with its default password.
 * Runs before account provisioning, so that nothing is written when the start is refused. The profile is asked at
 * start, not by {@code @Profile}: the jar's ahead-of-time bean definitions would fix it when the jar is built.
 */
@Component
@Order(-10)
class ProductionSafetyCheck implements ApplicationRunner {

    static final List<String> DEFAULT_PASSWORDS = List.of("koers", "password", "wachtwoord", "admin", "changeme");
    static final List<String> DEMO_USERNAMES = List.of("medewerker", "medewerker2", "leidinggevende", "hr");

    private final AccountProperties accounts;
    private final UserRepository users;
    private final PasswordEncoder passwordEncoder;
    private final Environment environment;

    ProductionSafetyCheck(AccountProperties accounts, UserRepository users, PasswordEncoder passwordEncoder,
            Environment environment) {
        this.accounts = accounts;
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.environment = environment;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!environment.matchesProfiles("prod")) {
            return;
        }
        List<String> problems = new ArrayList<>();
        if (accounts.demoUsers()) {
            problems.add("koers.accounts.demo-users staat aan; zet deze uit in productie.");
        }
        for (Account account : accounts.users()) {
            if (isDefault(account.password())) {
                problems.add("Account '" + account.username() + "' heeft een standaardwachtwoord.");
            }
        }
        for (String username : DEMO_USERNAMES) {
            users.passwordHash(username).filter(this::isDefault).ifPresent(hash -> problems.add(
                    "Demo-account '" + username + "' staat nog in de database met het standaardwachtwoord."));
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Koers start niet in productie: " + String.join(" ", problems));
        }
    }

    /** A plain default password, or a BCrypt hash of one. */
    private boolean isDefault(String passwordOrHash) {
        return passwordOrHash.startsWith("{")
                ? DEFAULT_PASSWORDS.stream().anyMatch(plain -> passwordEncoder.matches(plain, passwordOrHash))
                : DEFAULT_PASSWORDS.stream().anyMatch(plain -> plain.equalsIgnoreCase(passwordOrHash.strip()));
    }
}
