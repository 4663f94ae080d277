package nl.koers.knowledge;

/** A knowledge file that cannot be indexed. The message is Dutch: it is shown to HR in the skipped list. */
class KnowledgeFileException extends Exception {

    KnowledgeFileException(String dutchReason) {
        super(dutchReason);
    }

    KnowledgeFileException(String dutchReason, Throwable cause) {
        super(dutchReason, cause);
    }
}
