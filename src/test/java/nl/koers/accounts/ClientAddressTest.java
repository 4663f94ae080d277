package nl.koers.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.util.unit.DataSize;

import nl.koers.system.LimitsProperties;
import nl.koers.system.LimitsProperties.SignIn;

/** The client address of a sign-in: the connection, or behind a proxy the right-most entry of its header. */
class ClientAddressTest {

    @Test
    void withoutASettingTheConnectionCountsAndTheHeaderIsIgnored() {
        MockHttpServletRequest request = request("127.0.0.1");
        request.addHeader("X-Forwarded-For", "10.0.0.1");

        assertThat(address(null).of(request)).isEqualTo("127.0.0.1");
    }

    @Test
    void behindAProxyTheRightMostEntryCountsNotWhatTheClientWrote() {
        MockHttpServletRequest request = request("127.0.0.1");
        request.addHeader("X-Forwarded-For", "1.2.3.4, 5.6.7.8,  203.0.113.9 ");

        assertThat(address("X-Forwarded-For").of(request)).isEqualTo("203.0.113.9");
    }

    @Test
    void ofRepeatedHeaderLinesTheLastCounts() {
        MockHttpServletRequest request = request("127.0.0.1");
        request.addHeader("X-Forwarded-For", "1.2.3.4");
        request.addHeader("X-Forwarded-For", "198.51.100.7");

        assertThat(address("X-Forwarded-For").of(request)).isEqualTo("198.51.100.7");
    }

    @Test
    void aMissingOrEmptyHeaderFallsBackToTheConnectionAndLongValuesAreCut() {
        assertThat(address("X-Forwarded-For").of(request("127.0.0.1"))).isEqualTo("127.0.0.1");
        MockHttpServletRequest empty = request("127.0.0.2");
        empty.addHeader("X-Forwarded-For", "1.2.3.4, ");
        assertThat(address("X-Forwarded-For").of(empty)).isEqualTo("127.0.0.2");
        MockHttpServletRequest longOne = request("127.0.0.1");
        longOne.addHeader("X-Forwarded-For", "x".repeat(500));
        assertThat(address("X-Forwarded-For").of(longOne)).hasSize(ClientAddress.MAX_LENGTH);
    }

    @Test
    void theDetailsOfASignInCarryTheAddress() {
        MockHttpServletRequest request = request("127.0.0.1");
        request.addHeader("X-Real-IP", "192.0.2.44");

        assertThat(address("X-Real-IP").buildDetails(request).getRemoteAddress()).isEqualTo("192.0.2.44");
    }

    private static MockHttpServletRequest request(String remote) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/login");
        request.setRemoteAddr(remote);
        return request;
    }

    private static ClientAddress address(@Nullable String header) {
        return new ClientAddress(new LimitsProperties(DataSize.ofKilobytes(256), 300, 200, 5, Duration.ofMinutes(15),
                50, 2, Duration.ofSeconds(5), 8, Duration.ofSeconds(5), new SignIn(20, 10, Duration.ofSeconds(1), Duration.ofSeconds(5), header)));
    }
}
