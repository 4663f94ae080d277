package nl.koers.knowledge;

import java.util.ArrayList;
import java.util.List;

import org.commonmark.node.Heading;
import org.commonmark.node.Node;

import dev.langchain4j.data.document.Document;
import dev.langchain4j.data.document.DocumentSplitter;
import dev.langchain4j.data.document.Metadata;
import dev.langchain4j.data.segment.TextSegment;

/**
 * Splits a Markdown article at its second-level headings, as commonmark reads them: each section becomes one
 * plain-text segment (see {@link MarkdownText}) that starts with its heading, with the heading also in the metadata.
 * Deeper headings stay inside their section; the first-level title is dropped because the title travels with every
 * segment anyway. Text before the first section becomes a segment without heading.
 */
final class MarkdownSectionSplitter implements DocumentSplitter {

    static final String HEADING = "heading";

    @Override
    public List<TextSegment> split(Document document) {
        List<TextSegment> segments = new ArrayList<>();
        String heading = null;
        List<Node> section = new ArrayList<>();
        for (Node block = MarkdownText.parse(document.text()).getFirstChild(); block != null; block = block.getNext()) {
            if (block instanceof Heading title && title.getLevel() <= 2) {
                if (title.getLevel() == 2) {
                    add(segments, heading, section, document.metadata());
                    heading = MarkdownText.plain(List.of(title));
                    section = new ArrayList<>();
                }
            } else {
                section.add(block);
            }
        }
        add(segments, heading, section, document.metadata());
        return segments;
    }

    private static void add(List<TextSegment> segments, String heading, List<Node> section, Metadata base) {
        String body = MarkdownText.plain(section);
        if (body.isEmpty()) {
            return;
        }
        Metadata metadata = base.copy();
        if (heading != null) {
            metadata.put(HEADING, heading);
        }
        segments.add(TextSegment.from(heading == null ? body : heading + "\n\n" + body, metadata));
    }
}
