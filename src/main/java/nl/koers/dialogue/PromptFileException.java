package nl.koers.dialogue;

import java.nio.file.Path;

/** A file in prompts/ that Koers cannot use. The message names the file and, where known, the line. */
public class PromptFileException extends RuntimeException {

    PromptFileException(Path file, int line, String problem) {
        super("Fout in " + file.toString().replace('\\', '/') + (line > 0 ? ", regel " + line : "") + ": " + problem);
    }
}
