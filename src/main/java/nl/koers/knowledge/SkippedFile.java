package nl.koers.knowledge;

/** A file in the knowledge folder that was not indexed, and why (in Dutch, for HR). */
public record SkippedFile(String source, String reason) {
}
