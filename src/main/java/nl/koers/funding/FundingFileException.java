package nl.koers.funding;

import java.nio.file.Path;

/** The scheme file cannot be used. The message names the file and, where known, the line, for whoever edits it. */
public class FundingFileException extends RuntimeException {

    FundingFileException(Path file, int line, String problem) {
        super("Fout in " + file.toString().replace('\\', '/') + (line > 0 ? ", regel " + line : "") + ": " + problem);
    }
}
