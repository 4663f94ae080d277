package nl.koers.knowledge;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * Searching the knowledge base, for the API, the pages and the conversation engine. Never throws for
 * odd input: a question is searched as words, a too long one is cut, an empty one finds nothing.
 */
@Service
public class KnowledgeSearch {

    private final LuceneIndex index;
    private final SearchProperties properties;
    private final ChunkShapes shapes;

    KnowledgeSearch(LuceneIndex index, SearchProperties properties) {
        this.index = index;
        this.properties = properties;
        this.shapes = new ChunkShapes(index.analyzer());
    }

    public List<SearchHit> search(String question, int limit) {
        return search(question, limit, null);
    }

    /** Only articles for this audience (medewerker, leidinggevende or hr), when one is given. */
    public List<SearchHit> search(String question, int limit, @Nullable String audience) {
        return search(question, limit, audience, UnaryOperator.identity());
    }

    /**
     * The best {@code limit} hits in the order the question's kind asks for, of which {@code keep} keeps some; only
     * those are highlighted.
     */
    private List<SearchHit> search(String question, int limit, @Nullable String audience,
            UnaryOperator<List<SearchHit>> keep) {
        return search(question, limit, audience, (hits, found) -> found.highlighted(keep.apply(hits)), List.of());
    }

    /** The best {@code limit} hits in the order the question's kind asks for, without snippets, handed to {@code use}. */
    private <T> T search(String question, int limit, @Nullable String audience,
            BiFunction<List<SearchHit>, LuceneIndex.Found, T> use, T none) {
        String words = trimmed(question);
        if (words.isEmpty()) {
            return none;
        }
        int wanted = Math.clamp(limit, 1, properties.maxResults());
        QuestionIntent intent = QuestionIntent.of(words);
        QuestionWords term = intent == QuestionIntent.DEFINITION
                ? QuestionIntent.askedTerm(words).map(index::words).orElse(null) : null;
        if (intent != QuestionIntent.AMOUNT && intent != QuestionIntent.WHEN && term == null) {
            return index.search(withoutQuestionPhrase(words), wanted, audience, use);
        }
        return index.search(withoutQuestionPhrase(words), Math.max(wanted, RERANKED), audience, (hits, found) -> use.apply(
                hits.stream().sorted(Comparator.comparingDouble((SearchHit hit) -> -shaped(hit, intent, term, shapes)))
                        .limit(wanted).toList(), found));
    }

    /**
     * "Hoeveel …?" and "tot wanneer …?" ask for a figure or a date, "wat is X?" for what X is: among the best hits, a
     * section that holds one comes before a section that only talks about the subject. The order changes, the scores do not, so the line
     * between a question the knowledge base answers and one it does not stays where it was measured.
     */
    static final int RERANKED = 15;
    static final double SHAPE_BOOST = 0.25;
    /** "Wat is X?": the section that says "X is …" comes first, even when a shorter one mentions X more often. */
    static final double DEFINITION_BOOST = 0.6;

    private static double shaped(SearchHit hit, QuestionIntent intent, @Nullable QuestionWords term,
            ChunkShapes shapes) {
        ChunkShapes.Shape shape = shapes.of(hit.text());
        if (term != null) {
            return hit.score() * (term.definedBy(shape.definitions()) ? 1 + DEFINITION_BOOST : 1);
        }
        return hit.score() * (shape.answers(intent) ? 1 + SHAPE_BOOST : 1);
    }

    /**
     * A question's words as the answer weighs them: each by how rare it is in the knowledge base, so that within a
     * hit the sentence with the question's rare words stands out.
     */
    public QuestionWords words(String question) {
        return index.words(withoutQuestionPhrase(trimmed(question)));
    }

    /** A question stripped, and cut at the longest one searched. */
    private String trimmed(@Nullable String question) {
        String words = question == null ? "" : question.strip();
        return words.length() > properties.maxQueryLength() ? words.substring(0, properties.maxQueryLength()) : words;
    }

    /**
     * "Hoe lang", "hoe vaak", "hoe oud": the adjective belongs to the question word, not to the subject ("lang"
     * would find "levenlang" and "langer"), so it is left out of the search; the question word says what kind of
     * answer is wanted, and that is read elsewhere.
     */
    static String withoutQuestionPhrase(String question) {
        return QUESTION_PHRASE.matcher(question).replaceAll("$1");
    }

    private static final java.util.regex.Pattern QUESTION_PHRASE = java.util.regex.Pattern.compile(
            "(?iu)\\b(hoe)\\s++(?:lang|vaak|oud|laat|snel|ver|veel)\\b");

    /**
     * When a hit answers a question, measured on the bundled articles with on- and off-topic questions (the eval sets
     * and {@code eval/off-topic.txt}): it holds at least half the question's weight (off-topic questions such as "Hoe
     * werkt mijn pensioen?" reach 0.14 to 0.36) with a score of at least 3; or it scores 12 or more, which takes
     * several rare words of the question matching well (long natural questions whose verb forms the articles do not
     * use); or it scores well and holds a third of the question; or its article's title and topics hold a third of the
     * question ("Hoe lang loopt SLIM nog?": SLIM is what the article is about).
     */
    public static final float MIN_SCORE = 3.0f;
    public static final float MIN_COVERAGE = 0.5f;
    public static final float STRONG_SCORE = 12.0f;
    static final float GOOD_SCORE = 9.5f;
    static final float PART_COVERAGE = 0.3f;
    static final float SUBJECT_SCORE = 6.0f;
    static final float SUBJECT_COVERAGE = 0.33f;

    public static boolean answers(SearchHit hit) {
        return hit.score() >= STRONG_SCORE || (hit.score() >= MIN_SCORE && hit.coverage() >= MIN_COVERAGE)
                || (hit.score() >= GOOD_SCORE && hit.coverage() >= PART_COVERAGE)
                || (hit.score() >= SUBJECT_SCORE && hit.subject() >= SUBJECT_COVERAGE);
    }

    /** Only the hits that answer the question; empty when the knowledge base does not cover it. */
    public List<SearchHit> relevant(String question, int limit, @Nullable String audience) {
        return search(question, Math.max(limit, RELEVANT_POOL), audience,
                hits -> answering(hits, limit));
    }

    /** The first {@code limit} of the hits that answer the question, in their order. */
    private static List<SearchHit> answering(List<SearchHit> hits, int limit) {
        return hits.stream().filter(KnowledgeSearch::answers).limit(limit).toList();
    }

    /**
     * What {@code serve} makes of the first of the {@code limit} hits that answer the question (as {@link #relevant})
     * that it can use, looking only at those that pass {@code considered}. Each is highlighted just before it is
     * served, so a caller that needs the first usable hit pays for the snippets of the hits it looks at, not of all.
     */
    public <T> Optional<T> firstRelevant(String question, int limit, @Nullable String audience,
            Predicate<SearchHit> considered, Function<SearchHit, Optional<T>> serve) {
        return search(question, Math.max(limit, RELEVANT_POOL), audience, (hits, found) -> {
            for (SearchHit hit : answering(hits, limit)) {
                if (considered.test(hit)) {
                    Optional<T> served = serve.apply(found.highlighted(hit));
                    if (served.isPresent()) {
                        return served;
                    }
                }
            }
            return Optional.<T>empty();
        }, Optional.empty());
    }

    /**
     * Hits read before the ones that answer are kept: a long section that shares one common word ("opleiding") may
     * score above the short one that is about the question ("Krijg ik als 60-plusser nog een opleiding?").
     */
    static final int RELEVANT_POOL = 10;

    public SearchProperties limits() {
        return properties;
    }
}
