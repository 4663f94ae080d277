package nl.koers.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

import nl.koers.accounts.AccountProperties.Account;
import nl.koers.accounts.AccountProperties;
import nl.koers.accounts.AccountProvisioning;
import nl.koers.accounts.KoersUser;
import nl.koers.accounts.Role;
import nl.koers.accounts.UserRepository;
import nl.koers.system.TestDatabase;

class AccountProvisioningTest {

    private final PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();
    private TestDatabase database;
    private UserRepository users;

    @BeforeEach
    void database() {
        database = TestDatabase.h2();
        users = new UserRepository(JdbcClient.create(database.dataSource()), Clock.systemUTC());
    }

    @AfterEach
    void drop() {
        database.close();
    }

    @Test
    void createsTheDemoTeamWithBcryptHashes() {
        provision(true, List.of());

        KoersUser leader = users.findByUsername("leidinggevende").orElseThrow();
        assertThat(users.teamMembersOf(leader.id())).extracting(KoersUser::username)
                .containsExactlyInAnyOrder("medewerker", "medewerker2");
        assertThat(users.findByUsername("hr")).get().extracting(KoersUser::role).isEqualTo(Role.HR);
        String hash = users.passwordHash("medewerker").orElseThrow();
        assertThat(hash).startsWith("{bcrypt}$2");
        assertThat(encoder.matches("koers", hash)).isTrue();
    }

    @Test
    void runningTwiceChangesNothing() {
        provision(true, List.of());
        String hash = users.passwordHash("medewerker").orElseThrow();

        provision(true, List.of());

        assertThat(users.passwordHash("medewerker")).hasValue(hash);
        KoersUser leader = users.findByUsername("leidinggevende").orElseThrow();
        assertThat(users.teamMembersOf(leader.id())).hasSize(2);
    }

    @Test
    void theDemoUsersCostNoPasswordWorkAndOtherAccountsGetASaltOfTheirOwn() {
        var counted = new CountingEncoder(encoder);
        var account = new Account("piet", "Piet", Role.MEDEWERKER, AccountProvisioning.DEMO_PASSWORD, null);
        new AccountProvisioning(new AccountProperties(true, List.of(account)), users, counted)
                .run(new DefaultApplicationArguments());
        assertThat(counted.encoded).as("only piet's password is hashed").isEqualTo(1);
        assertThat(users.passwordHash("piet").orElseThrow()).isNotEqualTo(users.passwordHash("hr").orElseThrow());
        assertThat(encoder.matches("koers", users.passwordHash("piet").orElseThrow())).isTrue();

        new AccountProvisioning(new AccountProperties(true, List.of(account)), users, counted)
                .run(new DefaultApplicationArguments());
        assertThat(counted.encoded).as("a restart hashes nothing").isEqualTo(1);
        assertThat(counted.checked).as("a restart checks piet's plain password only").isEqualTo(1);
    }

    @Test
    void anOlderDemoHashIsReplacedByTheSharedOne() {
        provision(true, List.of());
        users.updateProfile(users.findByUsername("hr").orElseThrow().id(), "Joost Smit", Role.HR,
                encoder.encode("koers"));

        provision(true, List.of());

        assertThat(users.passwordHash("hr")).hasValue(AccountProvisioning.DEMO_PASSWORD_HASH);
    }

    /** Counts the password work it is asked for. */
    private static final class CountingEncoder implements PasswordEncoder {

        private final PasswordEncoder delegate;
        int encoded;
        int checked;

        CountingEncoder(PasswordEncoder delegate) {
            this.delegate = delegate;
        }

        @Override
        public String encode(CharSequence raw) {
            encoded++;
            return delegate.encode(raw);
        }

        @Override
        public boolean matches(CharSequence raw, String encodedPassword) {
            checked++;
            return delegate.matches(raw, encodedPassword);
        }
    }

    @Test
    void configuredAccountsJoinTheirLeadersTeamWhateverTheOrder() {
        String preHashed = encoder.encode("Zomer-Boot-77");
        provision(false, List.of(
                new Account("piet", "Piet Jansen", Role.MEDEWERKER, "Herfst-Blad-12", "karin"),
                new Account("karin", "Karin de Groot", Role.LEIDINGGEVENDE, preHashed, null)));

        KoersUser karin = users.findByUsername("karin").orElseThrow();
        assertThat(users.leaderOf(users.findByUsername("piet").orElseThrow().id())).hasValue(karin);
        assertThat(users.passwordHash("karin")).hasValue(preHashed);
        assertThat(users.findByUsername("medewerker")).isEmpty();
    }

    @Test
    void changedPasswordAndRoleAreApplied() {
        provision(false, List.of(new Account("piet", "Piet", Role.MEDEWERKER, "Herfst-Blad-12", null)));

        provision(false, List.of(new Account("piet", "Piet Jansen", Role.LEIDINGGEVENDE, "Winter-Ijs-34", null)));

        KoersUser piet = users.findByUsername("piet").orElseThrow();
        assertThat(piet.role()).isEqualTo(Role.LEIDINGGEVENDE);
        assertThat(piet.displayName()).isEqualTo("Piet Jansen");
        assertThat(encoder.matches("Winter-Ijs-34", users.passwordHash("piet").orElseThrow())).isTrue();
    }

    @Test
    void unknownLeaderIsExplainedInDutch() {
        assertThatThrownBy(() -> provision(false,
                List.of(new Account("piet", "Piet", Role.MEDEWERKER, "Herfst-Blad-12", "niemand"))))
                .hasMessage("Account 'piet' noemt leidinggevende 'niemand', maar die bestaat niet.");
    }

    private void provision(boolean demo, List<Account> accounts) {
        new AccountProvisioning(new AccountProperties(demo, accounts), users, encoder)
                .run(new DefaultApplicationArguments());
    }
}
