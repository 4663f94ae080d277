package nl.koers;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;

/** WireMock playing Ollama's HTTP API, with the recorded answers under {@code src/test/resources/__files/ollama}. */
public final class WireMockOllama {

    private WireMockOllama() {
    }

    /** A running server on a free port; the test class stops it when done. */
    public static WireMockServer started() {
        var server = new WireMockServer(options().dynamicPort().usingFilesUnderClasspath("."));
        server.start();
        return server;
    }
}
