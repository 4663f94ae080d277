package nl.koers.knowledge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.jspecify.annotations.Nullable;

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

    /**
     * A sentence that says what something is: the verb within its first words, and not what it is not ("is geen",
     * "is niet", also with a word between: "is dus geen", "is ook niet").
     */
    public static final java.util.regex.Pattern DEFINES = java.util.regex.Pattern.compile(
            "^.{0,80}?\\b(is|zijn|staat\\s++voor|staan\\s++voor|betekent|heet|noem(?:en|t)\\s++(?:we|je)|houdt\\s++in"
                    + "|gaat\\s++over|draait\\s++om|kijk\\s++je)\\b(?!\\s++(?:\\p{L}++\\s++)?(?:geen|niet|nooit)\\b)");

    /** Whether a sentence says what these words (a term) are: "Een POP (persoonlijk ontwikkelingsplan) is …". */
    public boolean definedIn(String sentence) {
        String subject = definedSubject(sentence);
        return subject != null && shareIn(subject) >= DEFINES_ALL;
    }

    /**
     * Whether one of a text's definitions (see {@link #definitionsIn}) is of these words. The definitions do not
     * depend on the question, so a search works them out once per chunk and asks this for every question.
     */
    boolean definedBy(List<Set<String>> definitions) {
        if (total == 0) {
            return false;
        }
        for (Set<String> subject : definitions) {
            double found = 0;
            for (String term : subject) {
                found += weights.getOrDefault(term, 0.0);
            }
            if (found / total >= DEFINES_ALL) {
                return true;
            }
        }
        return false;
    }

    /** The subject of each sentence of a text that says what something is, as the index's words. */
    static List<Set<String>> definitionsIn(Analyzer analyzer, String text) {
        List<Set<String>> definitions = new java.util.ArrayList<>();
        for (String sentence : SENTENCE_END.split(text)) {
            String subject = definedSubject(sentence);
            if (subject != null) {
                try {
                    definitions.add(Set.copyOf(QuestionCoverage.terms(analyzer, subject)));
                } catch (IOException impossible) {
                    throw new UncheckedIOException(impossible);
                }
            }
        }
        return List.copyOf(definitions);
    }

    /** The words before a sentence's defining verb, when the sentence says what they are; otherwise null. */
    private static @Nullable String definedSubject(String sentence) {
        var verb = DEFINES.matcher(sentence.toLowerCase(java.util.Locale.ROOT));
        if (!verb.find()) {
            return null;
        }
        String subject = sentence.substring(0, verb.start(1));
        return subject.length() <= SUBJECT_LENGTH && !OTHER_VERB.matcher(subject).find() ? subject : null;
    }

    /** A definition names the whole term asked, not some of its words. */
    private static final double DEFINES_ALL = 0.99;
    static final java.util.regex.Pattern SENTENCE_END = java.util.regex.Pattern.compile("(?<=[.!?:])\\s++");

    /**
     * "De leeftijdsgrens voor het levenlanglerenkrediet was 56 en is …" says something about the term, not what it
     * is: the subject of a definition is short and has no verb of its own.
     */
    private static final int SUBJECT_LENGTH = 60;
    private static final java.util.regex.Pattern OTHER_VERB = java.util.regex.Pattern.compile(
            "(?i)\\b(?:was|waren|wordt|werd|werden|heeft|had|hadden|kan|kon|moet|mag|gaat|ging|komt|kwam)\\b");

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
