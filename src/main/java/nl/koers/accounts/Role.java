package nl.koers.accounts;

/** What someone does in Koers. Names are Dutch because they appear in the API and on pages. */
public enum Role {
    MEDEWERKER("Medewerker"),
    LEIDINGGEVENDE("Leidinggevende"),
    HR("HR");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public String authority() {
        return "ROLE_" + name();
    }
}
