package vn.dangbo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
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
    void writesModuleDocumentation() throws IOException {
        Path folder = Path.of("docs/modules");
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder(folder.toString()))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".puml")).toList()) {
                sortRelations(f);
            }
        }
    }

    /** The Documenter writes relations in varying order; sorted, the diagrams only change when the modules do. */
    private static void sortRelations(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<String> out = new ArrayList<>();
        List<String> block = new ArrayList<>();
        for (String line : lines) {
            if (line.startsWith("Rel(")) {
                block.add(line);
                continue;
            }
            Collections.sort(block);
            out.addAll(block);
            block.clear();
            out.add(line);
        }
        Collections.sort(block);
        out.addAll(block);
        Files.write(file, out, StandardCharsets.UTF_8);
    }
}
