package nl.koers.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;
import dev.langchain4j.store.embedding.EmbeddingSearchRequest;
import dev.langchain4j.store.embedding.inmemory.InMemoryEmbeddingStore;
import nl.koers.bench.BenchmarkReport;

/**
 * Lucene search side by side with LangChain4j's in-process embedding search (all-MiniLM-L6-v2, in-memory
 * store) and a reciprocal-rank fusion of both, on the same chunks and questions. Run with
 * {@code ./mvnw -Pbench test -Dtest=RetrievalComparisonBenchmark}; the table lands in
 * target/benchmarks/retrieval-comparison.md.
 */
@Tag("benchmark")
class RetrievalComparisonBenchmark {

    static final int DEPTH = RetrievalEvaluation.MRR_DEPTH;
    static final int FUSION_K = 60;
    static final int WARM_UP_ROUNDS = 20;
    static final int MEASURED_ROUNDS = 5;
    static final String LUCENE = "Lucene (Koers)";
    static final String LUCENE_WITH_SNIPPETS = "Lucene (Koers), with highlighted snippets";
    static final String EMBEDDINGS = "Embeddings (all-MiniLM-L6-v2)";
    static final String SECTION = "Retrieval: Lucene against embeddings (top 10, bundled knowledge base)";

    @Test
    void compareLuceneEmbeddingsAndHybrid() throws Exception {
        List<KnowledgeChunk> chunks = KnowledgeFixtures.bundledChunks();
        var report = new BenchmarkReport("retrieval-comparison", "Retrieval: Lucene vs. embeddings vs. hybrid");

        long started = System.nanoTime();
        LuceneIndex lucene = KnowledgeFixtures.indexOf(chunks);
        long luceneBuild = System.nanoTime() - started;

        EmbeddingModel model = new AllMiniLmL6V2EmbeddingModel();
        var store = new InMemoryEmbeddingStore<TextSegment>();
        started = System.nanoTime();
        List<TextSegment> segments = chunks.stream().map(c -> TextSegment.from(c.title() + "\n" + c.text())).toList();
        List<Embedding> embeddings = model.embedAll(segments).content();
        store.addAll(embeddings, segments);
        long embeddingBuild = System.nanoTime() - started;

        Map<String, RetrievalEvaluation.Retriever> retrievers = new LinkedHashMap<>();
        retrievers.put(LUCENE, question -> lucene.ranked(question, DEPTH).stream()
                .map(hit -> hit.title() + "\n" + hit.text()).toList());
        retrievers.put(LUCENE_WITH_SNIPPETS, KnowledgeFixtures.lucene(lucene));
        retrievers.put(EMBEDDINGS, embeddings(model, store));
        retrievers.put("Hybrid (RRF)", hybrid(retrievers.get(LUCENE), retrievers.get(EMBEDDINGS)));

        report.line(chunks.size() + " chunks from the bundled knowledge base. Build: Lucene "
                + BenchmarkReport.millis(luceneBuild / 1e6) + ", embeddings " + BenchmarkReport.millis(embeddingBuild / 1e6)
                + ".").line("");
        // Every retriever on every set's questions before anything is measured, and then until the JIT is idle: the
        // set measured first otherwise ran while the JIT still compiled (Lucene's median 0.59 ms on the first set
        // against 0.20 ms on the second, whose questions are no simpler).
        List<Path> paths = questionSets();
        List<RetrievalEvaluation> sets = new ArrayList<>();
        for (Path set : paths) {
            sets.add(RetrievalEvaluation.read(set));
        }
        for (RetrievalEvaluation.Retriever retriever : retrievers.values()) {
            sets.forEach(evaluation -> latencies(evaluation, retriever));
        }
        long compiling = BenchmarkReport.awaitCompilerIdle();
        report.line("| question set | retriever | Recall@3 | MRR | median | p95 |").line("|---|---|---|---|---|---|");
        List<String> ratios = new ArrayList<>();
        for (int i = 0; i < paths.size(); i++) {
            Path set = paths.get(i);
            RetrievalEvaluation evaluation = sets.get(i);
            Map<String, Double> medians = new LinkedHashMap<>();
            for (Map.Entry<String, RetrievalEvaluation.Retriever> retriever : retrievers.entrySet()) {
                RetrievalEvaluation.Score score = evaluation.score(retriever.getValue());
                long[] nanos = latencies(evaluation, retriever.getValue());
                medians.put(retriever.getKey(), BenchmarkReport.percentile(nanos, 50));
                report.line(String.format(Locale.ROOT, "| %s (%d) | %s | %.3f | %.3f | %s | %s |", set.getFileName(),
                        score.questions(), retriever.getKey(), score.recallAt3(), score.mrr(),
                        BenchmarkReport.millis(BenchmarkReport.percentile(nanos, 50)),
                        BenchmarkReport.millis(BenchmarkReport.percentile(nanos, 95))));
                if (List.of(LUCENE, EMBEDDINGS).contains(retriever.getKey())) {
                    BenchmarkReport.figure(SECTION, "Recall@3, " + retriever.getKey() + ", " + set.getFileName(),
                            score.recallAt3(), "");
                }
            }
            double ratio = medians.get(EMBEDDINGS) / medians.get(LUCENE);
            BenchmarkReport.figure(SECTION, "median, " + LUCENE + ", " + set.getFileName(), medians.get(LUCENE), "ms");
            BenchmarkReport.figure(SECTION, "median, " + EMBEDDINGS + ", " + set.getFileName(), medians.get(EMBEDDINGS),
                    "ms");
            double withSnippets = medians.get(EMBEDDINGS) / medians.get(LUCENE_WITH_SNIPPETS);
            BenchmarkReport.figure(SECTION, "embeddings' median / Lucene's, " + set.getFileName(), ratio, "×");
            BenchmarkReport.figure(SECTION, "embeddings' median / Lucene's with snippets, " + set.getFileName(),
                    withSnippets, "×");
            ratios.add(String.format(Locale.ROOT, "On %s Lucene ranks %.1f times as fast as the embedding search, "
                    + "%.1f times with highlighted snippets for its 10 hits (medians).", set.getFileName(), ratio,
                    withSnippets));
        }
        report.line("");
        ratios.forEach(line -> report.line(line).line(""));
        report.line("").line("Latency is per question, " + MEASURED_ROUNDS + " rounds after " + WARM_UP_ROUNDS
                + " warm-up rounds of every retriever on every set and a wait until the JIT was idle (" + compiling
                + " ms of compiling): for embeddings it includes embedding the question; for the hybrid, both searches"
                + " and the fusion.");
        Path file = report.write();
        lucene.close();
        assertThat(file).exists();
    }

    private static List<Path> questionSets() {
        List<Path> sets = new ArrayList<>();
        Path dev = Path.of(System.getProperty("koers.eval.dev-set", "../shared/eval/retrieval-dev.tsv"));
        if (Files.exists(dev)) {
            sets.add(dev);
        }
        sets.add(Path.of("src/test/resources/eval/retrieval-koers.tsv"));
        return sets;
    }

    private static long[] latencies(RetrievalEvaluation evaluation, RetrievalEvaluation.Retriever retriever) {
        for (int round = 0; round < WARM_UP_ROUNDS; round++) {
            evaluation.questions().forEach(question -> retriever.apply(question.text()));
        }
        int questions = evaluation.questions().size();
        long[] nanos = new long[questions * MEASURED_ROUNDS];
        for (int i = 0; i < nanos.length; i++) {
            long start = System.nanoTime();
            retriever.apply(evaluation.questions().get(i % questions).text());
            nanos[i] = System.nanoTime() - start;
        }
        return nanos;
    }

    private static RetrievalEvaluation.Retriever embeddings(EmbeddingModel model,
            InMemoryEmbeddingStore<TextSegment> store) {
        return question -> store.search(EmbeddingSearchRequest.builder()
                        .queryEmbedding(model.embed(question).content()).maxResults(DEPTH).build())
                .matches().stream().map(match -> match.embedded().text()).toList();
    }

    /** Reciprocal-rank fusion: each list adds 1/(60 + rank) to a text's score. */
    private static RetrievalEvaluation.Retriever hybrid(RetrievalEvaluation.Retriever first,
            RetrievalEvaluation.Retriever second) {
        return question -> {
            Map<String, Double> scores = new HashMap<>();
            for (RetrievalEvaluation.Retriever retriever : List.of(first, second)) {
                List<String> hits = retriever.apply(question);
                for (int rank = 0; rank < hits.size(); rank++) {
                    scores.merge(hits.get(rank), 1.0 / (FUSION_K + rank + 1), Double::sum);
                }
            }
            return scores.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                    .limit(DEPTH).map(Map.Entry::getKey).toList();
        };
    }
}
