package nl.koers.knowledge;

import java.util.List;
import java.util.Map;

import org.springframework.ai.document.Document;
import org.springframework.ai.rag.Query;
import org.springframework.ai.rag.retrieval.search.DocumentRetriever;
import org.springframework.stereotype.Component;

/**
 * The knowledge search as Spring AI sees it: the chunks that answer a question, with title, file and section
 * in their metadata, best first; none when the knowledge base does not cover the question.
 */
@Component
public class LuceneDocumentRetriever implements DocumentRetriever {

    public static final String TITLE = "title";
    public static final String SOURCE = "source";
    public static final String HEADING = "heading";
    static final int DOCUMENTS = 4;

    private final KnowledgeSearch search;

    LuceneDocumentRetriever(KnowledgeSearch search) {
        this.search = search;
    }

    @Override
    public List<Document> retrieve(Query query) {
        return search.relevant(query.text(), DOCUMENTS, null).stream()
                .map(hit -> Document.builder()
                        .id(hit.source() + "#" + (hit.heading() == null ? "" : hit.heading()))
                        .text(hit.text())
                        .metadata(Map.of(TITLE, hit.title(), SOURCE, hit.source(),
                                HEADING, hit.heading() == null ? "" : hit.heading()))
                        .score((double) hit.score())
                        .build())
                .toList();
    }

    /** A retrieved document as a reply names it, from the metadata this retriever gave it. */
    public static SourceRef source(Document document) {
        String heading = (String) document.getMetadata().get(HEADING);
        return new SourceRef((String) document.getMetadata().get(TITLE), (String) document.getMetadata().get(SOURCE),
                heading == null || heading.isEmpty() ? null : heading);
    }
}
