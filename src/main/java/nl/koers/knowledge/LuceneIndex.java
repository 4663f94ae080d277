package nl.koers.knowledge;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

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
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
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
 * <li>{@code text}: analysed, stored with offsets so the highlighter can mark passages without re-analysis;</li>
 * <li>title, topics and text keep term vectors, so a hit's coverage of the question is a look-up.</li>
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
    private static final FieldType TEXT_WITH_VECTORS = textWithVectors();
    static final List<String> COVERED_FIELDS = List.of(TITLE, TOPICS, TEXT);
    static final List<String> SUBJECT_FIELDS = List.of(TITLE, TOPICS);
    private static final int SNIPPET_PASSAGES = 2;
    private static final int FALLBACK_SNIPPET = 240;

    private final Analyzer analyzer;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final QueryBuilder queries;

    LuceneIndex(Directory directory, Analyzer analyzer) {
        this.analyzer = analyzer;
        try {
            this.writer = new IndexWriter(directory,
                    new IndexWriterConfig(analyzer).setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND));
            this.writer.commit();
            this.searchers = new SearcherManager(writer, null);
        } catch (IOException failure) {
            throw new UncheckedIOException("cannot open the knowledge index", failure);
        }
        this.queries = new QueryBuilder(analyzer);
    }

    /** Replaces the whole index with these chunks, visible to searches at once when done. */
    synchronized void replaceAll(List<KnowledgeChunk> chunks) throws IOException {
        writer.deleteAll();
        for (KnowledgeChunk chunk : chunks) {
            writer.addDocument(document(chunk));
        }
        writer.commit();
        searchers.maybeRefreshBlocking();
    }

    int size() {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return searcher.getIndexReader().numDocs();
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
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
        Query words = query(question);
        if (words == null) {
            return List.of();
        }
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                Map<String, String> typos = TypoCorrection.of(searcher.getIndexReader(),
                        QuestionCoverage.terms(analyzer, question));
                Query corrected = typos.isEmpty() ? words : withCorrections(words, typos.values());
                Query query = audience == null ? corrected : new BooleanQuery.Builder().add(corrected, Occur.MUST)
                        .add(new TermQuery(new Term(AUDIENCE, audience)), Occur.FILTER).build();
                TopDocs top = searcher.search(query, limit);
                String[] snippets = highlighter(searcher).highlight(TEXT, query, top, SNIPPET_PASSAGES);
                StoredFields stored = searcher.storedFields();
                QuestionCoverage coverage = QuestionCoverage.of(analyzer, searcher, question, typos);
                List<SearchHit> hits = new ArrayList<>(top.scoreDocs.length);
                for (int i = 0; i < top.scoreDocs.length; i++) {
                    ScoreDoc scoreDoc = top.scoreDocs[i];
                    Document document = stored.document(scoreDoc.doc);
                    hits.add(hit(document, snippets[i], scoreDoc.score, coverage.of(scoreDoc.doc),
                            coverage.ofSubject(scoreDoc.doc)));
                }
                return hits;
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException failure) {
            throw new UncheckedIOException("knowledge search failed", failure);
        }
    }

    /** A question's words, each weighted by how rare it is here, its typos read as the words they stand for. */
    QuestionWords words(String question) {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                List<String> terms = QuestionCoverage.terms(analyzer, question);
                Map<String, String> typos = TypoCorrection.of(searcher.getIndexReader(), terms);
                return new QuestionWords(analyzer, QuestionCoverage.termWeights(analyzer, searcher, question, typos));
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException failure) {
            throw new UncheckedIOException("knowledge search failed", failure);
        }
    }

    /** The question's query with the known words that replace its typos, in every field with its boost. */
    private static Query withCorrections(Query words, java.util.Collection<String> corrected) {
        var builder = new BooleanQuery.Builder().add(words, Occur.SHOULD);
        for (String term : corrected) {
            for (Map.Entry<String, Float> field : BOOSTS.entrySet()) {
                builder.add(new BoostQuery(new TermQuery(new Term(field.getKey(), term)), field.getValue()), Occur.SHOULD);
            }
        }
        return builder.build();
    }

    /** A query over all fields with their boosts, or null when the question has no searchable words. */
    Query query(String question) {
        var builder = new BooleanQuery.Builder();
        int clauses = 0;
        for (Map.Entry<String, Float> field : BOOSTS.entrySet()) {
            Query perField = queries.createBooleanQuery(field.getKey(), question, Occur.SHOULD);
            if (perField != null) {
                builder.add(new BoostQuery(perField, field.getValue()), Occur.SHOULD);
                clauses++;
            }
        }
        return clauses == 0 ? null : builder.build();
    }

    private UnifiedHighlighter highlighter(IndexSearcher searcher) {
        return UnifiedHighlighter.builder(searcher, analyzer)
                .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
                .withMaxLength(20_000)
                .build();
    }

    private static Document document(KnowledgeChunk chunk) {
        var document = new Document();
        document.add(new StringField(ID, chunk.id(), Field.Store.YES));
        document.add(new StringField(SOURCE, chunk.source(), Field.Store.YES));
        document.add(new Field(TITLE, chunk.title(), TEXT_WITH_VECTORS));
        document.add(new Field(TOPICS, String.join(", ", chunk.topics()), TEXT_WITH_VECTORS));
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

    private static SearchHit hit(Document document, String snippet, float score, float coverage, float subject) {
        String text = document.get(TEXT);
        String shown = snippet != null ? snippet : HtmlUtils.htmlEscape(opening(text));
        return new SearchHit(document.get(TITLE), document.get(SOURCE), document.get(HEADING), shown, text, score,
                coverage, subject, Arrays.asList(document.getValues(AUDIENCE)), date(document, CHECKED),
                Arrays.asList(document.getValues(REFERENCE)), Arrays.stream(document.getValues(FACT)).map(Fact::fromStored).toList());
    }

    private static @Nullable LocalDate date(Document document, String field) {
        return document.get(field) == null ? null : LocalDate.parse(document.get(field));
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
        type.setStoreTermVectors(true);
        type.freeze();
        return type;
    }

    private static FieldType textWithVectors() {
        var type = new FieldType(TextField.TYPE_STORED);
        type.setStoreTermVectors(true);
        type.freeze();
        return type;
    }

    @Override
    public void close() throws IOException {
        searchers.close();
        writer.close();
    }
}
