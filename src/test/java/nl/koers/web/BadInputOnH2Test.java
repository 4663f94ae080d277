package nl.koers.web;

import javax.sql.DataSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import nl.koers.KoersIntegrationTest;

/** The bad-input contract on the embedded H2 the integration tests share. */
@KoersIntegrationTest
class BadInputOnH2Test extends BadInputContract {

    @LocalServerPort
    int port;

    @Autowired
    DataSource dataSource;

    @Override
    int port() {
        return port;
    }

    @Override
    DataSource dataSource() {
        return dataSource;
    }
}
