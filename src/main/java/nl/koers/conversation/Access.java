package nl.koers.conversation;

/**
 * What one person may do with one conversation, as {@link ConversationRepository} decides it in SQL from the
 * conversation and the owner's team as it is now. API, pages, exports, downloads and the access log all ask it.
 *
 * @param owner    the person the conversation is about (for VRAAG: whoever asks)
 * @param messages may open the conversation and read its messages
 * @param pop      may read its POP, with its exports
 * @param turns    may take a turn
 * @param editPop  may change the POP and say "akkoord" to it
 */
public record Access(boolean owner, boolean messages, boolean pop, boolean turns, boolean editPop) {
}
