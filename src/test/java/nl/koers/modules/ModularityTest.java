package nl.koers.modules;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

import nl.koers.KoersApplication;

class ModularityTest {

    static final ApplicationModules MODULES = ApplicationModules.of(KoersApplication.class);

    @Test
    void modulesHaveNoCyclesAndUseOnlyEachOthersPublicFace() {
        MODULES.verify();
    }
}
