package nl.koers.accounts;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

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

    /**
     * The BCrypt hash of {@link #DEMO_PASSWORD}, made once with Koers's password encoder. The demo password is
     * published, so its hash hides nothing; a hash made at every start cost about 0.1 s of it, and checking the stored
     * one at a restart as much. The demo users share it; other accounts get a salt of their own.
     */
    static final String DEMO_PASSWORD_HASH = "{bcrypt}$2a$10$GRTSDCEQ.pj2UQLK9wVJ6OGSrc45vB5aPJ59aSfsn2MxV7gS6qKjG";

    static final List<Account> DEMO_ACCOUNTS = List.of(
            new Account("leidinggevende", "Fatima El Amrani", Role.LEIDINGGEVENDE, DEMO_PASSWORD_HASH, null),
            new Account("medewerker", "Sanne de Vries", Role.MEDEWERKER, DEMO_PASSWORD_HASH, "leidinggevende"),
            new Account("medewerker2", "Daan Bakker", Role.MEDEWERKER, DEMO_PASSWORD_HASH, "leidinggevende"),
            new Account("hr", "Joost Smit", Role.HR, DEMO_PASSWORD_HASH, null));

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
        for (Account account : wanted) {
            provision(account);
        }
        if (properties.demoUsers()) {
            log.info("Demo-gebruikers staan klaar: medewerker, medewerker2, leidinggevende en hr (wachtwoord '{}').",
                    DEMO_PASSWORD);
        }
    }

    private void provision(Account account) {
        KoersUser user = users.findByUsername(account.username())
                .map(existing -> update(existing, account))
                .orElseGet(() -> users.create(account.username(), account.name(), account.role(),
                        hash(account.password())));
        if (account.leader() != null) {
            KoersUser leader = users.findByUsername(account.leader())
                    .orElseThrow(() -> new IllegalStateException("Account '" + account.username()
                            + "' noemt leidinggevende '" + account.leader() + "', maar die bestaat niet."));
            Team team = users.teamLedBy(leader.id())
                    .orElseGet(() -> users.createTeam("Team " + leader.displayName(), leader.id()));
            if (!Objects.equals(user.teamId(), team.id())) {
                users.joinTeam(user.id(), team.id());
            }
        }
    }

    /** Brings an existing account in line with its configuration; writes only what differs. */
    private KoersUser update(KoersUser existing, Account account) {
        String currentHash = users.passwordHash(existing.username()).orElse("");
        boolean samePassword = account.password().equals(currentHash)
                || (!isHash(account.password()) && passwordEncoder.matches(account.password(), currentHash));
        if (!samePassword || !account.name().equals(existing.displayName()) || account.role() != existing.role()) {
            users.updateProfile(existing.id(), account.name(), account.role(),
                    samePassword ? currentHash : hash(account.password()));
        }
        return new KoersUser(existing.id(), existing.username(), account.name(), account.role(), existing.teamId());
    }

    /** A configured password's hash: given as a hash already, or made here with a salt of its own. */
    private String hash(String password) {
        return isHash(password) ? password : passwordEncoder.encode(password);
    }

    static boolean isHash(String password) {
        return password.startsWith("{bcrypt}");
    }
}
