package nl.koers.knowledge;

import org.jspecify.annotations.Nullable;

/** Where a reply got its guidance: an article title, its file under knowledge/, and the section. */
public record SourceRef(String title, String source, @Nullable String heading) {
}
