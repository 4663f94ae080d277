package nl.koers.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.util.unit.DataSize;

import nl.koers.FixedClockConfiguration;
import nl.koers.MovableClock;
import nl.koers.system.LimitsProperties;

/** The sign-in pause forgets what is over, so guessing at random usernames cannot fill the memory. */
class LoginThrottleTest {

    private final MovableClock clock = new MovableClock(FixedClockConfiguration.NOW, ZoneId.of("Europe/Amsterdam"));
    private final LoginThrottle throttle = new LoginThrottle(
            new LimitsProperties(DataSize.ofKilobytes(256), 300, 200, 5, Duration.ofMinutes(15)), clock);

    @Test
    void finishedCountsAreForgottenOnceThereAreManyNames() {
        for (int i = 0; i <= LoginThrottle.PRUNE_ABOVE; i++) {
            fail("geraden-" + i);
        }
        fail("herhaald");
        fail("herhaald");
        fail("herhaald");
        fail("herhaald");
        fail("herhaald");
        assertThat(throttle.tracked()).isEqualTo(LoginThrottle.PRUNE_ABOVE + 2);
        assertThat(throttle.remaining("herhaald")).isEqualTo(Duration.ofMinutes(15));

        clock.advance(Duration.ofMinutes(10));
        fail("later");
        clock.advance(Duration.ofMinutes(6));
        fail("nieuw");

        assertThat(throttle.tracked()).as("what still counts: the later failure and the new one").isEqualTo(2);
        assertThat(throttle.remaining("herhaald")).as("its pause is over").isZero();
    }

    private void fail(String username) {
        throttle.failed(new AuthenticationFailureBadCredentialsEvent(
                UsernamePasswordAuthenticationToken.unauthenticated(username, "fout"), new BadCredentialsException("fout")));
    }
}
