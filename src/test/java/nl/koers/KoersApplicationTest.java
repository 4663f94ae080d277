package nl.koers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The bean definitions generated at build time are used only from a built jar, where they were made together with the
 * classes beside them; a folder of classes may hold generated code from an earlier build. The jar itself is started by
 * the process tests ({@code TwoInstancesOnPostgresIT} checks that it started AOT-processed).
 */
class KoersApplicationTest {

    @Test
    void classesFromAFolderStartTheOrdinaryWay() {
        assertThat(KoersApplication.class.getProtectionDomain().getCodeSource().getLocation().toString())
                .as("the tests run from target/classes").endsWith("/classes/");

        assertThat(KoersApplication.startsFromBuiltJar()).isFalse();
    }
}
