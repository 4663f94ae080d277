package nl.koers;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import nl.koers.dialogue.LearningFormsLoader;
import nl.koers.dutch.LearningForms;

/**
 * The bundled prompts/ for tests: the learning-form vocabulary as shipped, and copies for tests that break files on
 * purpose.
 */
public final class TestPrompts {

    private static final LearningForms LEARNING_FORMS = LearningFormsLoader.load(Path.of("prompts"));

    private TestPrompts() {
    }

    /** The vocabulary of prompts/leervormen.yml, as Koers reads it when it starts. */
    public static LearningForms learningForms() {
        return LEARNING_FORMS;
    }

    /** Copies one file from the top of prompts/, such as leervormen.yml. */
    public static void copyFile(String file, Path prompts) throws IOException {
        Files.createDirectories(prompts);
        Files.copy(Path.of("prompts", file), prompts.resolve(file));
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
