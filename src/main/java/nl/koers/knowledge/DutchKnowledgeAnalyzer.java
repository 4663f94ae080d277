package nl.koers.knowledge;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.compound.DictionaryCompoundWordTokenFilter;
import org.apache.lucene.analysis.core.FlattenGraphFilter;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.WordlistLoader;
import org.tartarus.snowball.ext.DutchStemmer;

/**
 * The one analyzer for indexing and searching the knowledge base, tuned for Dutch:
 *
 * <ol>
 * <li>standard tokens, lower case, accents folded ("financiële" = "financiele"), the possessive 's dropped
 * ("collega's" = "collega");</li>
 * <li>domain synonyms from {@code search/synoniemen.txt} (POP = persoonlijk ontwikkelingsplan), flattened so the
 * index can hold them;</li>
 * <li>compounds split into the word parts of {@code search/woorddelen.txt} (the longest part at each position),
 * keeping the whole word too, so that "loopbaangesprek" and "gesprek over je loopbaan" share "loopbaan" and
 * "gesprek";</li>
 * <li>Dutch stop words, plus question words from {@code search/extra-stopwoorden.txt};</li>
 * <li>the Snowball Dutch stemmer ("gesprekken" = "gesprek").</li>
 * </ol>
 */
final class DutchKnowledgeAnalyzer extends Analyzer {

    static final int MIN_WORD_TO_SPLIT = 7;
    static final int MIN_PART = 4;
    static final int MAX_PART = 16;

    private final SynonymMap synonyms;
    private final CharArraySet wordParts;
    private final CharArraySet stopWords;

    DutchKnowledgeAnalyzer() {
        this.wordParts = words("search/woorddelen.txt");
        this.stopWords = CharArraySet.copy(DutchAnalyzer.getDefaultStopSet());
        this.stopWords.addAll(words("search/extra-stopwoorden.txt"));
        this.synonyms = synonyms("search/synoniemen.txt");
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        TokenStream stream = new EnglishPossessiveFilter(normalized(source));
        stream = new SynonymGraphFilter(stream, synonyms, true);
        stream = new FlattenGraphFilter(stream);
        stream = new DictionaryCompoundWordTokenFilter(stream, wordParts, MIN_WORD_TO_SPLIT, MIN_PART, MAX_PART, true);
        stream = new StopFilter(stream, stopWords);
        stream = new SnowballFilter(stream, new DutchStemmer());
        return new TokenStreamComponents(source, stream);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return normalized(in);
    }

    private static TokenStream normalized(TokenStream in) {
        return new ASCIIFoldingFilter(new LowerCaseFilter(in));
    }

    private static CharArraySet words(String resource) {
        try (Reader reader = resource(resource)) {
            return WordlistLoader.getWordSet(reader, "#", new CharArraySet(64, true));
        } catch (IOException unreadable) {
            throw new UncheckedIOException("cannot read " + resource, unreadable);
        }
    }

    private static SynonymMap synonyms(String resource) {
        Analyzer entries = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                return new TokenStreamComponents(source, normalized(source));
            }
        };
        try (Reader reader = resource(resource)) {
            var parser = new SolrSynonymParser(true, true, entries);
            parser.parse(reader);
            return parser.build();
        } catch (IOException | ParseException invalid) {
            throw new IllegalStateException("cannot read synonyms from " + resource + ": " + invalid.getMessage(),
                    invalid);
        } finally {
            entries.close();
        }
    }

    private static Reader resource(String name) {
        InputStream stream = DutchKnowledgeAnalyzer.class.getClassLoader().getResourceAsStream(name);
        if (stream == null) {
            throw new IllegalStateException("missing resource " + name);
        }
        return new InputStreamReader(stream, StandardCharsets.UTF_8);
    }
}
