package nl.koers.conversation;

/** JSON string quoting for hand-written request bodies in tests. */
public final class ConversationTestJson {

    private ConversationTestJson() {
    }

    public static String quote(String text) {
        return ConversationClient.quote(text);
    }
}
