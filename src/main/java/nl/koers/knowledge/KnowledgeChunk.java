package nl.koers.knowledge;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One searchable piece of the knowledge base: a section of an article (or a stretch of a PDF or DOCX),
 * carrying its article's title and front matter so that every hit can name where it came from.
 *
 * @param id       stable within one index build: the source and the chunk's position
 * @param source   the file's path under the knowledge folder, with forward slashes
 * @param heading  the section heading, or null for text before the first heading
 * @param audience doelgroep: medewerker, leidinggevende and/or hr
 * @param checked  the date the facts were last checked (gecontroleerd), or the file's date for documents
 * @param facts    the article's exact facts (feiten), carried by each of its chunks
 */
public record KnowledgeChunk(String id, String source, String title, @Nullable String heading, String text,
        List<String> topics, List<String> audience, List<String> references, @Nullable LocalDate checked,
        List<Fact> facts) {

    /** A chunk of a document without front matter: no facts. */
    public KnowledgeChunk(String id, String source, String title, @Nullable String heading, String text,
            List<String> topics, List<String> audience, List<String> references, @Nullable LocalDate checked) {
        this(id, source, title, heading, text, topics, audience, references, checked, List.of());
    }
}
