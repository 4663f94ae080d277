package nl.koers.dialogue;

/** Where a conversation stands. A VRAAG conversation stays in {@link #VRAAG} throughout. */
public enum Phase {
    INVENTARISATIE, VOORSTELLEN, AFSPRAKEN, AFGEROND, VRAAG
}
