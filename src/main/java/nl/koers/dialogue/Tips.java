package nl.koers.dialogue;

import java.util.Optional;
import java.util.Set;

import nl.koers.knowledge.SourceRef;

/** Where the dialogue's coaching tips come from: a short passage for a question, with its source. */
public interface Tips {

    /** A tip for a search question, from an article for this audience, other than the ones already given. */
    Optional<Tip> tip(String query, String audience, Set<String> given);

    /**
     * A tip: an id to give it once per conversation, the text (simple Markdown: sentences, or a lead-in and a list),
     * and where it comes from. The id names the article, so that one article is given once however many sections it
     * has; an id from before that names a section ({@code source#heading}) still counts for its article.
     */
    record Tip(String id, String text, SourceRef source) {
    }

    /** No tips at all, for a dialogue without a knowledge base. */
    Tips NONE = (query, audience, given) -> Optional.empty();
}
