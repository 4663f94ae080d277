package nl.koers.dialogue;

/** Who is at the table: the wording of every question and phase introduction follows it. */
public enum Setting {
    /** An employee prepares alone. */
    ALONE("VOORBEREIDING"),
    /** The leader and the employee hold the one-on-one together. */
    TOGETHER("GESPREK"),
    /** A team leader prepares alone for the one-on-one with one team member. */
    LEADER("LEIDER");

    private final String key;

    Setting(String key) {
        this.key = key;
    }

    /** The key in the question bank's {@code intro} and in {@code welkom}. */
    public String key() {
        return key;
    }
}
