package nl.koers.dutch;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import nl.koers.pop.Pop;

/**
 * Short Dutch answers read for what they say: a list of items, a direction (verdiepen or verbreden, within the role
 * or elsewhere), a goal without its "ik wil graag", or "niets". Each reads in one pass over the answer.
 */
public final class DutchPhrases {

    /** Word edges as look-arounds, not {@code \b}, which walks back over a run of combining marks from every position. */
    private static final String WORD_START = "(?<![\\p{L}\\p{N}_])";
    private static final String WORD_END = "(?![\\p{L}\\p{N}_])";
    private static final Pattern BOTH_WAYS = Pattern.compile(WORD_START + "(?:allebei|beide|beiden|combinatie|allebeide)"
            + WORD_END);
    /** Deepening in other words: further into the trade, becoming the specialist or the expert. */
    private static final Pattern DEEPER = Pattern.compile(WORD_START + "(?:dieper|specialist|specialiseren|expert"
            + "|vakspecialist|vakman|vakvrouw|beter worden in (?:mijn|m'n|het) (?:vak|werk)|meer diepgang"
            + "|echt goed worden in|uitblinken in)" + WORD_END);
    /** Broadening in other words: other work, more of the company, new tasks beside the present ones. */
    private static final Pattern BROADER = Pattern.compile(WORD_START + "(?:breed|breedte|verbreding|meer van het bedrijf"
            + "|andere taken erbij|nieuwe taken erbij|iets anders erbij|er iets bij|meer afwisseling|allround"
            + "|generalist|over de grenzen|andere afdelingen? leren kennen)" + WORD_END);

    private static final Pattern UNDECIDED = Pattern.compile(WORD_START + "(?:weet (?:ik )?(?:het )?(?:nog )?niet|nog open"
            + "|geen idee|allebei|beide|maakt (?:me )?niet uit)" + WORD_END);
    private static final Pattern ELSEWHERE = Pattern.compile(WORD_START + "(?:andere|ander|elders|nieuwe (?:rol|functie)"
            + "|(?:overstap|doorgroei|promotie)[\\p{L}\\p{N}_]*+|afdeling|(?:teamleider|leidinggevende|manager|coördinator"
            + "|coordinator|chef|voorman|ploegleider|afdelingshoofd|hoofd|supervisor|teamlead)\\s++worden)" + WORD_END);
    private static final Pattern WITHIN = Pattern.compile(WORD_START + "(?:binnen|huidige|mijn (?:eigen )?(?:functie|rol|werk)"
            + "|deze (?:functie|rol)|blijven|hier)" + WORD_END);
    /** Words that start a clause after "en": a subject, or a verb whose subject "ik" is left out ("en hou van …"). */
    private static final Set<String> CLAUSE_STARTS = Set.of("ik", "je", "jij", "u", "we", "wij",
            "ze", "zij", "hij", "men", "mijn", "ben", "kan", "heb", "hou", "houd", "weet", "ken", "spreek", "werk",
            "doe", "ga", "leer", "vind", "zie", "help", "maak", "leg", "zorg", "blijf", "regel", "lees", "schrijf",
            "rijd", "reken", "luister", "hoor", "sta", "geef", "denk", "kijk", "neem");
    /** Words that may stand before the verb of a new clause: "en goed kan uitleggen", "en ook ben ik …". */
    private static final Set<String> ADVERBS = Set.of("goed", "ook", "heel", "erg", "best", "echt", "snel", "makkelijk",
            "graag", "altijd", "vaak", "daarnaast", "verder");
    /** Verbs that do not end in "-en": "omgaan", "klaarstaan". */
    private static final List<String> SHORT_VERB_ENDINGS = List.of("gaan", "staan", "slaan");

    /** The line ends that {@code .} does not match. */
    private static final Pattern LINE_END = Pattern.compile("[\\n\\r\\u0085\\u2028\\u2029]");
    /** Closing points and exclamation marks; a run is tried once, from its start, not from every mark in it. */
    private static final Pattern CLOSING = Pattern.compile("(?<![.!])[.!]++$");

    private DutchPhrases() {
    }

    /** Verdiepen, verbreden or both, when the answer says so. */
    public static Optional<Pop.Depth> depth(String text) {
        String answer = DutchText.lowerCase(text);
        boolean deepen = answer.contains("verdiep") || mentions(DEEPER, answer);
        boolean broaden = answer.contains("verbre") || answer.contains("breder") || mentions(BROADER, answer);
        if ((deepen && broaden) || mentions(BOTH_WAYS, answer)) {
            return Optional.of(Pop.Depth.BEIDE);
        }
        if (deepen) {
            return Optional.of(Pop.Depth.VERDIEPEN);
        }
        return broaden ? Optional.of(Pop.Depth.VERBREDEN) : Optional.empty();
    }

    /** Within the role, elsewhere, or still open, when the answer says so. */
    public static Optional<Pop.Scope> scope(String text) {
        String answer = DutchText.lowerCase(text);
        if (mentions(UNDECIDED, answer)) {
            return Optional.of(Pop.Scope.OPEN);
        }
        if (mentions(ELSEWHERE, answer)) {
            return Optional.of(Pop.Scope.ANDERE_FUNCTIE);
        }
        if (mentions(WITHIN, answer)) {
            return Optional.of(Pop.Scope.BINNEN_FUNCTIE);
        }
        return Optional.empty();
    }

    /**
     * Whether a one-line answer has the words. These were patterns {@code .*\b(…)\b.*} over the whole answer: they
     * never matched an answer of several lines ({@code .} stops at a line end), which this keeps; but they ran to the
     * end of the answer again from every place the words stood, and their {@code \b} walked back over combining marks
     * from every position, both quadratic in a long answer.
     */
    private static boolean mentions(Pattern words, String answer) {
        return !LINE_END.matcher(answer).find() && words.matcher(answer).find();
    }

    /**
     * The talents in an answer, in whatever shape it is typed: lines, bullets, numbers, sentences, semicolons,
     * commas, "en", "daarnaast". An "en" separates two talents when what follows it is a clause of its own ("… en ik
     * ben stressbestendig"), closes an enumeration ("Word, Outlook en Excel"), is one word ("geduldig en precies"), or
     * when the talent before ends in a verb and is one word or the one after ends in a verb too ("plannen en klanten
     * helpen", "klanten helpen en offertes maken"). It does not when what follows is shared ("heftruck en reachtruck
     * rijden", "ik ken Exact en AFAS goed"). Who said it, "denk ik", filler words and "geen idee" are no talent:
     * "geen idee eigenlijk" has none.
     */
    public static List<String> items(String text) {
        List<String> items = new ArrayList<>();
        Talent current = null;
        for (ListParts.Part part : ListParts.of(text)) {
            if (current != null && part.joint() == ListParts.Joint.AND && !separateTalents(current, part)) {
                current = current.joined(part);
            } else {
                addTalent(items, text, current);
                current = new Talent(part.start(), part.end(), part.words().size(), part.words().getLast());
            }
        }
        addTalent(items, text, current);
        return items;
    }

    /** The talent so far, as its place in the answer, how many words it has and its last word. */
    private record Talent(int start, int end, int size, String last) {

        Talent joined(ListParts.Part part) {
            return new Talent(start, part.end(), size + part.words().size(), part.words().getLast());
        }
    }

    private static boolean separateTalents(Talent before, ListParts.Part after) {
        List<String> words = after.words();
        if (CLAUSE_STARTS.contains(words.getFirst()) || after.closesEnumeration() || words.size() == 1) {
            return true;
        }
        if (words.size() > 2 && ADVERBS.contains(words.getFirst()) && CLAUSE_STARTS.contains(words.get(1))) {
            return true; // "… en goed kan samenvatten", "en ook heb ik …"
        }
        return endsLikeVerb(before.last()) && (before.size() == 1 || endsLikeVerb(words.getLast()));
    }

    /** "plannen", "omgaan": an infinitive, or a plural noun, which in a list is taken as an activity. */
    static boolean endsLikeVerb(String word) {
        return word.length() >= 4 && word.endsWith("en") || SHORT_VERB_ENDINGS.stream().anyMatch(word::endsWith);
    }

    private static void addTalent(List<String> items, String text, @Nullable Talent talent) {
        if (talent != null) {
            String item = Asides.talent(text.substring(talent.start(), talent.end()));
            if (!item.isEmpty()) {
                items.add(item);
            }
        }
    }

    /** "Ik wil graag zelfstandig inkopen." becomes "Zelfstandig inkopen", which reads well in later questions. */
    public static String goalDescription(String text) {
        int named = DutchText.lowerCase(text).lastIndexOf("mijn doel:"); // "… maar goed. Mijn doel: …"
        if (named >= 0 && named + 10 < text.strip().length()) {
            text = text.substring(named + "mijn doel:".length());
        }
        String goal = CLOSING.matcher(text.strip().replaceFirst("(?i)^(ik\\s+(wil|zou)\\s+(graag\\s+)?(ook\\s+)?|mijn doel is"
                + "\\s+(om\\s+)?|ook\\s+)", "")).replaceAll("").strip();
        if (goal.isEmpty()) {
            return text.strip();
        }
        return Character.toUpperCase(goal.charAt(0)) + goal.substring(1);
    }

    /** "Ok. Nou, …", "Tja, …", "Oke. …": words before an answer that the POP can do without. */
    private static final Pattern LEADING_FILLER = Pattern.compile("^(?:(?:ok|oke|oké|okay|nou|tja|eh|uhm|hmm|goh|pff"
            + "|nja)[.,!:]?\\s++)++", Pattern.CASE_INSENSITIVE);

    /** The answer without the interjections it starts with; the answer itself when that would leave nothing. */
    public static String withoutFiller(String text) {
        String tidy = LEADING_FILLER.matcher(text.strip()).replaceFirst("");
        return tidy.isBlank() ? text.strip() : tidy;
    }

    /** "Niets", "geen", "nvt" and the like. */
    public static boolean isNothing(String text) {
        return DutchText.lowerCase(text.strip()).matches("(niets|niks|geen|nee|nvt|n\\.v\\.t\\.|niets nodig|niks nodig"
                + "|geen kosten|geen budget|geen idee|nee hoor|nee, niets|nog niet|niets bijzonders|nee,? dank je(wel)?"
                + "|nee,? bedankt|nee,? dank u|nee,? dat was het|dat was het|nee,? verder niet|verder niet|niets meer"
                + "|nee,? niets meer|geen vragen|nee,? geen|niet dat ik weet)[.!]?");
    }
}
