package nl.koers.knowledge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;

/**
 * A question's words as the index reads them, each weighted by how rare it is in the knowledge base (typos read as
 * the words they stand for): what lets an answer pick, within a hit, the sentence that holds most of the question.
 */
public final class QuestionWords {

    private final Analyzer analyzer;
    private final Map<String, Double> weights;
    private final double total;

    QuestionWords(Analyzer analyzer, Map<String, Double> weights) {
        this.analyzer = analyzer;
        this.weights = Map.copyOf(weights);
        this.total = weights.values().stream().mapToDouble(Double::doubleValue).sum();
    }

    public boolean isEmpty() {
        return total == 0;
    }

    /** The share of the question's weight that a text holds, from 0 to 1, its words analysed as the index does. */
    public double shareIn(String text) {
        if (total == 0) {
            return 0;
        }
        double found = 0;
        for (String term : terms(text)) {
            found += weights.getOrDefault(term, 0.0);
        }
        return found / total;
    }

    /** A sentence that says what something is: the verb within its first words, and not "is geen" or "is niet". */
    public static final java.util.regex.Pattern DEFINES = java.util.regex.Pattern.compile(
            "^.{0,80}?\\b(is|zijn|staat\\s++voor|staan\\s++voor|betekent|heet|noem(?:en|t)\\s++(?:we|je)|houdt\\s++in"
                    + "|gaat\\s++over|draait\\s++om|kijk\\s++je)\\b(?!\\s++(?:geen|niet|nooit)\\b)");

    /** Whether a sentence says what these words (a term) are: "Een POP (persoonlijk ontwikkelingsplan) is …". */
    public boolean definedIn(String sentence) {
        var verb = DEFINES.matcher(sentence.toLowerCase(java.util.Locale.ROOT));
        return verb.find() && shareIn(sentence.substring(0, verb.start(1))) >= 0.99;
    }

    @Override
    public String toString() {
        return weights.toString();
    }

    private List<String> terms(String text) {
        try {
            return QuestionCoverage.terms(analyzer, text);
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
    }
}
