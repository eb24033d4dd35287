package app.ripple;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

class ModularityTest {

    @Test
    void featureModulesOnlyUseEachOthersPublicApiAndHaveNoCycles() {
        ApplicationModules.of(Application.class).verify();
    }
}
