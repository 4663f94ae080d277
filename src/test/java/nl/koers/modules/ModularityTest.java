package nl.koers.modules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;
import org.springframework.modulith.docs.Documenter.DiagramOptions;

import nl.koers.KoersApplication;

/**
 * The modules of Koers (the packages directly under {@code nl.koers}) have no cycles and use each other only through
 * their public face; the module diagram in {@code src/docs/modules/} is what the code says. After a change of the
 * structure, {@code ./mvnw test -Dtest=ModularityTest -Dkoers.docs.write=true} writes the diagram anew.
 */
class ModularityTest {

    static final ApplicationModules MODULES = ApplicationModules.of(KoersApplication.class);
    private static final Path COMMITTED = Path.of("src/docs/modules/components.puml");

    @Test
    void modulesHaveNoCyclesAndUseOnlyEachOthersPublicFace() {
        MODULES.verify();
    }

    @Test
    void theCommittedModuleDiagramIsTheCurrentOne() throws IOException {
        String folder = Boolean.getBoolean("koers.docs.write") ? "src/docs/modules" : "target/modulith-docs";
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(folder))
                .writeModulesAsPlantUml(DiagramOptions.defaults().withStyle(DiagramOptions.DiagramStyle.UML));

        // the Documenter writes the same diagram with its lines in varying order
        assertThat(lines(COMMITTED)).as("regenerate with -Dkoers.docs.write=true")
                .isEqualTo(lines(Path.of(folder, "components.puml")));
    }

    private static List<String> lines(Path file) throws IOException {
        return Files.readAllLines(file).stream().map(String::strip).filter(line -> !line.isEmpty()).sorted().toList();
    }
}
