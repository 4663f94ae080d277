package nl.koers.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.FuzzyTermsEnum;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The typo dictionary finds the word Lucene's fuzzy matching would (first letter as typed, nearest, then the most
 * used, then the first in index order): checked against {@link FuzzyTermsEnum} for typos of every kind made in the
 * words of the bundled knowledge base.
 */
class TypoDictionaryTest {

    private static DirectoryReader reader;
    private static TypoDictionary dictionary;
    private static List<String> words;

    @BeforeAll
    static void indexTheBundledKnowledge() throws IOException {
        var directory = new ByteBuffersDirectory();
        try (var writer = new IndexWriter(directory, new IndexWriterConfig(new DutchKnowledgeAnalyzer()))) {
            for (KnowledgeChunk chunk : KnowledgeFixtures.bundledChunks()) {
                var document = new org.apache.lucene.document.Document();
                document.add(new org.apache.lucene.document.TextField(LuceneIndex.TEXT, chunk.text(),
                        org.apache.lucene.document.Field.Store.NO));
                writer.addDocument(document);
            }
        }
        reader = DirectoryReader.open(directory);
        dictionary = TypoDictionary.of(reader, LuceneIndex.TEXT);
        words = new ArrayList<>();
        TermsEnum all = MultiTerms.getTerms(reader, LuceneIndex.TEXT).iterator();
        for (BytesRef term = all.next(); term != null; term = all.next()) {
            if (term.length >= 5 && term.utf8ToString().chars().allMatch(Character::isLetter)) {
                words.add(term.utf8ToString());
            }
        }
    }

    @Test
    void findsTheWordLucenesFuzzyMatchingWouldFind() throws IOException {
        RandomGenerator random = RandomGeneratorFactory.of("L64X128MixRandom").create(42);
        int compared = 0;
        int corrected = 0;
        for (int i = 0; i < 3_000; i++) {
            String word = words.get(random.nextInt(words.size()));
            String typed = typo(word, random);
            if (random.nextBoolean()) {
                typed = typo(typed, random);
            }
            int edits = typed.length() >= 7 ? 2 : 1;
            String expected = fuzzy(typed, edits);
            assertThat(dictionary.closest(typed, edits)).as("%s (from %s)", typed, word).isEqualTo(expected);
            compared++;
            corrected += expected == null ? 0 : 1;
        }
        assertThat(compared).isEqualTo(3_000);
        assertThat(corrected).as("most typos have a word within reach").isGreaterThan(2_000);
    }

    @Test
    void countsASwapOfNeighboursAsOneEdit() {
        assertThat(TypoDictionary.distance(codes("opleidng"), codes("opleiding"), 2)).isEqualTo(1);
        assertThat(TypoDictionary.distance(codes("oplieding"), codes("opleiding"), 2)).isEqualTo(1);
        assertThat(TypoDictionary.distance(codes("opleiding"), codes("opleiding"), 2)).isZero();
        assertThat(TypoDictionary.distance(codes("ontwikkeling"), codes("opleiding"), 2)).isEqualTo(3);
    }

    @Test
    void aWordWithoutNeighboursHasNoCorrection() {
        assertThat(dictionary.closest("xylofoon", 2)).isNull();
        assertThat(dictionary.closest("", 2)).isNull();
    }

    /** The reference: the nearest term as Lucene's fuzzy terms enumerate them, as Koers searched before. */
    private static String fuzzy(String typed, int edits) throws IOException {
        Terms terms = MultiTerms.getTerms(reader, LuceneIndex.TEXT);
        var candidates = new FuzzyTermsEnum(terms, new Term(LuceneIndex.TEXT, typed), edits, 1, true);
        String best = null;
        float bestBoost = -1;
        int bestFrequency = -1;
        for (BytesRef found = candidates.next(); found != null; found = candidates.next()) {
            float boost = candidates.getBoost();
            int frequency = candidates.docFreq();
            if (boost > bestBoost || boost == bestBoost && frequency > bestFrequency) {
                best = found.utf8ToString();
                bestBoost = boost;
                bestFrequency = frequency;
            }
        }
        return best;
    }

    private static String typo(String word, RandomGenerator random) {
        int at = 1 + random.nextInt(Math.max(1, word.length() - 1));
        char letter = (char) ('a' + random.nextInt(26));
        return switch (random.nextInt(4)) {
            case 0 -> word.substring(0, at) + letter + word.substring(at);
            case 1 -> at < word.length() ? word.substring(0, at) + word.substring(at + 1) : word + letter;
            case 2 -> at < word.length() ? word.substring(0, at) + letter + word.substring(at + 1) : word + letter;
            default -> at + 1 < word.length()
                    ? word.substring(0, at) + word.charAt(at + 1) + word.charAt(at) + word.substring(at + 2)
                    : word + letter;
        };
    }

    private static int[] codes(String word) {
        return word.codePoints().toArray();
    }
}
