package nl.koers.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import nl.koers.KoersApplication;

/** The {@code prod} profile starts without demo users and refuses default passwords. */
class ProductionProfileTest {

    @Test
    void refusesToStartWithDemoUsersSwitchedOn() throws Exception {
        String database = freshDatabase();

        assertThatThrownBy(() -> start(database, "--koers.accounts.demo-users=true"))
                .hasMessage("Koers start niet in productie: "
                        + "koers.accounts.demo-users staat aan; zet deze uit in productie.");
        try (var connection = java.sql.DriverManager.getConnection(database, "sa", "");
                var count = connection.createStatement().executeQuery("SELECT COUNT(*) FROM app_user")) {
            count.next();
            assertThat(count.getInt(1)).as("nothing was provisioned").isZero();
        }
    }

    @Test
    void refusesADatabaseThatStillHoldsDemoAccounts() {
        String database = freshDatabase();
        // First started as the embedded default, with demo users; then switched to prod on the same data.
        new SpringApplicationBuilder(KoersApplication.class)
                .run("--server.port=0", "--spring.datasource.url=" + database,
                        "--spring.ai.ollama.base-url=http://127.0.0.1:9", "--koers.accounts.demo-users=true",
                        "--koers.search.watch-folder=false", "--koers.data-dir=target/test-data/" + UUID.randomUUID())
                .close();

        assertThatThrownBy(() -> start(database))
                .hasMessageContaining("Demo-account 'medewerker' staat nog in de database");
    }

    @Test
    void refusesAConfiguredAccountWithADefaultPassword() {
        assertThatThrownBy(() -> start(freshDatabase(), account(0, "anouk", "HR", "koers")))
                .hasMessageContaining("Account 'anouk' heeft een standaardwachtwoord.");
    }

    @Test
    void startsWithOnlyConfiguredAccountsWhenTheirPasswordsAreOwn() {
        try (ConfigurableApplicationContext context = start(freshDatabase(), account(0, "anouk", "HR", "Lente-Mist-42-Fjord"))) {
            UserRepository users = context.getBean(UserRepository.class);

            assertThat(users.findByUsername("anouk")).isPresent();
            assertThat(users.findByUsername("medewerker")).as("no demo users in prod").isEmpty();

            int port = Integer.parseInt(context.getEnvironment().getRequiredProperty("local.server.port"));
            // the login page opens a session for its CSRF token; over plain HTTP a client will not even send it back
            var loginPage = nl.koers.KoersHttp.browser(port).get("/login");
            assertThat(loginPage.headers().allValues("Set-Cookie")).as("the session cookie")
                    .anySatisfy(cookie -> assertThat(cookie).startsWith("JSESSIONID=")
                            .contains("; Secure", "; HttpOnly", "; SameSite=Strict"));
        }
    }

    private static String[] account(int index, String username, String role, String password) {
        String prefix = "--koers.accounts.users[" + index + "].";
        return new String[] {prefix + "username=" + username, prefix + "name=Anouk Visser", prefix + "role=" + role,
                prefix + "password=" + password};
    }

    private static String freshDatabase() {
        return "jdbc:h2:mem:prod-" + UUID.randomUUID() + ";MODE=PostgreSQL;DB_CLOSE_DELAY=-1";
    }

    private static ConfigurableApplicationContext start(String database, String... extra) {
        List<String> args = new ArrayList<>(List.of("--server.port=0", "--spring.datasource.url=" + database,
                "--spring.ai.ollama.base-url=http://127.0.0.1:9", "--koers.search.watch-folder=false",
                "--koers.data-dir=target/test-data/" + UUID.randomUUID()));
        args.addAll(List.of(extra));
        return new SpringApplicationBuilder(KoersApplication.class).profiles("prod")
                .run(args.toArray(String[]::new));
    }
}
