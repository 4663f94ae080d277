package nl.koers.conversation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

import nl.koers.dialogue.Tips;
import nl.koers.knowledge.SourceRef;
import nl.koers.knowledge.KnowledgeSearch;
import nl.koers.knowledge.SearchHit;

/**
 * Guidance from the knowledge base for the guided dialogue: a short tip beside a question, or the best
 * passages as an answer to a question. Only hits that clearly match count; everything carries its source.
 */
@Component
public class KnowledgeTips implements Tips {

    static final int TIP_LENGTH = 260;
    static final int ANSWER_PASSAGES = 3;

    private final KnowledgeSearch search;

    KnowledgeTips(KnowledgeSearch search) {
        this.search = search;
    }

    /** A tip for a question, from an article for this audience and a chunk not given before in this conversation. */
    @Override
    public Optional<Tip> tip(String query, String audience, Set<String> given) {
        for (SearchHit hit : search.relevant(query, 5, audience)) {
            String id = id(hit);
            if (!given.contains(id)) {
                return Optional.of(new Tip(id, firstSentences(body(hit), TIP_LENGTH), hit.ref()));
            }
        }
        return Optional.empty();
    }

    /** The best passages for a question, or none when the knowledge base does not cover it. */
    public List<Passage> answer(String question) {
        List<Passage> passages = new ArrayList<>();
        for (SearchHit hit : search.relevant(question, ANSWER_PASSAGES, null)) {
            passages.add(new Passage(plain(hit.snippet()), hit.ref(), isAboutMoney(hit)));
        }
        return passages;
    }

    public record Passage(String text, SourceRef source, boolean aboutMoney) {
    }

    private static String id(SearchHit hit) {
        return hit.source() + "#" + (hit.heading() == null ? "" : hit.heading());
    }

    /** The chunk text without its heading line. */
    private static String body(SearchHit hit) {
        String text = hit.text();
        if (hit.heading() != null && text.startsWith(hit.heading())) {
            text = text.substring(hit.heading().length());
        }
        return text.strip();
    }

    /** Whole sentences up to a length, so a tip never stops mid-sentence unless one sentence is too long. */
    static String firstSentences(String text, int max) {
        String flat = text.replaceAll("\\s*\\n\\s*", " ").strip();
        StringBuilder result = new StringBuilder();
        for (String sentence : flat.split("(?<=[.!?])\\s+")) {
            if (result.length() + sentence.length() + 1 > max) {
                break;
            }
            result.append(result.isEmpty() ? "" : " ").append(sentence);
        }
        if (result.isEmpty()) {
            int cut = flat.lastIndexOf(' ', max);
            return flat.substring(0, cut > 0 ? cut : Math.min(max, flat.length())) + " …";
        }
        return result.toString();
    }

    /** The highlighted snippet as plain text: marks removed, entities decoded. */
    static String plain(String snippet) {
        return HtmlUtils.htmlUnescape(snippet.replace("<mark>", "").replace("</mark>", "")).strip();
    }

    public static boolean isAboutMoney(SearchHit hit) {
        return hit.source().startsWith("financiering/") || hit.text().contains("€");
    }
}
