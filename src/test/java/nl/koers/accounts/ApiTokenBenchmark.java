package nl.koers.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

import nl.koers.KoersIntegrationTest;
import nl.koers.bench.BenchmarkReport;

/**
 * What a Bearer request costs Koers to sign in: the token's hash and its one indexed look-up (with the owner),
 * against checking a password with BCrypt as HTTP Basic does, in the process, on the embedded H2.
 */
@Tag("benchmark")
@KoersIntegrationTest
class ApiTokenBenchmark {

    static final int CHECKS = 20_000;

    @Autowired
    ApiTokens tokens;

    @Autowired
    UserRepository users;

    @Autowired
    PasswordEncoder passwords;

    @Test
    void checkingATokenAgainstCheckingAPassword() {
        KoersUser owner = users.findByUsername("medewerker").orElseThrow();
        String token = tokens.create(owner, "benchmark", null).token();
        String hash = users.passwordHash("medewerker").orElseThrow();

        long[] bearer = new long[CHECKS];
        for (int round = 0; round < 3; round++) {
            for (int i = 0; i < CHECKS; i++) {
                long start = System.nanoTime();
                assertThat(tokens.authenticate(token)).isPresent();
                bearer[i] = System.nanoTime() - start;
            }
        }
        long[] password = new long[50];
        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < password.length; i++) {
                long start = System.nanoTime();
                assertThat(passwords.matches("koers", hash)).isTrue();
                password[i] = System.nanoTime() - start;
            }
        }

        new BenchmarkReport("api-tokens", "Signing in a request: API token against password")
                .line("In the process, after warming up; the token check is the SHA-256 of the token and one indexed"
                        + " look-up of token and owner in H2.")
                .line("")
                .line("| check | times | p50 | p95 | p99 |").line("|---|---|---|---|---|")
                .line(row("API token (Bearer)", bearer)).line(row("password (HTTP Basic, BCrypt)", password))
                .write();
        BenchmarkReport.figure("Signing in", "API token check, p50", BenchmarkReport.percentile(bearer, 50), "ms");
        BenchmarkReport.figure("Signing in", "API token check, p95", BenchmarkReport.percentile(bearer, 95), "ms");
        BenchmarkReport.figure("Signing in", "password check (BCrypt), p50", BenchmarkReport.percentile(password, 50),
                "ms");
    }

    private static String row(String check, long[] nanos) {
        return String.format(Locale.ROOT, "| %s | %d | %.3f ms | %.3f ms | %.3f ms |", check, nanos.length,
                BenchmarkReport.percentile(nanos, 50), BenchmarkReport.percentile(nanos, 95),
                BenchmarkReport.percentile(nanos, 99));
    }
}
