package nl.koers.knowledge;

import java.nio.file.Path;
import java.util.List;

/** Turns one file of the knowledge folder into chunks. One implementation per kind of file. */
interface KnowledgeFileReader {

    boolean reads(Path file);

    /**
     * @param source the file's path under the knowledge folder, used in chunk ids and shown with every hit
     * @throws KnowledgeFileException when the file is empty, broken or incomplete; the reason is Dutch
     */
    List<KnowledgeChunk> read(Path file, String source) throws KnowledgeFileException;
}
