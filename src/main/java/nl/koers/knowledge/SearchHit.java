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
 * @param validUntil when the article's figures expire (geldig-tot), if they do
 * @param facts      the article's exact facts (feiten)
 */
public record SearchHit(String title, String source, @Nullable String heading, String snippet, String text,
        float score, float coverage, @JsonIgnore float subject, List<String> audience, @Nullable LocalDate checked,
        @JsonIgnore List<String> references, @JsonIgnore @Nullable LocalDate validUntil, @JsonIgnore List<Fact> facts) {

    /** The hit as a reply names it: title, file and section. */
    public SourceRef ref() {
        return new SourceRef(title, source, heading);
    }
}
