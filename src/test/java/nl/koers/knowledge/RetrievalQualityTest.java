package nl.koers.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Retrieval quality of the bundled knowledge base, on the shared development set (beside the repository in
 * CI) and on Koers's own question set, which covers every subject the articles treat. Fails below
 * Recall@3 0.85.
 */
class RetrievalQualityTest {

    static final double MINIMUM_RECALL_AT_3 = 0.85;

    private static LuceneIndex index;

    @BeforeAll
    static void index() throws IOException {
        index = KnowledgeFixtures.indexOf(KnowledgeFixtures.bundledChunks());
    }

    @AfterAll
    static void close() throws IOException {
        index.close();
    }

    static Stream<Path> questionSets() {
        return Stream.of(
                Path.of(System.getProperty("koers.eval.dev-set", "../shared/eval/retrieval-dev.tsv")),
                Path.of("src/test/resources/eval/retrieval-koers.tsv"));
    }

    @ParameterizedTest
    @MethodSource("questionSets")
    void findsTheAnswerInTheTopThree(Path questions) throws IOException {
        Assumptions.assumeTrue(Files.exists(questions), () -> questions + " is not here (only beside the repo in CI)");

        RetrievalEvaluation.Score score = RetrievalEvaluation.read(questions).score(KnowledgeFixtures.lucene(index));

        System.out.println(questions.getFileName() + ": " + score);
        score.missed().forEach(missed -> System.out.println("  missed: " + missed));
        assertThat(score.recallAt3()).as(score + ", missed " + score.missed()).isGreaterThanOrEqualTo(MINIMUM_RECALL_AT_3);
    }
}
