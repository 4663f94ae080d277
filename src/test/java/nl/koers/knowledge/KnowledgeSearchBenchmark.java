package nl.koers.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;

import org.apache.lucene.store.MMapDirectory;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.koers.bench.BenchmarkReport;

/**
 * The knowledge search at scale: 10,000 chunks generated from the sentences and titles of the bundled
 * articles (so words and their frequencies are realistic Dutch), indexed on disk as Koers does, then searched
 * with the evaluation questions and random word combinations, highlighting included. Target: p95 under 5 ms.
 * Run with {@code ./mvnw -Pbench test -Dtest=KnowledgeSearchBenchmark}.
 */
@Tag("benchmark")
class KnowledgeSearchBenchmark {

    static final int CHUNKS = 10_000;
    static final int WARM_UP_QUERIES = 2_000;
    static final int MEASURED_QUERIES = 5_000;

    @TempDir
    Path folder;

    @Test
    void indexTenThousandChunksAndSearch() throws Exception {
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

            for (int i = 0; i < WARM_UP_QUERIES; i++) {
                index.search(queries.get(i % queries.size()), 5);
            }
            long[] nanos = new long[MEASURED_QUERIES];
            int empty = 0;
            for (int i = 0; i < MEASURED_QUERIES; i++) {
                String query = queries.get(random.nextInt(queries.size()));
                long start = System.nanoTime();
                empty += index.search(query, 5).isEmpty() ? 1 : 0;
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
                    .line("| queries measured (after " + WARM_UP_QUERIES + " warm-up) | " + MEASURED_QUERIES + " |")
                    .line("| search p50 (top 5, with highlighting) | " + BenchmarkReport.millis(BenchmarkReport.percentile(nanos, 50)) + " |")
                    .line("| search p95 | " + BenchmarkReport.millis(BenchmarkReport.percentile(nanos, 95)) + " |")
                    .line("| search p99 | " + BenchmarkReport.millis(BenchmarkReport.percentile(nanos, 99)) + " |")
                    .line("| queries without hits | " + empty + " |")
                    .write();
        }
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
        List<String> queries = new ArrayList<>();
        for (Path set : List.of(Path.of("src/test/resources/eval/retrieval-koers.tsv"))) {
            RetrievalEvaluation.read(set).questions().forEach(question -> queries.add(question.text()));
        }
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
