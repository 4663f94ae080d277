package nl.koers.knowledge;

import java.util.ArrayList;
import java.util.List;

import dev.langchain4j.data.document.Document;
import dev.langchain4j.data.document.DocumentSplitter;
import dev.langchain4j.data.document.Metadata;
import dev.langchain4j.data.segment.TextSegment;

/**
 * Splits a Markdown article at its second-level headings: each {@code ## } section becomes one segment
 * that starts with its heading line, with the heading also in the metadata. Deeper headings stay inside their section; the {@code # } title line
 * is dropped because the title travels with every segment anyway. Text before the first section becomes
 * a segment without heading.
 */
final class MarkdownSectionSplitter implements DocumentSplitter {

    static final String HEADING = "heading";

    @Override
    public List<TextSegment> split(Document document) {
        List<TextSegment> segments = new ArrayList<>();
        String heading = null;
        StringBuilder section = new StringBuilder();
        boolean inFence = false;
        for (String line : document.text().split("\n", -1)) {
            if (line.startsWith("```")) {
                inFence = !inFence;
            }
            if (!inFence && line.startsWith("## ")) {
                add(segments, heading, section, document.metadata());
                heading = line.substring(3).strip();
                section.setLength(0);
            } else if (!inFence && line.startsWith("# ")) {
                continue;
            } else {
                section.append(line).append('\n');
            }
        }
        add(segments, heading, section, document.metadata());
        return segments;
    }

    private static void add(List<TextSegment> segments, String heading, StringBuilder section, Metadata base) {
        String body = section.toString().strip();
        if (body.isEmpty()) {
            return;
        }
        String text = heading == null ? body : heading + "\n\n" + body;
        Metadata metadata = base.copy();
        if (heading != null) {
            metadata.put(HEADING, heading);
        }
        segments.add(TextSegment.from(text, metadata));
    }
}
