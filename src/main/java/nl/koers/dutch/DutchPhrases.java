package nl.koers.dutch;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

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
    private static final Pattern BROADER = Pattern.compile(WORD_START + "(?:breed|verbreding|meer van het bedrijf"
            + "|andere taken erbij|nieuwe taken erbij|iets anders erbij|er iets bij|meer afwisseling|allround"
            + "|generalist|over de grenzen|andere afdelingen? leren kennen)" + WORD_END);

    private static final Pattern UNDECIDED = Pattern.compile(WORD_START + "(?:weet (?:ik )?(?:het )?(?:nog )?niet|nog open"
            + "|geen idee|allebei|beide|maakt (?:me )?niet uit)" + WORD_END);
    private static final Pattern ELSEWHERE = Pattern.compile(WORD_START + "(?:andere|ander|elders|nieuwe (?:rol|functie)"
            + "|(?:overstap|doorgroei)[\\p{L}\\p{N}_]*+|afdeling)" + WORD_END);
    private static final Pattern WITHIN = Pattern.compile(WORD_START + "(?:binnen|huidige|mijn (?:eigen )?(?:functie|rol|werk)"
            + "|deze (?:functie|rol)|blijven|hier)" + WORD_END);
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
     * "plannen, klanten helpen en Excel" as three items: split at commas, semicolons, line breaks and " en ", as the
     * pattern {@code \s*(?:,|;|\n|\s+en\s+)\s*} split them, but in one pass. That pattern tried {@code \s*} and then
     * {@code \s+} over a run of spaces from every position in it: 117 seconds for one talent followed by 4,000 spaces.
     */
    public static List<String> items(String text) {
        List<String> items = new ArrayList<>();
        int start = 0;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == ',' || c == ';') {
                addItem(items, text, start, i);
                i = afterSpaces(text, i + 1);
                start = i;
            } else if (isSpace(c)) {
                int end = afterSpaces(text, i);
                if (end < text.length() && (text.charAt(end) == ',' || text.charAt(end) == ';')) {
                    i = end;
                    continue;
                }
                // the order in which the pattern tried its alternatives: a line break just before the next word first,
                // then " en ", then a line break anywhere in the spaces
                boolean en = text.startsWith("en", end) && end + 2 < text.length() && isSpace(text.charAt(end + 2));
                if (text.charAt(end - 1) == '\n' || (!en && text.substring(i, end).indexOf('\n') >= 0)) {
                    addItem(items, text, start, i);
                    start = end;
                } else if (en) {
                    addItem(items, text, start, i);
                    start = afterSpaces(text, end + 2);
                    end = start;
                }
                i = end;
            } else {
                i++;
            }
        }
        addItem(items, text, start, text.length());
        return items;
    }

    private static void addItem(List<String> items, String text, int start, int end) {
        String item = text.substring(start, end).strip();
        if (!item.isEmpty()) {
            items.add(item);
        }
    }

    private static int afterSpaces(String text, int from) {
        int at = from;
        while (at < text.length() && isSpace(text.charAt(at))) {
            at++;
        }
        return at;
    }

    /** The regex {@code \s}: ASCII spaces, tabs and line breaks. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** "Ik wil graag zelfstandig inkopen." becomes "Zelfstandig inkopen", which reads well in later questions. */
    public static String goalDescription(String text) {
        String goal = CLOSING.matcher(text.strip().replaceFirst("(?i)^(ik\\s+(wil|zou)\\s+(graag\\s+)?(ook\\s+)?|mijn doel is"
                + "\\s+(om\\s+)?)", "")).replaceAll("").strip();
        if (goal.isEmpty()) {
            return text.strip();
        }
        return Character.toUpperCase(goal.charAt(0)) + goal.substring(1);
    }

    /** "Niets", "geen", "nvt" and the like. */
    public static boolean isNothing(String text) {
        return DutchText.lowerCase(text.strip()).matches("(niets|niks|geen|nee|nvt|n\\.v\\.t\\.|niets nodig|niks nodig"
                + "|geen kosten|geen budget|geen idee|nee hoor|nee, niets|nog niet|niets bijzonders)[.!]?");
    }
}
