package nl.koers.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;

import org.apache.lucene.search.Query;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.MMapDirectory;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.koers.bench.BenchmarkReport;
import tools.jackson.databind.json.JsonMapper;

/**
 * The knowledge search as the API serves it ({@code GET /api/knowledge/search}: top 5 with highlighted snippets,
 * coverage and the reranking of "hoeveel", "wanneer" and "wat is" questions), in the process: on the bundled
 * knowledge base with the evaluation questions, where each step of a search is also timed on its own, and on
 * 10,000 chunks generated from the bundled sentences (so words and their frequencies are realistic Dutch), indexed on
 * disk as Koers does, with the evaluation questions and random word combinations. Targets: under 0.5 ms p50 and
 * 1 ms p95 on the bundled base, under 1 ms p95 at 10,000 chunks. Run with {@code ./mvnw -Pbench test
 * -Dtest=KnowledgeSearchBenchmark} (assertions off, as in production).
 */
@Tag("benchmark")
class KnowledgeSearchBenchmark {

    static final int CHUNKS = 10_000;
    static final int WARM_UP_ROUNDS = 40;
    static final int MEASURED_ROUNDS = 20;
    static final int WARM_UP_QUERIES = 2_000;
    static final int MEASURED_QUERIES = 5_000;
    static final int HITS = 5;
    static final String SECTION = "Knowledge search (top 5 with highlights, in the process)";

    @TempDir
    Path folder;

    @Test
    void bundledKnowledgeBase() throws Exception {
        List<String> questions = evaluationQuestions();
        try (LuceneIndex index = new LuceneIndex(new ByteBuffersDirectory(), new DutchKnowledgeAnalyzer())) {
            index.replaceAll(KnowledgeFixtures.bundledChunks());
            KnowledgeSearch search = new KnowledgeSearch(index, new SearchProperties(false, 20, 500));
            JsonMapper json = JsonMapper.builder().build();
            for (int round = 0; round < WARM_UP_ROUNDS; round++) {
                for (String question : questions) {
                    json.writeValueAsBytes(search.search(question, HITS));
                    steps(index, question);
                }
            }
            long compiling = BenchmarkReport.awaitCompilerIdle();
            int measured = questions.size() * MEASURED_ROUNDS;
            long[] whole = new long[measured];
            long[] serialised = new long[measured];
            long[][] steps = new long[STEPS.size()][measured];
            for (int i = 0; i < measured; i++) {
                String question = questions.get(i % questions.size());
                long start = System.nanoTime();
                var hits = search.search(question, HITS);
                whole[i] = System.nanoTime() - start;
                start = System.nanoTime();
                json.writeValueAsBytes(hits);
                serialised[i] = System.nanoTime() - start;
                long[] step = steps(index, question);
                for (int s = 0; s < step.length; s++) {
                    steps[s][i] = step[s];
                }
            }

            var report = new BenchmarkReport("knowledge-search-bundled", "Knowledge search: the bundled knowledge base")
                    .line(index.size() + " chunks, " + questions.size() + " evaluation questions, each searched "
                            + MEASURED_ROUNDS + " times after " + WARM_UP_ROUNDS + " warm-up rounds and " + compiling
                            + " ms until the JIT was idle.").line("")
                    .line("| measure | p50 | p95 | p99 |").line("|---|---|---|---|")
                    .line(row("search (top 5, highlights, coverage, reranking)", whole))
                    .line(row("JSON of the hits (Jackson)", serialised)).line("")
                    .line("Where a search's time goes, each step timed on its own (p50 and p95 do not add up):").line("")
                    .line("| step | p50 | p95 |").line("|---|---|---|");
            for (int s = 0; s < STEPS.size(); s++) {
                report.line("| " + STEPS.get(s) + " | " + BenchmarkReport.millis(BenchmarkReport.percentile(steps[s], 50))
                        + " | " + BenchmarkReport.millis(BenchmarkReport.percentile(steps[s], 95)) + " |");
            }
            report.write();
            BenchmarkReport.figure(SECTION, "p50, bundled knowledge base", BenchmarkReport.percentile(whole, 50), "ms");
            BenchmarkReport.figure(SECTION, "p95, bundled knowledge base", BenchmarkReport.percentile(whole, 95), "ms");
            BenchmarkReport.figure(SECTION, "JSON of the hits, p50", BenchmarkReport.percentile(serialised, 50), "ms");
            assertThat(Arrays.stream(whole).min().orElseThrow()).isPositive();
        }
    }

    static final List<String> STEPS = List.of("analysis of the question", "typo check", "query over four fields",
            "ranking (BM25)", "highlighting", "stored fields", "coverage of the question");

    /** The steps of {@link LuceneIndex#search}, one by one, in nanoseconds. */
    private static long[] steps(LuceneIndex index, String question) {
        return index.read(generation -> {
            long[] took = new long[STEPS.size()];
            long start = System.nanoTime();
            List<String> terms = QuestionCoverage.terms(index.analyzer(), question);
            took[0] = System.nanoTime() - start;
            start = System.nanoTime();
            Map<String, String> typos = TypoCorrection.of(generation, terms);
            took[1] = System.nanoTime() - start;
            start = System.nanoTime();
            Query query = index.query(question, typos.values());
            took[2] = System.nanoTime() - start;
            start = System.nanoTime();
            TopDocs top = generation.search(query, HITS);
            took[3] = System.nanoTime() - start;
            start = System.nanoTime();
            generation.highlighter().highlight(LuceneIndex.TEXT, query, top, LuceneIndex.SNIPPET_PASSAGES);
            took[4] = System.nanoTime() - start;
            int[] docs = Arrays.stream(top.scoreDocs).mapToInt(scoreDoc -> scoreDoc.doc).toArray();
            start = System.nanoTime();
            for (int doc : docs) {
                generation.chunk(doc);
            }
            took[5] = System.nanoTime() - start;
            start = System.nanoTime();
            QuestionCoverage.of(generation, terms, typos).shares(docs);
            took[6] = System.nanoTime() - start;
            return took;
        });
    }

    @Test
    void tenThousandChunks() throws Exception {
        RandomGenerator random = RandomGeneratorFactory.of("L64X128MixRandom").create(20261123L);
        List<KnowledgeChunk> source = KnowledgeFixtures.bundledChunks();
        List<String> sentences = source.stream().flatMap(chunk -> List.of(chunk.text().split("(?<=[.?!])\\s+")).stream())
                .filter(sentence -> sentence.length() > 20).toList();
        List<String> words = sentences.stream().flatMap(sentence -> List.of(sentence.split("\\W+")).stream())
                .filter(word -> word.length() > 3).distinct().toList();
        List<KnowledgeChunk> chunks = generate(random, source, sentences);
        List<String> queries = queries(random, words);

        Runtime runtime = Runtime.getRuntime();
        System.gc();
        long heapBefore = runtime.totalMemory() - runtime.freeMemory();
        long started = System.nanoTime();
        try (var index = new LuceneIndex(new MMapDirectory(folder), new DutchKnowledgeAnalyzer())) {
            index.replaceAll(chunks);
            long build = System.nanoTime() - started;
            assertThat(index.size()).isEqualTo(CHUNKS);
            KnowledgeSearch search = new KnowledgeSearch(index, new SearchProperties(false, 20, 500));

            for (int i = 0; i < WARM_UP_QUERIES; i++) {
                search.search(queries.get(i % queries.size()), HITS);
            }
            // In steady state, as the other benchmarks are.
            long compiling = BenchmarkReport.awaitCompilerIdle();
            long[] nanos = new long[MEASURED_QUERIES];
            int empty = 0;
            for (int i = 0; i < MEASURED_QUERIES; i++) {
                String query = queries.get(random.nextInt(queries.size()));
                long start = System.nanoTime();
                empty += search.search(query, HITS).isEmpty() ? 1 : 0;
                nanos[i] = System.nanoTime() - start;
            }
            System.gc();
            long heapAfter = runtime.totalMemory() - runtime.freeMemory();
            long onDisk;
            try (var files = Files.list(folder)) {
                onDisk = files.mapToLong(file -> file.toFile().length()).sum();
            }

            new BenchmarkReport("knowledge-search", "Knowledge search: " + CHUNKS + " chunks")
                    .line("| measure | value |").line("|---|---|")
                    .line("| chunks indexed | " + CHUNKS + " (avg " + averageLength(chunks) + " characters) |")
                    .line("| index build (analyse, write, commit, refresh) | " + BenchmarkReport.millis(build / 1e6) + " |")
                    .line("| index size on disk | " + onDisk / 1024 + " KiB |")
                    .line("| heap growth while indexed and searched | " + (heapAfter - heapBefore) / (1024 * 1024) + " MiB |")
                    .line("| queries measured (after " + WARM_UP_QUERIES + " warm-up, and " + compiling
                            + " ms until the JIT was idle) | " + MEASURED_QUERIES + " |")
                    .line("| search p50 (top 5, with highlighting) | " + BenchmarkReport.millis(BenchmarkReport.percentile(nanos, 50)) + " |")
                    .line("| search p95 | " + BenchmarkReport.millis(BenchmarkReport.percentile(nanos, 95)) + " |")
                    .line("| search p99 | " + BenchmarkReport.millis(BenchmarkReport.percentile(nanos, 99)) + " |")
                    .line("| queries without hits | " + empty + " |")
                    .write();
            BenchmarkReport.figure(SECTION, "p50, 10,000 chunks", BenchmarkReport.percentile(nanos, 50), "ms");
            BenchmarkReport.figure(SECTION, "p95, 10,000 chunks", BenchmarkReport.percentile(nanos, 95), "ms");
            BenchmarkReport.figure(SECTION, "index build, 10,000 chunks", build / 1e6, "ms");
        }
    }

    private static String row(String measure, long[] nanos) {
        return String.format(Locale.ROOT, "| %s | %s | %s | %s |", measure,
                BenchmarkReport.millis(BenchmarkReport.percentile(nanos, 50)),
                BenchmarkReport.millis(BenchmarkReport.percentile(nanos, 95)),
                BenchmarkReport.millis(BenchmarkReport.percentile(nanos, 99)));
    }

    /** The questions of the retrieval sets: the development set beside the repository when there, and Koers's own. */
    private static List<String> evaluationQuestions() throws Exception {
        List<String> questions = new ArrayList<>();
        Path dev = Path.of(System.getProperty("koers.eval.dev-set", "../shared/eval/retrieval-dev.tsv"));
        for (Path set : List.of(dev, Path.of("src/test/resources/eval/retrieval-koers.tsv"))) {
            if (Files.exists(set)) {
                RetrievalEvaluation.read(set).questions().forEach(question -> questions.add(question.text()));
            }
        }
        return questions;
    }

    private static List<KnowledgeChunk> generate(RandomGenerator random, List<KnowledgeChunk> source,
            List<String> sentences) {
        List<KnowledgeChunk> chunks = new ArrayList<>(CHUNKS);
        for (int i = 0; i < CHUNKS; i++) {
            KnowledgeChunk model = source.get(random.nextInt(source.size()));
            StringBuilder text = new StringBuilder();
            int count = 4 + random.nextInt(8);
            for (int s = 0; s < count; s++) {
                text.append(sentences.get(random.nextInt(sentences.size()))).append(' ');
            }
            String file = "gen/" + (i / 10) + ".md";
            chunks.add(new KnowledgeChunk(file + "#" + (i % 10), file, model.title() + " " + (i / 10),
                    model.heading(), text.toString().strip(), model.topics(), model.audience(), model.references(),
                    LocalDate.of(2026, 11, 22)));
        }
        return chunks;
    }

    private static List<String> queries(RandomGenerator random, List<String> words) throws Exception {
        List<String> queries = new ArrayList<>(evaluationQuestions());
        for (int i = 0; i < 200; i++) {
            int length = 2 + random.nextInt(5);
            List<String> query = new ArrayList<>();
            for (int w = 0; w < length; w++) {
                query.add(words.get(random.nextInt(words.size())).toLowerCase(Locale.ROOT));
            }
            queries.add(String.join(" ", query));
        }
        return queries;
    }

    private static long averageLength(List<KnowledgeChunk> chunks) {
        return chunks.stream().mapToLong(chunk -> chunk.text().length()).sum() / chunks.size();
    }
}
