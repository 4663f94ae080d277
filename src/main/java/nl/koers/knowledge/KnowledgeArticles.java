package nl.koers.knowledge;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

import nl.koers.system.KoersProperties;

/**
 * The articles of the knowledge folder as pages. Only Markdown files inside the folder can be shown: a path that
 * leaves it, or names anything else, is simply not found.
 */
@Service
public class KnowledgeArticles {

    /**
     * An article ready to show: front matter, and the body as sanitised HTML.
     *
     * @param validUntil when its figures expire (geldig-tot), if they do
     * @param facts      its exact facts (feiten), each with its year and official page
     */
    public record Article(String source, String title, List<String> audience, List<String> references, LocalDate checked,
            @Nullable LocalDate validUntil, List<Fact> facts, String html) {

        /** Whether its figures have expired on this day: shown as a warning above them. */
        public boolean expiredOn(LocalDate today) {
            return validUntil != null && validUntil.isBefore(today);
        }
    }

    private final Path folder;
    private final ArticleRenderer renderer;

    KnowledgeArticles(KoersProperties properties, ArticleRenderer renderer) {
        this.folder = properties.knowledgeDir().toAbsolutePath().normalize();
        this.renderer = renderer;
    }

    public Optional<Article> find(String source) {
        if (source == null || !source.endsWith(".md")) {
            return Optional.empty();
        }
        Path file;
        try {
            file = folder.resolve(source).normalize();
        } catch (InvalidPathException notAPath) {
            return Optional.empty();
        }
        if (!file.startsWith(folder) || !Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            FrontMatter.Split split = FrontMatter.split(Files.readString(file, StandardCharsets.UTF_8));
            FrontMatter meta = split.frontMatter();
            String body = split.body().replaceFirst("(?m)\\A\\s*# [^\\n]*\\n", "");
            return Optional.of(new Article(source, meta.title(), meta.audience(), meta.references(), meta.checked(),
                    meta.validUntil(), meta.facts(), renderer.html(body)));
        } catch (IOException | KnowledgeFileException unreadable) {
            return Optional.empty();
        }
    }
}
