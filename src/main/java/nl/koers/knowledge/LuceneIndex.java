package nl.koers.knowledge;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;
import java.util.function.UnaryOperator;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.QueryBuilder;
import org.jspecify.annotations.Nullable;
import org.springframework.web.util.HtmlUtils;

/**
 * Owns the Lucene index of the knowledge base: the directory, the writer and the searcher manager.
 * A rebuild replaces all documents in one commit, so searches see the old index until the new one is
 * complete, never a half-built one. Field choices:
 *
 * <ul>
 * <li>{@code id}, {@code source}, {@code audience}: exact keywords, stored;</li>
 * <li>{@code title}, {@code topics}, {@code heading}: analysed, stored, boosted in queries;</li>
 * <li>{@code text}: analysed, stored with offsets so the highlighter can mark passages without re-analysis.</li>
 * </ul>
 */
final class LuceneIndex implements Closeable {

    static final String ID = "id";
    static final String SOURCE = "source";
    static final String TITLE = "title";
    static final String TOPICS = "topics";
    static final String HEADING = "heading";
    static final String TEXT = "text";
    static final String AUDIENCE = "audience";
    static final String CHECKED = "checked";
    static final String REFERENCE = "reference";
    static final String FACT = "fact";

    /**
     * How much a match in each field counts. Title, topics and heading say what a chunk is about; measured on the
     * retrieval question sets, a moderate boost beats a strong one, which lets a title that merely shares a word
     * part outrank the section that answers.
     */
    static final Map<String, Float> BOOSTS = Map.of(TITLE, 1.5f, TOPICS, 1.5f, HEADING, 1.5f, TEXT, 1.0f);

    private static final FieldType TEXT_WITH_OFFSETS = textWithOffsets();
    static final List<String> COVERED_FIELDS = List.of(TITLE, TOPICS, TEXT);
    static final List<String> SUBJECT_FIELDS = List.of(TITLE, TOPICS);
    static final int SNIPPET_PASSAGES = 2;
    private static final int FALLBACK_SNIPPET = 240;

    private final Analyzer analyzer;
    /** The writer and searchers, or their opening while it is still under way: see {@link #openInBackground}. */
    private final CompletableFuture<Opened> opening;
    private final QueryBuilder queries;

    /** How long a search waits for the first build of an empty index before it searches what there is. */
    static final Duration FIRST_BUILD_WAIT = Duration.ofSeconds(30);

    /**
     * What an open index has. {@code firstBuild} is open while the index is empty and its first build has not
     * finished: searches wait for it.
     */
    private record Opened(IndexWriter writer, SearcherManager searchers, CountDownLatch firstBuild) {
    }

    /** Opens the index in this directory now. */
    LuceneIndex(Directory directory, Analyzer analyzer) {
        this(CompletableFuture.completedFuture(open(directory, analyzer)), analyzer);
    }

    private LuceneIndex(CompletableFuture<Opened> opening, Analyzer analyzer) {
        this.analyzer = analyzer;
        this.opening = opening;
        this.queries = new QueryBuilder(analyzer);
    }

    /**
     * Opens the index on a thread of its own, so that Koers's start goes on meanwhile: opening loads most of Lucene,
     * some 900 classes, about 0.4 s of a start on two cores. Whatever reads or writes the index first waits for it;
     * {@link #awaitOpen()} says whether it could be opened.
     */
    static LuceneIndex openInBackground(Directory directory, Analyzer analyzer) {
        var opening = new CompletableFuture<Opened>();
        Thread.ofPlatform().name("koers-index-open").daemon().start(() -> {
            try {
                opening.complete(open(directory, analyzer));
            } catch (RuntimeException | Error failure) {
                opening.completeExceptionally(failure);
            }
        });
        return new LuceneIndex(opening, analyzer);
    }

    private static Opened open(Directory directory, Analyzer analyzer) {
        try {
            // A build that failed half-way is never committed, not even when Koers stops: the index on disk is always a
            // whole build, with the record of what it was built from (see replaceAll and commitData).
            var writer = new IndexWriter(directory, new IndexWriterConfig(analyzer)
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND).setCommitOnClose(false));
            writer.commit();
            var searchers = new SearcherManager(writer, IndexGeneration.factory(analyzer));
            return new Opened(writer, searchers, new CountDownLatch(writer.getDocStats().numDocs > 0 ? 0 : 1));
        } catch (IOException failure) {
            throw new UncheckedIOException("cannot open the knowledge index", failure);
        }
    }

    /** The open index; waits while it is being opened, and throws what opening it threw. */
    private Opened opened() {
        try {
            return opening.join();
        } catch (CompletionException failure) {
            if (failure.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw failure;
        }
    }

    /** Waits until the index is open; throws when it cannot be (for instance another process holds its lock). */
    void awaitOpen() {
        opened();
    }

    /** Replaces the whole index with these chunks, visible to searches at once when done. */
    void replaceAll(List<KnowledgeChunk> chunks) throws IOException {
        replaceAll(chunks, Map.of());
    }

    /**
     * Replaces the whole index with these chunks, and records this data with them (what they were built from), in
     * the same commit: a crash leaves the old chunks with the old record or the new with the new.
     */
    synchronized void replaceAll(List<KnowledgeChunk> chunks, Map<String, String> commitData) throws IOException {
        Opened open = opened();
        open.writer().deleteAll();
        for (KnowledgeChunk chunk : chunks) {
            open.writer().addDocument(document(chunk));
        }
        open.writer().setLiveCommitData(Map.copyOf(commitData).entrySet());
        open.writer().commit();
        open.searchers().maybeRefreshBlocking();
        open.firstBuild().countDown();
    }

    /**
     * Searches stop waiting for the first build: it is done, or it failed and they search what there is. Koers
     * builds the index in the background while it starts, so that it is ready for requests sooner; a search that
     * arrives before the first build of an empty index waits for it rather than finding nothing.
     */
    void firstBuildDone() {
        opened().firstBuild().countDown();
    }

    Analyzer analyzer() {
        return analyzer;
    }

    /**
     * What the last committed {@link #replaceAll(List, Map)} recorded with its chunks, read from the commit on disk
     * (searches see that commit): a build that failed after it set its record, but before its commit, left nothing
     * that could pass for it. Empty when nothing was recorded.
     */
    Map<String, String> commitData() {
        try {
            return Map.copyOf(SegmentInfos.readLatestCommit(opened().writer().getDirectory()).getUserData());
        } catch (IOException unreadable) {
            return Map.of();
        }
    }

    /** The number of chunks in the index now, without waiting for a build. */
    int size() {
        return current(generation -> generation.getIndexReader().numDocs());
    }

    /**
     * The best chunks for a question in plain words. The text is analysed, never parsed as query syntax,
     * so quotes, brackets and operators are just characters.
     */
    List<SearchHit> search(String question, int limit) {
        return search(question, limit, null);
    }

    /** As {@link #search(String, int)}, keeping only articles written for this audience (doelgroep), if given. */
    List<SearchHit> search(String question, int limit, @Nullable String audience) {
        return search(question, limit, audience, UnaryOperator.identity());
    }

    /**
     * The best {@code pool} chunks, of which {@code choose} keeps some, in the order it gives. It sees the hits
     * without their snippets (empty); only the hits it keeps are highlighted, as highlighting is the costliest step
     * of a search and a caller that reranks or filters shows only a few of the hits it reads.
     */
    List<SearchHit> search(String question, int pool, @Nullable String audience,
            UnaryOperator<List<SearchHit>> choose) {
        return search(question, pool, audience, choose, true);
    }

    /**
     * The best chunks as {@link #search(String, int)} ranks and measures them, without snippets (empty): for a
     * reader of whole texts, such as the retrieval evaluation beside an embedding search, which has none either.
     */
    List<SearchHit> ranked(String question, int limit) {
        return search(question, limit, null, UnaryOperator.identity(), false);
    }

    private List<SearchHit> search(String question, int pool, @Nullable String audience,
            UnaryOperator<List<SearchHit>> choose, boolean highlight) {
        return search(question, pool, audience, (hits, found) -> {
            List<SearchHit> chosen = choose.apply(hits);
            return highlight ? found.highlighted(chosen) : chosen;
        });
    }

    /**
     * The best {@code pool} chunks, without snippets, handed to {@code use} with a highlighter for any of them while
     * the index generation they come from is held: for a caller that goes through hits until one serves, so that
     * only the hits it looks at are highlighted.
     */
    <T> T search(String question, int pool, @Nullable String audience, BiFunction<List<SearchHit>, Found, T> use) {
        return read(generation -> {
            List<String> terms = QuestionCoverage.terms(analyzer, question);
            Map<String, String> typos = TypoCorrection.of(generation, terms);
            Query words = terms.isEmpty() ? null : query(question, typos.values());
            if (words == null) {
                return use.apply(List.of(), new Found(generation, new MatchNoDocsQuery(), new TopDocs(
                        new TotalHits(0, TotalHits.Relation.EQUAL_TO), new ScoreDoc[0]), Map.of()));
            }
            Query query = audience == null ? words : new BooleanQuery.Builder().add(words, Occur.MUST)
                    .add(new TermQuery(new Term(AUDIENCE, audience)), Occur.FILTER).build();
            TopDocs top = generation.search(query, pool);
            int[] docs = Arrays.stream(top.scoreDocs).mapToInt(scoreDoc -> scoreDoc.doc).toArray();
            float[][] shares = QuestionCoverage.of(generation, terms, typos).shares(docs);
            Map<SearchHit, ScoreDoc> found = new IdentityHashMap<>();
            List<SearchHit> hits = new ArrayList<>(docs.length);
            for (int i = 0; i < docs.length; i++) {
                SearchHit hit = hit(generation.chunk(docs[i]), "", top.scoreDocs[i].score, shares[i][0], shares[i][1]);
                found.put(hit, top.scoreDocs[i]);
                hits.add(hit);
            }
            return use.apply(Collections.unmodifiableList(hits), new Found(generation, query, top, found));
        });
    }

    /** The hits of one search, to highlight: all chosen at once, or one at a time. */
    static final class Found {

        private final IndexGeneration generation;
        private final Query query;
        private final TopDocs top;
        private final Map<SearchHit, ScoreDoc> docs;

        private Found(IndexGeneration generation, Query query, TopDocs top, Map<SearchHit, ScoreDoc> docs) {
            this.generation = generation;
            this.query = query;
            this.top = top;
            this.docs = docs;
        }

        /** The chosen hits, in their order, each with its snippet: the question's words marked. */
        List<SearchHit> highlighted(List<SearchHit> chosen) {
            ScoreDoc[] shown = chosen.stream().map(hit -> Objects.requireNonNull(docs.get(hit),
                    "a chosen hit must be one of the hits found")).toArray(ScoreDoc[]::new);
            String[] snippets;
            try {
                snippets = generation.highlighter().highlight(TEXT, query, new TopDocs(top.totalHits, shown),
                        SNIPPET_PASSAGES);
            } catch (IOException unreadable) {
                throw new UncheckedIOException(unreadable);
            }
            List<SearchHit> highlighted = new ArrayList<>(chosen.size());
            for (int i = 0; i < shown.length; i++) {
                SearchHit hit = chosen.get(i);
                highlighted.add(hit.withSnippet(snippets[i] != null ? snippets[i]
                        : HtmlUtils.htmlEscape(opening(hit.text()))));
            }
            return highlighted;
        }

        /** One hit with its snippet. */
        SearchHit highlighted(SearchHit hit) {
            return highlighted(List.of(hit)).getFirst();
        }
    }

    /** A question's words, each weighted by how rare it is here, its typos read as the words they stand for. */
    QuestionWords words(String question) {
        return read(generation -> {
            List<String> terms = QuestionCoverage.terms(analyzer, question);
            Map<String, String> typos = TypoCorrection.of(generation, terms);
            return new QuestionWords(analyzer, QuestionCoverage.termWeights(generation, terms, typos));
        });
    }

    /** Something read from the current generation of the index. */
    @FunctionalInterface
    interface Reading<T> {
        T from(IndexGeneration generation) throws IOException;
    }

    /** Reads from the current generation, once the first build of an empty index is done. */
    <T> T read(Reading<T> reading) {
        CountDownLatch firstBuild = opened().firstBuild();
        if (firstBuild.getCount() > 0) {
            try {
                firstBuild.await(FIRST_BUILD_WAIT.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
        }
        return current(reading);
    }

    /** Reads from the current generation, which a rebuild cannot close meanwhile. */
    private <T> T current(Reading<T> reading) {
        SearcherManager searchers = opened().searchers();
        try {
            IndexGeneration generation = (IndexGeneration) searchers.acquire();
            try {
                return reading.from(generation);
            } finally {
                searchers.release(generation);
            }
        } catch (IOException failure) {
            throw new UncheckedIOException("knowledge search failed", failure);
        }
    }

    /** A query over all fields with their boosts, or null when the question has no searchable words. */
    @Nullable Query query(String question) {
        return query(question, List.of());
    }

    /**
     * The question as one flat disjunction: each of its words in each field with the field's boost, and the known
     * words that replace its typos likewise. It scores as the same sum as a disjunction per field would, but a flat
     * one lets Lucene skip the chunks that cannot reach the top (max-score pruning only looks one level deep): at
     * 10,000 chunks the ranking's p95 fell from 0.65 to 0.39 ms. Null when the question has no searchable words.
     */
    @Nullable Query query(String question, java.util.Collection<String> corrected) {
        List<Query> perField = new ArrayList<>();
        List<Query> flat = new ArrayList<>();
        for (Map.Entry<String, Float> field : BOOSTS.entrySet()) {
            Query words = queries.createBooleanQuery(field.getKey(), question, Occur.SHOULD);
            if (words == null) {
                continue;
            }
            perField.add(boosted(words, field.getValue()));
            if (words instanceof BooleanQuery disjunction && disjunction.getMinimumNumberShouldMatch() == 0
                    && disjunction.clauses().stream().allMatch(clause -> clause.occur() == Occur.SHOULD)) {
                disjunction.clauses().forEach(clause -> flat.add(boosted(clause.query(), field.getValue())));
            } else {
                flat.add(boosted(words, field.getValue()));
            }
        }
        if (perField.isEmpty()) {
            return null;
        }
        List<Query> corrections = new ArrayList<>();
        for (String term : corrected) {
            for (Map.Entry<String, Float> field : BOOSTS.entrySet()) {
                corrections.add(boosted(new TermQuery(new Term(field.getKey(), term)), field.getValue()));
            }
        }
        // A question of hundreds of short words would pass the limit of clauses in one query; it keeps a
        // disjunction per field.
        List<Query> clauses = flat.size() + corrections.size() <= IndexSearcher.getMaxClauseCount() ? flat : perField;
        var builder = new BooleanQuery.Builder();
        clauses.forEach(clause -> builder.add(clause, Occur.SHOULD));
        corrections.forEach(clause -> builder.add(clause, Occur.SHOULD));
        return builder.build();
    }

    private static Query boosted(Query query, float boost) {
        return boost == 1f ? query : new BoostQuery(query, boost);
    }

    private static Document document(KnowledgeChunk chunk) {
        var document = new Document();
        document.add(new StringField(ID, chunk.id(), Field.Store.YES));
        document.add(new StringField(SOURCE, chunk.source(), Field.Store.YES));
        document.add(new TextField(TITLE, chunk.title(), Field.Store.YES));
        document.add(new TextField(TOPICS, String.join(", ", chunk.topics()), Field.Store.YES));
        if (chunk.heading() != null) {
            document.add(new TextField(HEADING, chunk.heading(), Field.Store.YES));
        }
        document.add(new Field(TEXT, chunk.text(), TEXT_WITH_OFFSETS));
        for (String audience : chunk.audience()) {
            document.add(new StringField(AUDIENCE, audience, Field.Store.YES));
        }
        if (chunk.checked() != null) {
            document.add(new StoredField(CHECKED, chunk.checked().toString()));
        }
        for (String reference : chunk.references()) {
            document.add(new StoredField(REFERENCE, reference));
        }
        for (Fact fact : chunk.facts()) {
            document.add(new StoredField(FACT, fact.stored()));
        }
        return document;
    }

    private static SearchHit hit(IndexGeneration.StoredChunk chunk, String snippet, float score, float coverage,
            float subject) {
        return new SearchHit(chunk.title(), chunk.source(), chunk.heading(), snippet, chunk.text(), score, coverage,
                subject, chunk.audience(), chunk.checked(), chunk.references(), chunk.facts());
    }

    /** The start of a text, cut at a word, for a hit whose text matched nothing to highlight. */
    static String opening(String text) {
        if (text.length() <= FALLBACK_SNIPPET) {
            return text;
        }
        int cut = text.lastIndexOf(' ', FALLBACK_SNIPPET);
        return text.substring(0, cut > 0 ? cut : FALLBACK_SNIPPET) + " …";
    }

    private static FieldType textWithOffsets() {
        var type = new FieldType(TextField.TYPE_STORED);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.freeze();
        return type;
    }

    @Override
    public void close() throws IOException {
        if (opening.isCompletedExceptionally()) {
            return;
        }
        Opened open = opened();
        open.searchers().close();
        open.writer().close();
    }
}
