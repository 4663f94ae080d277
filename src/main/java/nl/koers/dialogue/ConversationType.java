package nl.koers.dialogue;

public enum ConversationType {
    /** An employee prepares their career conversation alone. */
    VOORBEREIDING,
    /** A team leader runs the one-on-one, with the employee at the table. */
    GESPREK,
    /** Questions to the knowledge base. */
    VRAAG,
    /** A progress review of an agreed POP, goal by goal. */
    VOORTGANG
}
