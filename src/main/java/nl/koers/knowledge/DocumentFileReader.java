package nl.koers.knowledge;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.langchain4j.data.document.BlankDocumentException;
import dev.langchain4j.data.document.Document;
import dev.langchain4j.data.document.DocumentParser;
import dev.langchain4j.data.document.DocumentSplitter;
import dev.langchain4j.data.document.parser.apache.pdfbox.ApachePdfBoxDocumentParser;
import dev.langchain4j.data.document.parser.apache.poi.ApachePoiDocumentParser;
import dev.langchain4j.data.document.splitter.DocumentSplitters;
import dev.langchain4j.data.segment.TextSegment;

/**
 * PDF and DOCX files that an organisation drops into the knowledge folder: its own policy, a cao page, a
 * training catalogue. They have no front matter, so the file name is the title, everyone is the audience,
 * and the file's date is the date it was checked. Text is split into overlapping stretches of about one
 * section's length.
 */
final class DocumentFileReader implements KnowledgeFileReader {

    static final int CHUNK_CHARACTERS = 1200;
    static final int OVERLAP_CHARACTERS = 150;

    private final Map<String, DocumentParser> parsers = Map.of(
            ".pdf", new ApachePdfBoxDocumentParser(),
            ".docx", new ApachePoiDocumentParser());
    private final DocumentSplitter splitter = DocumentSplitters.recursive(CHUNK_CHARACTERS, OVERLAP_CHARACTERS);
    private final ZoneId zone;

    DocumentFileReader(ZoneId zone) {
        this.zone = zone;
    }

    @Override
    public boolean reads(Path file) {
        return parsers.containsKey(extension(file));
    }

    @Override
    public List<KnowledgeChunk> read(Path file, String source) throws KnowledgeFileException {
        Document document = parse(file);
        String title = title(file);
        LocalDate date = modified(file);
        List<KnowledgeChunk> chunks = new ArrayList<>();
        for (TextSegment segment : splitter.split(document)) {
            String text = segment.text().strip();
            if (!text.isEmpty()) {
                chunks.add(new KnowledgeChunk(source + "#" + chunks.size(), source, title, null, text, List.of(),
                        List.copyOf(FrontMatter.AUDIENCES.stream().sorted().toList()), List.of(source), date));
            }
        }
        if (chunks.isEmpty()) {
            throw new KnowledgeFileException("het document bevat geen leesbare tekst");
        }
        return chunks;
    }

    private Document parse(Path file) throws KnowledgeFileException {
        DocumentParser parser = parsers.get(extension(file));
        try (InputStream input = Files.newInputStream(file)) {
            return parser.parse(input);
        } catch (BlankDocumentException blank) {
            throw new KnowledgeFileException("het document is leeg of bevat alleen afbeeldingen");
        } catch (IOException | RuntimeException broken) {
            throw new KnowledgeFileException("het document kan niet gelezen worden; is het een geldig "
                    + extension(file).substring(1).toUpperCase() + "-bestand?", broken);
        }
    }

    /** "verzuimbeleid_2026.pdf" becomes "verzuimbeleid 2026". */
    static String title(Path file) {
        String name = file.getFileName().toString();
        return name.substring(0, name.lastIndexOf('.')).replace('_', ' ').replace('-', ' ').strip();
    }

    private LocalDate modified(Path file) {
        try {
            return LocalDate.ofInstant(Files.getLastModifiedTime(file).toInstant(), zone);
        } catch (IOException unknown) {
            return null;
        }
    }

    private static String extension(Path file) {
        String name = file.getFileName().toString().toLowerCase();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot);
    }
}
