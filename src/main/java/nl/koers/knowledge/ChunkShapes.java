package nl.koers.knowledge;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.lucene.analysis.Analyzer;

/**
 * What a chunk's text holds whatever the question: whether it gives an amount or a date, and the subjects it defines.
 * Reranking a question that asks for one of these used to work them out for every hit of every search (a sentence
 * split, a lower-cased copy and a few patterns per hit, several milliseconds per search); here they are worked out
 * once per text. The texts are the index's own, so the cache is as large as the knowledge base; a rebuild leaves
 * the old texts behind, and past {@link #LIMIT} entries it starts anew.
 */
final class ChunkShapes {

    static final int LIMIT = 50_000;

    private final Analyzer analyzer;
    private final Map<String, Shape> shapes = new ConcurrentHashMap<>();

    ChunkShapes(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    Shape of(String text) {
        Shape shape = shapes.get(text);
        if (shape == null) {
            if (shapes.size() >= LIMIT) {
                shapes.clear();
            }
            shape = shapes.computeIfAbsent(text, this::shape);
        }
        return shape;
    }

    private Shape shape(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return new Shape(QuestionIntent.AMOUNT.answeredIn(lower), QuestionIntent.WHEN.answeredIn(lower),
                QuestionWords.definitionsIn(analyzer, text));
    }

    /**
     * @param amount      whether the text gives an amount (answers "hoeveel …?")
     * @param date        whether it gives a date or period (answers "tot wanneer …?")
     * @param definitions the subject of each sentence that says what something is, as the index's words
     */
    record Shape(boolean amount, boolean date, List<Set<String>> definitions) {

        boolean answers(QuestionIntent intent) {
            return switch (intent) {
                case AMOUNT -> amount;
                case WHEN -> date;
                default -> false;
            };
        }
    }
}
