package nl.koers.funding;

import java.util.Map;
import java.util.Set;

/**
 * The schemes the funding advice knows, in the order it lists them when they fit equally well. Their facts and
 * sentences are in {@code prompts/financiering/regelingen.yml}; here is only what the rules need from that file: the
 * facts each scheme must have, and per situation the values of the action its sentences may use.
 */
public enum Scheme {

    /** The werkkostenregeling's gerichte vrijstelling: training the employer pays for is free of wage tax. */
    WERKKOSTENREGELING(Set.of(), Map.of("vergoeden", Set.of("bedrag"), "zonder-bedrag", Set.of(),
            "geen-kosten", Set.of())),

    /** The sector's O&O-fonds (opleidings- en ontwikkelingsfonds), set up through the cao. */
    OO_FONDS(Set.of(), Map.of("fonds-bekend", Set.of("sector", "fonds"), "fonds-in-cao", Set.of("sector"),
            "sector-zonder-bekend-fonds", Set.of("sector"), "sector-onbekend", Set.of(), "geen-kosten", Set.of())),

    /** SLIM's separate chapter (2025–2027) that pays training on a recognised sectoral Ontwikkelpad. */
    SLIM_SCHOLING(Set.of("einde"), Map.of("pad-sector", Set.of("sector"), "andere-sector", Set.of("sector"),
            "sector-onbekend", Set.of(), "geen-opleiding", Set.of(), "geen-kosten", Set.of(), "vervallen", Set.of())),

    /** The Subsidieregeling praktijkleren (bbl) and its counterpart for the derde leerweg: per learning place. */
    PRAKTIJKLEREN(Set.of("maximum"), Map.of("leerplaats", Set.of(), "geen-leerplaats", Set.of())),

    /** The SLIM-regeling's own activities for the mkb: a company scan, career or development advice, a method. */
    SLIM(Set.of("mkb-grens", "klein-grens", "percentage", "percentage-klein-oud", "minimum", "maximum"),
            Map.of("geen-cursusgeld", Set.of(), "te-groot", Set.of("werknemers"), "te-klein", Set.of("bedrag"),
                    "past", Set.of("bedrag", "schatting"), "past-klein", Set.of("bedrag", "schatting"),
                    "zonder-bedrag", Set.of(), "geen-kosten", Set.of())),

    /** Not a subsidy: the rule on paying training costs back (studiekostenbeding, article 7:611a BW). */
    STUDIEKOSTENBEDING(Set.of(), Map.of("verplicht", Set.of(), "beding", Set.of(), "geen-kosten", Set.of()));

    private final Set<String> facts;
    private final Map<String, Set<String>> texts;

    Scheme(Set<String> facts, Map<String, Set<String>> texts) {
        this.facts = facts;
        this.texts = texts;
    }

    /** The facts the file must give for this scheme. */
    Set<String> facts() {
        return facts;
    }

    /** Per situation, the values of the action its sentences may use besides the scheme's facts. */
    Map<String, Set<String>> texts() {
        return texts;
    }
}
