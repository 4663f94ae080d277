package nl.koers.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import nl.koers.RandomText;

/**
 * The search path (analyzer, query, scoring, coverage, highlighting) never throws on random input, on the bundled
 * knowledge base: query syntax, other scripts, control characters and 4,000-character runs are words like any.
 */
class SearchRandomInputTest {

    static final int PER_SEED = Integer.getInteger("koers.random.cases", 4_000) / 4;

    private static LuceneIndex index;
    private static KnowledgeSearch search;

    @BeforeAll
    static void bundled() throws Exception {
        index = KnowledgeFixtures.indexOf(KnowledgeFixtures.bundledChunks());
        search = new KnowledgeSearch(index, new SearchProperties(false, 20, 500));
    }

    @AfterAll
    static void close() throws Exception {
        index.close();
    }

    @TestFactory
    Stream<DynamicTest> searchingNeverThrowsOnRandomInput() {
        return IntStream.of(3, 11, 2027).mapToObj(seed -> DynamicTest.dynamicTest("seed " + seed, () -> {
            var random = new RandomText(seed);
            for (int i = 0; i < PER_SEED; i++) {
                String question = random.next();
                int limit = i % 7 - 1;
                String audience = i % 3 == 0 ? "hr" : null;
                assertThat(search.search(question, limit, audience)).as("seed %d, input %d", seed, i)
                        .hasSizeLessThanOrEqualTo(20)
                        .allSatisfy(hit -> assertThat(hit.source()).endsWith(".md"))
                        .allSatisfy(hit -> assertThat(hit.score()).isFinite().isPositive());
            }
        }));
    }
}
