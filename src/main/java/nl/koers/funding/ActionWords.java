package nl.koers.funding;

import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.regex.Pattern;

import nl.koers.dutch.PlainWords;

/**
 * What the words of an action or a question say about paying for it. Words are compared in lower case without
 * accents, and also inside Dutch compounds where that is safe: "opleidingskosten" is money and a course, "cursusgeld"
 * money, but "geldig" is not.
 *
 * @param course       a course, training, study or exam: "cursus", "opleiding", "e-learning", "bijscholing"
 * @param vocational   a place in the bbl or the derde leerweg: "bbl", "mbo", "leerbaan", "derde leerweg", or
 *                     "diploma" without a sign of higher education ("hbo-diploma" is not)
 * @param slimActivity one of SLIM's own activities: "loopbaanadvies", "ontwikkeladvies", "bedrijfsscan",
 *                     "opleidingsplan", "leercultuur", "bedrijfsacademie"
 * @param mandatory    training the function, the law or the cao requires: "verplicht", "VCA", "BHV",
 *                     "herregistratie", "nodig voor mijn functie"
 * @param money        money is asked about: "subsidie", "vergoeding", "betalen", "wat kost", "€", "werkkostenregeling"
 * @param learning     learning is the subject: the kinds above, or "leren", "leertraject", "ontwikkeling", "coach",
 *                     "O&O"
 * @param repayment    paying training costs back is asked about: "terugbetalen", "terugvragen", "studiekostenbeding"
 */
record ActionWords(boolean course, boolean vocational, boolean slimActivity, boolean mandatory, boolean money,
        boolean learning, boolean repayment) {

    private static final List<String> COURSE = List.of("cursus", "opleiding", "training", "scholing", "studie",
            "examen", "certifica", "diploma", "workshop", "congres", "learning", "masterclass", "leergang");
    private static final Set<String> COURSE_WORDS = Set.of("bbl", "mbo", "hbo", "vca", "bhv");
    private static final Set<String> VOCATIONAL_WORDS = Set.of("bbl", "mbo");
    private static final List<String> VOCATIONAL = List.of("leerbaan", "leerbanen", "leerwerkbaan", "leerwerkplek",
            "leerbedrijf", "praktijkleren", "praktijkplaats", "praktijkleerplaats", "beroepsbegeleidend");
    private static final Set<String> HIGHER = Set.of("hbo", "wo", "bachelor", "master", "universiteit", "hogeschool",
            "associate", "ad", "mba", "post", "postdoc");
    private static final List<String> SLIM = List.of("loopbaanadvie", "loopbaancoach", "loopbaanbegeleiding",
            "ontwikkeladvie", "bedrijfsscan", "doorlichting", "opleidingsplan", "scholingsplan", "opleidingsbehoefte",
            "leercultuur", "leermethode", "bedrijfsacademie");
    private static final List<String> MANDATORY = List.of("verplicht", "wettelijk", "herregistratie",
            "beroepsregist", "veiligheidstraining", "veiligheidscursus");
    private static final Set<String> MANDATORY_WORDS = Set.of("vca", "bhv");
    /** Words that take "verplicht" back: "niet verplicht", "geen verplichte cursus", "zonder verplichting". */
    private static final Set<String> NOT = Set.of("niet", "geen", "zonder");
    private static final Pattern NEEDED_FOR_JOB = Pattern.compile(" nodig (?:is |zijn )?(?:voor|in) (?:mijn |de |je "
            + "|zijn |haar |het |ons )?(?:huidige )?(?:functie|werk|baan|vak) | (?:functie|werk|baan) (?:vereist|vraagt"
            + "|eist) ");
    private static final List<String> MONEY = List.of("subsidie", "vergoed", "betal", "betaal", "financier", "budget",
            "fonds", "werkkostenregeling", "belastingvrij", "studiekostenbeding", "terugbeta");
    private static final Set<String> MONEY_WORDS = Set.of("wkr", "geld", "euro", "euros", "prijs", "gratis",
            "slimregeling");
    private static final List<String> MONEY_ENDINGS = List.of("kosten", "geld", "prijs");
    /** "Wat kost een cursus?" asks about money; "hoeveel tijd kost een cursus?" and "kost veel tijd" do not. */
    private static final Set<String> COSTS = Set.of("kost", "kosten", "kostte");
    private static final Set<String> TIME = Set.of("tijd", "uur", "uren", "dagen", "weken", "moeite", "energie");
    private static final List<String> LEARNING = List.of("ontwikkel", "coach", "mentor", "loopbaan", "leerweg");
    private static final List<String> REPAYMENT = List.of("terugbeta", "terugvra", "terugvord", "terugeis",
            "studiekostenbeding", "studieovereenkomst", "terug betalen", "terug te betalen", "terug vragen");
    private static final Set<String> LEARNING_WORDS = Set.of("leren", "bijleren", "aanleren", "omleren",
            "praktijkleren", "samenleren");

    static ActionWords of(String text) {
        List<String> words = words(text);
        String joined = " " + String.join(" ", words) + " ";
        boolean higher = words.stream().anyMatch(HIGHER::contains);
        boolean vocational = words.stream().anyMatch(word -> VOCATIONAL_WORDS.contains(word)
                || containsAny(word, VOCATIONAL) || !higher && word.contains("diploma"))
                || joined.contains(" derde leerweg ");
        boolean course = words.stream().anyMatch(word -> COURSE_WORDS.contains(word) || containsAny(word, COURSE));
        boolean slimActivity = words.stream().anyMatch(word -> containsAny(word, SLIM));
        boolean mandatory = words.stream().noneMatch(word -> word.startsWith("vrijwillig"))
                && (NEEDED_FOR_JOB.matcher(joined).find()
                        || IntStream.range(0, words.size()).anyMatch(at -> mandatoryAt(words, at)));
        boolean scheme = text.contains("SLIM") || text.toLowerCase(SchemeBook.DUTCH).contains("o&o");
        boolean costs = IntStream.range(0, words.size()).anyMatch(at -> costsMoneyAt(words, at));
        boolean money = scheme || costs || text.contains("€") || joined.contains(" eigen bijdrage ")
                || words.stream().anyMatch(word -> MONEY_WORDS.contains(word) || containsAny(word, MONEY)
                        || endsWithAny(word, MONEY_ENDINGS));
        boolean learning = scheme || course || vocational || slimActivity || words.stream().anyMatch(word ->
                LEARNING_WORDS.contains(word) || word.startsWith("leer") && word.length() > 4
                        || containsAny(word, LEARNING));
        boolean repayment = REPAYMENT.stream().anyMatch(joined::contains);
        return new ActionWords(course, vocational, slimActivity, mandatory, money || repayment, learning, repayment);
    }

    /** A word for required training at {@code at}, not taken back by "niet" or "geen" just before it. */
    private static boolean mandatoryAt(List<String> words, int at) {
        String word = words.get(at);
        if (!MANDATORY_WORDS.contains(word) && !containsAny(word, MANDATORY) || word.startsWith("onverplicht")) {
            return false;
        }
        return IntStream.rangeClosed(Math.max(0, at - 2), at - 1)
                .noneMatch(before -> NOT.contains(words.get(before)));
    }

    /** "kost" at {@code at} without a word for time just before it or in the two words after it. */
    private static boolean costsMoneyAt(List<String> words, int at) {
        return COSTS.contains(words.get(at)) && IntStream.rangeClosed(at - 1, at + 2)
                .filter(near -> near >= 0 && near < words.size() && near != at)
                .noneMatch(near -> TIME.contains(words.get(near)));
    }

    private static boolean containsAny(String word, List<String> stems) {
        return stems.stream().anyMatch(word::contains);
    }

    private static boolean endsWithAny(String word, List<String> endings) {
        return endings.stream().anyMatch(word::endsWith);
    }

    /** The runs of letters and digits in lower case, accents taken off: "BHV-cursus" is "bhv" and "cursus". */
    static List<String> words(String text) {
        return PlainWords.of(text);
    }
}
