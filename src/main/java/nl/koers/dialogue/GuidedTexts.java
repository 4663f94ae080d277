package nl.koers.dialogue;

import java.util.List;
import java.util.Map;

/** The fixed sentences of the guided dialogue (teksten.yml), with {placeholders} filled in. */
public record GuidedTexts(Map<String, String> texts, List<String> fundingHints) {

    /**
     * Every key teksten.yml must have, with the placeholders its text may use.
     */
    static final Map<String, List<String>> REQUIRED = Map.ofEntries(
            Map.entry("welkom.VOORBEREIDING", List.of("medewerker", "leidinggevende")),
            Map.entry("welkom.GESPREK", List.of("medewerker", "leidinggevende")),
            Map.entry("welkom.LEIDER", List.of("medewerker", "leidinggevende")),
            Map.entry("welkom.VRAAG", List.of("medewerker")),
            Map.entry("help", List.of()), Map.entry("uitleg", List.of()), Map.entry("uitleg_leervorm", List.of()),
            Map.entry("uitleg_smart", List.of()), Map.entry("uitleg_doorvraag", List.of()),
            Map.entry("uitleg_samenvatting", List.of()), Map.entry("samenvatting.intro", List.of("medewerker",
                    "leidinggevende")), Map.entry("samenvatting.rol", List.of()), Map.entry("samenvatting.energie", List.of()),
            Map.entry("samenvatting.talenten", List.of()), Map.entry("samenvatting.kort", List.of()),
            Map.entry("samenvatting.lang", List.of()), Map.entry("samenvatting.wensen", List.of()),
            Map.entry("samenvatting.richting", List.of()), Map.entry("samenvatting.organisatie", List.of()),
            Map.entry("samenvatting.mogelijkheden", List.of()), Map.entry("samenvatting.belemmeringen", List.of()), Map.entry("samenvatting.vraag", List.of()),
            Map.entry("samenvatting.nee", List.of()), Map.entry("samenvatting.aanvulling", List.of()),
            Map.entry("samenvatting.open_punt", List.of("tekst")), Map.entry("herinnering.beide", List.of("talenten",
                    "ambitie")), Map.entry("herinnering.talenten", List.of("talenten")),
            Map.entry("herinnering.ambitie", List.of("ambitie")), Map.entry("weet_niet.eerst", List.of()),
            Map.entry("weet_niet.verder", List.of()), Map.entry("weet_niet.open", List.of()),
            Map.entry("weet_niet.open_punt", List.of("vraag")), Map.entry("weet_niet.maatstaf", List.of("doel")),
            Map.entry("weet_niet.open_punt_doel", List.of("vraag", "doel")),
            Map.entry("weet_niet.deadline", List.of("doel")), Map.entry("vraag.kort", List.of("antwoord")),
            Map.entry("vraag.daarna", List.of()), Map.entry("terug", List.of()), Map.entry("terug_begin", List.of()),
            Map.entry("overslaan", List.of()), Map.entry("volgende_fase", List.of()), Map.entry("stop", List.of()),
            Map.entry("verduidelijk.datum", List.of()), Map.entry("verduidelijk.datums", List.of()),
            Map.entry("verduidelijk.middelen", List.of()), Map.entry("verduidelijk.keuze", List.of("opties")),
            Map.entry("verduidelijk.janee", List.of()), Map.entry("verduidelijk.leervorm", List.of("actie")),
            Map.entry("bewaard", List.of("tekst")),
            Map.entry("genoteerd.datum", List.of("datum")), Map.entry("genoteerd.datums", List.of("datums")),
            Map.entry("genoteerd.acties", List.of("acties")), Map.entry("genoteerd.middelen", List.of("middelen")),
            Map.entry("smart.maatstaf", List.of("doel")), Map.entry("smart.deadline", List.of("doel")),
            Map.entry("smart.beide", List.of("doel")), Map.entry("hint_70_20_10", List.of()),
            Map.entry("extra_actie.vraag", List.of()), Map.entry("extra_actie.welke", List.of()),
            Map.entry("tip", List.of("tip")), Map.entry("afgerond", List.of("doelen", "acties")),
            Map.entry("afgerond_aandacht", List.of()),
            Map.entry("afgerond_leider", List.of("doelen", "acties", "medewerker", "leidinggevende")), Map.entry("afgerond_volgende", List.of()),
            Map.entry("na_afronding", List.of()), Map.entry("vraag.meer", List.of()),
            Map.entry("vraag.stand", List.of("datum", "pagina")), Map.entry("vraag.stand_jaar", List.of("jaar", "datum", "pagina")), Map.entry("vraag.geen", List.of()), Map.entry("vraag.geen_hr", List.of()),
            Map.entry("vraag.geld", List.of()), Map.entry("melding.terugval", List.of()),
            Map.entry("melding.bezig", List.of()), Map.entry("melding.tegoed", List.of("aantal")),
            Map.entry("melding.te_veel", List.of()),
            Map.entry("voorbereiding.gedeeld", List.of("medewerker", "leidinggevende", "datum")),
            Map.entry("voorbereiding.agenda", List.of("medewerker", "leidinggevende")),
            Map.entry("voorbereiding.agenda_leider", List.of("medewerker", "leidinggevende")),
            Map.entry("voorbereiding.onderwerp", List.of()),
            Map.entry("voorbereiding.naast_elkaar", List.of("aantal")),
            Map.entry("bevestig.vraag", List.of("medewerker", "leidinggevende", "onderwerp", "waarde", "doel")),
            Map.entry("bevestig.doel_nog_een", List.of("medewerker", "leidinggevende", "doel")),
            Map.entry("bevestig.klopt", List.of()), Map.entry("bevestig.nee", List.of("onderwerp")),
            Map.entry("bevestig.alles", List.of("medewerker", "leidinggevende")),
            Map.entry("bevestig.doel_niet_opgenomen", List.of("doel")),
            Map.entry("onderwerp.doel", List.of("nummer")),
            Map.entry("voortgang.welkom", List.of("medewerker", "leidinggevende", "datum", "aantal")),
            Map.entry("voortgang.geen_doelen", List.of()),
            Map.entry("voortgang.doel", List.of("nummer", "aantal", "doel", "deadline")),
            Map.entry("voortgang.deadline", List.of("datum")), Map.entry("voortgang.status", List.of()),
            Map.entry("voortgang.status_uitleg", List.of()), Map.entry("voortgang.goed", List.of()),
            Map.entry("voortgang.goed_afgerond", List.of()), Map.entry("voortgang.obstakels", List.of()),
            Map.entry("voortgang.obstakels_gestopt", List.of()), Map.entry("voortgang.volgende_stap", List.of()),
            Map.entry("voortgang.deadline_vraag", List.of("doel")),
            Map.entry("voortgang.deadline_verlopen", List.of("doel", "datum")),
            Map.entry("voortgang.datum_onbekend", List.of()), Map.entry("voortgang.al_klaar", List.of()),
            Map.entry("voortgang.datum_voorbij", List.of("datum")),
            Map.entry("voortgang.genoteerd", List.of("doel", "status")),
            Map.entry("voortgang.nieuwe_deadline", List.of("datum", "was")), Map.entry("voortgang.slot", List.of()),
            Map.entry("voortgang.volgend", List.of("datum")), Map.entry("voortgang.geen_volgend", List.of()),
            Map.entry("voortgang.gestopt_halverwege", List.of()), Map.entry("voortgang.na_afronding", List.of()),
            Map.entry("voortgang.help", List.of()),
            Map.entry("onderwerp.rol", List.of()), Map.entry("onderwerp.energie", List.of()),
            Map.entry("onderwerp.talenten", List.of()), Map.entry("onderwerp.ambitie.kort", List.of()),
            Map.entry("onderwerp.ambitie.lang", List.of()), Map.entry("onderwerp.wensen", List.of()),
            Map.entry("onderwerp.organisatie", List.of()), Map.entry("onderwerp.richting.diepte", List.of()),
            Map.entry("onderwerp.richting.plek", List.of()), Map.entry("onderwerp.mogelijkheden", List.of()),
            Map.entry("onderwerp.belemmeringen", List.of()), Map.entry("onderwerp.doel.beschrijving", List.of()),
            Map.entry("onderwerp.doel.maatstaf", List.of()), Map.entry("onderwerp.doel.deadline", List.of()),
            Map.entry("onderwerp.doel.acties", List.of()), Map.entry("onderwerp.doel.plaats", List.of()),
            Map.entry("onderwerp.doel.middelen", List.of()), Map.entry("onderwerp.doel.ondersteuning", List.of()),
            Map.entry("onderwerp.doel.eigen_inzet", List.of()), Map.entry("onderwerp.voortgang", List.of()),
            Map.entry("onderwerp.open_punten", List.of()));

    public String text(String key, Map<String, String> values) {
        String template = texts.get(key);
        if (template == null) {
            throw new IllegalArgumentException("no text " + key);
        }
        return fill(template, values);
    }

    public String text(String key) {
        return text(key, Map.of());
    }

    static String fill(String template, Map<String, String> values) {
        return Placeholders.fill(template, values);
    }
}
