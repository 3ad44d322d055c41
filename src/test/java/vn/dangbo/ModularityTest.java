package vn.dangbo;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The module boundaries of ARCHITECTURE.md hold: modules use each other only through their root packages
 * (facades, events, ports) and never in a cycle. Writes the module documentation into docs/modules/.
 */
class ModularityTest {

    private final ApplicationModules modules = ApplicationModules.of(DangboApplication.class);

    @Test
    void modulesRespectTheirBoundaries() {
        modules.verify();
    }

    @Test
    void writesModuleDocumentation() {
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder("docs/modules"))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
    }
}
