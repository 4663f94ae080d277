package nl.koers.dialogue;

/**
 * Where a conversation stands. A VRAAG conversation stays in {@link #VRAAG} throughout, a progress review in
 * {@link #VOORTGANG} until it ends ({@link #AFGEROND}).
 */
public enum Phase {
    INVENTARISATIE, VOORSTELLEN, AFSPRAKEN, AFGEROND, VRAAG, VOORTGANG
}
