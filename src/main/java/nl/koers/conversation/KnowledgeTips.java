package nl.koers.conversation;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

import nl.koers.dialogue.Tips;
import nl.koers.knowledge.KnowledgeSearch;
import nl.koers.knowledge.SearchHit;

/**
 * Guidance from the knowledge base for the guided dialogue: a short tip beside a question (questions asked in a
 * {@code VRAAG} conversation are answered by {@link GuidedAnswers}). Only hits that clearly match count; everything
 * carries its source. A tip is Markdown made of whole sentences or a whole list, because the page shows it as written.
 */
@Component
public class KnowledgeTips implements Tips {

    /** Hits looked through for a tip: enough that sections of articles given before leave others to choose from. */
    static final int TIP_CANDIDATES = 10;

    private final KnowledgeSearch search;

    KnowledgeTips(KnowledgeSearch search) {
        this.search = search;
    }

    /**
     * A tip for a question: the best part of the best section (see {@link TipPassage}), from an article for this
     * audience that was not given before in this conversation. The id is the article: a second section of an article
     * already given is no new tip. Ids given before as {@code source#heading} block their article too.
     */
    @Override
    public Optional<Tip> tip(String query, String audience, Set<String> given) {
        String group = audience == null ? null : audience.strip().toLowerCase(Locale.ROOT);
        Optional<Tip> definition = definition(query, given); // what a word means is the same for everyone
        if (definition.isPresent()) {
            return definition;
        }
        return search.firstRelevant(query, TIP_CANDIDATES, group, hit -> !givenBefore(hit.source(), given),
                hit -> TipPassage.of(hit.body(), hit.heading(), TipPassage.marked(hit.snippet()))
                        .map(text -> new Tip(hit.source(), text, hit.ref())));
    }

    /** "Wat is SLIM eigenlijk?", "wat betekent een O&O-fonds?": the term asked about. */
    private static final Pattern WHAT_IS = Pattern.compile("(?:wat|wie)\\s++(?:is|zijn|betekent|betekenen|bedoel je"
            + "(?:\\s++precies)?\\s++met)\\s++(?:een\\s++|de\\s++|het\\s++)?(.{2,40}?)(?:\\s++(?:eigenlijk|precies|nou"
            + "|dan|nu))*+\\s*+\\?*+", Pattern.CASE_INSENSITIVE);

    /**
     * For "wat is X?" the sentence that says what X is ("Een POP is …", "SLIM staat voor …") and the one after it,
     * from the best hits that have one; empty when the question asks something else or no hit defines X.
     */
    private Optional<Tip> definition(String query, Set<String> given) {
        Matcher asked = WHAT_IS.matcher(query.strip());
        if (!asked.matches()) {
            return Optional.empty();
        }
        String term = asked.group(1).strip();
        Pattern defines = Pattern.compile("(?:^|[.!?]\\s++)((?:een\\s++|de\\s++|het\\s++)?" + Pattern.quote(term)
                + "(?:\\s++\\([^)]{1,60}\\))?\\s++(?:is|zijn|staat voor|staan voor|betekent|heet)\\s++(?!geen\\b|niet\\b)"
                + "[^.!?]{5,300}[.!?])",
                Pattern.CASE_INSENSITIVE);
        for (SearchHit hit : search.relevant(query, TIP_CANDIDATES, null)) {
            if (givenBefore(hit.source(), given)) {
                continue;
            }
            String body = ChunkText.plainSentences(hit.body());
            Matcher found = defines.matcher(body);
            if (found.find()) {
                int end = found.end(1);
                Matcher next = NEXT_SENTENCE.matcher(body).region(end, body.length());
                String text = found.group(1) + (next.lookingAt() && next.group(1).length() < 200 ? " " + next.group(1) : "");
                return Optional.of(new Tip(hit.source(), text.strip(), hit.ref()));
            }
        }
        return Optional.empty();
    }

    /** The sentence after a definition; not one that leads into a list (the list is not in the plain text). */
    private static final Pattern NEXT_SENTENCE = Pattern.compile("\\s++([^.!?:]{5,200}[.!?])");

    static boolean givenBefore(String source, Set<String> given) {
        return given.contains(source) || given.stream().anyMatch(id -> id.startsWith(source + "#"));
    }
}
