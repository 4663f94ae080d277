package nl.koers.dialogue;

import java.util.Arrays;
import java.util.Optional;


/** The parts of the POP a question can fill, how an answer is read, and in which phase they belong. */
public enum PopField {
    ROL("rol", Kind.TEXT, Phase.INVENTARISATIE, "role"),
    ENERGIE("energie", Kind.TEXT, Phase.INVENTARISATIE, "energy"),
    TALENTEN("talenten", Kind.LIST, Phase.INVENTARISATIE, "talents"),
    AMBITIE_KORT("ambitie.kort", Kind.TEXT, Phase.INVENTARISATIE, "ambitions.shortTerm"),
    AMBITIE_LANG("ambitie.lang", Kind.TEXT, Phase.INVENTARISATIE, "ambitions.longTerm"),
    WENSEN("wensen", Kind.TEXT, Phase.INVENTARISATIE, "wishes"),
    ORGANISATIE("organisatie", Kind.TEXT, Phase.INVENTARISATIE, "organisationWishes"),
    RICHTING_DIEPTE("richting.diepte", Kind.CHOICE, Phase.VOORSTELLEN, "direction.depth"),
    RICHTING_PLEK("richting.plek", Kind.CHOICE, Phase.VOORSTELLEN, "direction.scope"),
    MOGELIJKHEDEN("mogelijkheden", Kind.TEXT, Phase.VOORSTELLEN, "possibilities"),
    BELEMMERINGEN("belemmeringen", Kind.TEXT, Phase.VOORSTELLEN, "obstacles"),
    DOEL_BESCHRIJVING("doel.beschrijving", Kind.TEXT, Phase.AFSPRAKEN, "goals[].description"),
    DOEL_MAATSTAF("doel.maatstaf", Kind.TEXT, Phase.AFSPRAKEN, "goals[].measure"),
    DOEL_DEADLINE("doel.deadline", Kind.DATE, Phase.AFSPRAKEN, "goals[].deadline"),
    DOEL_ACTIES("doel.acties", Kind.ACTIONS, Phase.AFSPRAKEN, "goals[].actions"),
    DOEL_PLAATS("doel.plaats", Kind.TEXT, Phase.AFSPRAKEN, "goals[].place"),
    DOEL_MIDDELEN("doel.middelen", Kind.RESOURCES, Phase.AFSPRAKEN, "goals[].resources"),
    DOEL_ONDERSTEUNING("doel.ondersteuning", Kind.TEXT, Phase.AFSPRAKEN, "goals[].support"),
    DOEL_EIGEN_INZET("doel.eigen_inzet", Kind.TEXT, Phase.AFSPRAKEN, "goals[].ownEffort"),
    DOEL_NOG_EEN("doel.nog_een", Kind.YES_NO, Phase.AFSPRAKEN, null),
    VOORTGANG("voortgang", Kind.DATES, Phase.AFSPRAKEN, "reviews"),
    OPEN_PUNTEN("open_punten", Kind.TEXT, Phase.AFSPRAKEN, "openPoints");

    /** How an answer to a question about this field is read. */
    public enum Kind {
        TEXT, LIST, CHOICE, DATE, DATES, ACTIONS, RESOURCES, YES_NO
    }

    private final String key;
    private final Kind kind;
    private final Phase phase;
    private final String popPath;

    PopField(String key, Kind kind, Phase phase, String popPath) {
        this.key = key;
        this.kind = kind;
        this.phase = phase;
        this.popPath = popPath;
    }

    public String key() {
        return key;
    }

    public Kind kind() {
        return kind;
    }

    public Phase phase() {
        return phase;
    }

    /** Where the answer lands in the POP JSON, with [] for the current goal or its actions. */
    public String popPath() {
        return popPath;
    }

    /** Whether the plan needs this answer: without it a goal, the direction or the follow-up is not complete. */
    public boolean mattersForThePlan() {
        return perGoal() && this != DOEL_NOG_EEN || this == RICHTING_DIEPTE || this == RICHTING_PLEK || this == VOORTGANG;
    }

    public boolean perGoal() {
        return key.startsWith("doel.");
    }

    public static Optional<PopField> of(String key) {
        return Arrays.stream(values()).filter(field -> field.key.equals(key)).findFirst();
    }
}
