package nl.koers.knowledge;

import org.jspecify.annotations.Nullable;

/**
 * Where a reply got its guidance: an article title, its file under knowledge/, the section, and that section's id on
 * the article page ({@code anchor}), so a link opens the article where the answer stands.
 */
public record SourceRef(String title, String source, @Nullable String heading, @Nullable String anchor) {

    /** Sources stored before anchors existed get theirs from the heading. */
    public SourceRef {
        if (anchor == null && heading != null && !heading.isBlank()) {
            anchor = Anchors.of(heading);
        }
    }

    public SourceRef(String title, String source, @Nullable String heading) {
        this(title, source, heading, null);
    }
}
