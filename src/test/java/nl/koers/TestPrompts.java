package nl.koers;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** A copy of one folder of the bundled prompts/, for tests that break files on purpose. */
public final class TestPrompts {

    private TestPrompts() {
    }

    public static void copy(String folder, Path prompts) throws IOException {
        Path target = Files.createDirectories(prompts.resolve(folder));
        try (Stream<Path> files = Files.list(Path.of("prompts", folder))) {
            for (Path file : files.toList()) {
                Files.copy(file, target.resolve(file.getFileName()));
            }
        }
    }
}
