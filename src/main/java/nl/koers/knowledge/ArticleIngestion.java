package nl.koers.knowledge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads every file in the knowledge folder into chunks. A file that cannot be read is skipped with a
 * log line and a reason; the other files are still read. Hidden files and files of other kinds (such as
 * notes in .txt) are passed over silently.
 */
final class ArticleIngestion {

    private static final Logger log = LoggerFactory.getLogger(ArticleIngestion.class);

    /** What one pass over the folder produced. */
    record Result(List<KnowledgeChunk> chunks, List<SkippedFile> skipped, int files) {
    }

    private final List<KnowledgeFileReader> readers;

    ArticleIngestion(ZoneId zone) {
        this.readers = List.of(new MarkdownArticleReader(), new DocumentFileReader(zone));
    }

    Result ingest(Path folder) {
        List<KnowledgeChunk> chunks = new ArrayList<>();
        List<SkippedFile> skipped = new ArrayList<>();
        int files = 0;
        for (Path file : files(folder)) {
            String source = folder.relativize(file).toString().replace('\\', '/');
            KnowledgeFileReader reader = readers.stream().filter(r -> r.reads(file)).findFirst().orElse(null);
            if (reader == null) {
                continue;
            }
            try {
                List<KnowledgeChunk> read = reader.read(file, source);
                if (read.isEmpty()) {
                    throw new KnowledgeFileException("het bestand bevat geen tekst om te doorzoeken");
                }
                chunks.addAll(read);
                files++;
            } catch (KnowledgeFileException unreadable) {
                log.warn("Kennisbestand overgeslagen: {}: {}", source, unreadable.getMessage());
                skipped.add(new SkippedFile(source, unreadable.getMessage()));
            }
        }
        return new Result(List.copyOf(chunks), List.copyOf(skipped), files);
    }

    private static List<Path> files(Path folder) {
        if (!Files.isDirectory(folder)) {
            log.warn("Kennismap {} bestaat niet; de kennisbank is leeg.", folder.toAbsolutePath());
            return List.of();
        }
        try {
            return knowledgeFiles(folder);
        } catch (IOException | UncheckedIOException unreadable) {
            log.warn("Kennismap {} kan niet gelezen worden: {}", folder.toAbsolutePath(), unreadable.getMessage());
            return List.of();
        }
    }

    /**
     * The files a build looks at, in order, as paths under {@code folder}: every regular file below it but the hidden
     * and temporary ones. The folder itself may be a symbolic link (a knowledge folder kept elsewhere and linked in);
     * links further down are not followed into folders, so a link cannot make the walk go round.
     */
    static List<Path> knowledgeFiles(Path folder) throws IOException {
        Path root = folder.toRealPath();
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile)
                    .map(root::relativize)
                    .filter(relative -> !isHiddenOrTemporary(relative))
                    .map(folder::resolve)
                    .sorted()
                    .toList();
        }
    }

    /** Hidden files and folders, and the lock files Word leaves beside an open document ("~$beleid.docx"). */
    static boolean isHiddenOrTemporary(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".") || part.toString().startsWith("~")) {
                return true;
            }
        }
        return false;
    }
}
