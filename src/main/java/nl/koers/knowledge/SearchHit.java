package nl.koers.knowledge;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;

import org.jspecify.annotations.Nullable;

/**
 * One search result.
 *
 * @param source     the file's path under the knowledge folder
 * @param snippet    HTML: the best passages, escaped, with the matching words in {@code <mark>}
 * @param text       the whole chunk, as plain text
 * @param coverage   how much of the question this chunk contains, 0 to 1, each word weighted by how rare it is in
 *                   the knowledge base; a hit that only shares common words scores low
 * @param subject    the same share, counted in the title and topics only: how much the question is about what the
 *                   whole article is about
 * @param audience   doelgroep of the article
 * @param references the article's sources (bronnen)
 * @param facts      the article's exact facts (feiten)
 */
public record SearchHit(String title, String source, @Nullable String heading, String snippet, String text,
        float score, float coverage, @JsonIgnore float subject, List<String> audience, @Nullable LocalDate checked,
        @JsonIgnore List<String> references, @JsonIgnore List<Fact> facts) {

    /** The chunk's text without its heading line, which the index keeps at its start. */
    @JsonIgnore
    public String body() {
        String body = text;
        if (heading != null && body.startsWith(heading)) {
            body = body.substring(heading.length());
        }
        return body.strip();
    }

    /** The same hit with these highlighted passages. */
    SearchHit withSnippet(String passages) {
        return new SearchHit(title, source, heading, passages, text, score, coverage, subject, audience, checked,
                references, facts);
    }

    /** The hit as a reply names it: title, file and section. */
    public SourceRef ref() {
        return new SourceRef(title, source, heading);
    }
}
