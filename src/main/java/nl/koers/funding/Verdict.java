package nl.koers.funding;

/** How well a scheme fits a learning action, best first. */
public enum Verdict {
    /** The scheme applies as things are. */
    PAST,
    /** The scheme may apply, on a condition that the advice names. */
    PAST_MISSCHIEN,
    /** The scheme does not pay for this. */
    PAST_NIET
}
