package nl.koers.accounts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.koers.accounts.AccountProperties.Account;

/**
 * Creates the accounts that configuration asks for: the demo users of the embedded default, and the
 * accounts listed under {@code koers.accounts.users}. Running it again changes nothing that is already right.
 */
@Component
@Order(0)
class AccountProvisioning implements ApplicationRunner {

    static final String DEMO_PASSWORD = "koers";

    static final List<Account> DEMO_ACCOUNTS = List.of(
            new Account("leidinggevende", "Fatima El Amrani", Role.LEIDINGGEVENDE, DEMO_PASSWORD, null),
            new Account("medewerker", "Sanne de Vries", Role.MEDEWERKER, DEMO_PASSWORD, "leidinggevende"),
            new Account("medewerker2", "Daan Bakker", Role.MEDEWERKER, DEMO_PASSWORD, "leidinggevende"),
            new Account("hr", "Joost Smit", Role.HR, DEMO_PASSWORD, null));

    private static final Logger log = LoggerFactory.getLogger(AccountProvisioning.class);

    private final AccountProperties properties;
    private final UserRepository users;
    private final PasswordEncoder passwordEncoder;

    AccountProvisioning(AccountProperties properties, UserRepository users, PasswordEncoder passwordEncoder) {
        this.properties = properties;
        this.users = users;
        this.passwordEncoder = passwordEncoder;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        List<Account> wanted = new ArrayList<>();
        if (properties.demoUsers()) {
            wanted.addAll(DEMO_ACCOUNTS);
        }
        wanted.addAll(properties.users());
        // Leaders first, so that employees can join their team.
        wanted.sort((a, b) -> Boolean.compare(a.leader() != null, b.leader() != null));
        var passwords = new Passwords(passwordEncoder);
        for (Account account : wanted) {
            provision(account, passwords);
        }
        if (properties.demoUsers()) {
            log.info("Demo-gebruikers staan klaar: medewerker, medewerker2, leidinggevende en hr (wachtwoord '{}').",
                    DEMO_PASSWORD);
        }
    }

    private void provision(Account account, Passwords passwords) {
        KoersUser user = users.findByUsername(account.username())
                .map(existing -> update(existing, account, passwords))
                .orElseGet(() -> users.create(account.username(), account.name(), account.role(),
                        passwords.hash(account.password())));
        if (account.leader() != null) {
            KoersUser leader = users.findByUsername(account.leader())
                    .orElseThrow(() -> new IllegalStateException("Account '" + account.username()
                            + "' noemt leidinggevende '" + account.leader() + "', maar die bestaat niet."));
            Team team = users.teamLedBy(leader.id())
                    .orElseGet(() -> users.createTeam("Team " + leader.displayName(), leader.id()));
            users.joinTeam(user.id(), team.id());
        }
    }

    private KoersUser update(KoersUser existing, Account account, Passwords passwords) {
        String currentHash = users.passwordHash(existing.username()).orElse("");
        boolean samePassword = account.password().equals(currentHash)
                || (!isHash(account.password()) && passwords.matches(account.password(), currentHash));
        String hash = samePassword ? currentHash : passwords.hash(account.password());
        users.updateProfile(existing.id(), account.name(), account.role(), hash);
        return new KoersUser(existing.id(), existing.username(), account.name(), account.role(), existing.teamId());
    }

    /**
     * The password work of one provisioning run. The demo users share a published password, so they share one hash
     * (one salt) too, and a restart checks it once instead of four times: a BCrypt hash costs about 0.1 s, which
     * counted in every start. Other accounts keep a salt of their own, so equal passwords do not show as equal hashes.
     */
    private static final class Passwords {

        private final PasswordEncoder encoder;
        private final Map<String, String> hashes = new HashMap<>();
        private final Map<String, Boolean> checked = new HashMap<>();

        Passwords(PasswordEncoder encoder) {
            this.encoder = encoder;
        }

        String hash(String password) {
            if (isHash(password)) {
                return password;
            }
            return DEMO_PASSWORD.equals(password) ? hashes.computeIfAbsent(password, encoder::encode)
                    : encoder.encode(password);
        }

        boolean matches(String password, String hash) {
            return checked.computeIfAbsent(password + '\n' + hash, pair -> encoder.matches(password, hash));
        }
    }

    static boolean isHash(String password) {
        return password.startsWith("{bcrypt}");
    }
}
