package nl.koers.knowledge;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import dev.langchain4j.data.document.BlankDocumentException;
import dev.langchain4j.data.document.Document;
import dev.langchain4j.data.document.DocumentParser;
import dev.langchain4j.data.document.parser.TextDocumentParser;
import dev.langchain4j.data.segment.TextSegment;

/** Koers's own articles: Markdown with front matter, chunked by section as commonmark reads it, as plain text. */
final class MarkdownArticleReader implements KnowledgeFileReader {

    private final DocumentParser parser = new TextDocumentParser(StandardCharsets.UTF_8);
    private final MarkdownSectionSplitter splitter = new MarkdownSectionSplitter();

    @Override
    public boolean reads(Path file) {
        return isMarkdown(file);
    }

    static boolean isMarkdown(Path file) {
        String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        return name.endsWith(".md") || name.endsWith(".markdown");
    }

    @Override
    public List<KnowledgeChunk> read(Path file, String source) throws KnowledgeFileException {
        FrontMatter.Split split = FrontMatter.split(content(file));
        FrontMatter meta = split.frontMatter();
        Document body;
        try {
            body = parser.parse(new ByteArrayInputStream(split.body().getBytes(StandardCharsets.UTF_8)));
        } catch (BlankDocumentException blank) {
            throw new KnowledgeFileException("het artikel heeft geen tekst na de front matter");
        }
        List<KnowledgeChunk> chunks = new ArrayList<>();
        for (TextSegment segment : splitter.split(body)) {
            chunks.add(new KnowledgeChunk(source + "#" + chunks.size(), source, meta.title(),
                    segment.metadata().getString(MarkdownSectionSplitter.HEADING), segment.text(), meta.topics(),
                    meta.audience(), meta.references(), meta.checked(), meta.facts()));
        }
        return chunks;
    }

    private static String content(Path file) throws KnowledgeFileException {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException unreadable) {
            throw new KnowledgeFileException("het bestand kan niet gelezen worden (is het UTF-8?)", unreadable);
        }
    }
}
