package nl.koers.knowledge;

import java.io.IOException;
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
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile)
                    .filter(path -> !isHiddenOrTemporary(folder.relativize(path)))
                    .sorted()
                    .toList();
        } catch (IOException unreadable) {
            log.warn("Kennismap {} kan niet gelezen worden: {}", folder.toAbsolutePath(), unreadable.getMessage());
            return List.of();
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
