package nl.koers.dialogue;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import nl.koers.knowledge.SourceRef;

/** The reply a turn is writing: paragraphs, the sources of its tips, and whether this turn already gave a tip. */
final class Reply {

    private final List<String> paragraphs = new ArrayList<>();
    private final Set<SourceRef> sources = new LinkedHashSet<>();
    private boolean tipGiven;

    void add(@Nullable String paragraph) {
        if (paragraph != null && !paragraph.isBlank()) {
            paragraphs.add(paragraph.strip());
        }
    }

    void tip(String paragraph, SourceRef source) {
        add(paragraph);
        tipGiven = true;
        sources.add(source);
    }

    boolean tipGiven() {
        return tipGiven;
    }

    /** The last paragraph written, or "" for none. */
    String last() {
        return paragraphs.isEmpty() ? "" : paragraphs.getLast();
    }

    List<SourceRef> sources() {
        return List.copyOf(sources);
    }

    String text() {
        return String.join("\n\n", paragraphs);
    }
}
