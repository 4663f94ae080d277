package nl.koers.dutch;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Messages that are not an answer to the open question: a question back to Koers ("wat is SLIM eigenlijk?"), a
 * request to explain the question ("?", "wat bedoel je?"), and not knowing ("geen idee", "weet ik niet", "-").
 * Storing any of these as the answer was the worst thing the guided conversation did: the POP then says "wat is een
 * POP eigenlijk?" where the wishes belong.
 */
public final class NonAnswers {

    /** Longer messages carry content, whatever words they start with. */
    private static final int SHORT = 80;

    /** The words a Dutch question starts with: question words, and the verbs that open a yes/no question. */
    private static final Set<String> QUESTION_START = Set.of("wat", "wie", "welke", "welk", "waarom", "hoe", "hoeveel",
            "hoelang", "waar", "waarvoor", "waarmee", "wanneer", "kan", "kun", "kunnen", "kunt", "mag", "mogen", "moet",
            "moeten", "is", "zijn", "heb", "hebben", "heeft", "hebt", "krijg", "krijgen", "krijgt", "bestaat", "bestaan",
            "geldt", "gelden", "werkt", "betaalt", "betaal", "valt", "vallen", "wordt", "worden", "zou", "zouden", "zal",
            "zullen", "doe", "doet", "doen", "telt", "tellen", "weet", "weten", "ken", "ken je", "klopt", "hoort",
            "bedoel", "bedoelt", "vergoedt", "vergoeden", "staat", "gaat", "gaan", "geeft", "heet", "betekent");

    /** Asking what the question means, without a topic of its own. */
    private static final Pattern EXPLAIN = Pattern.compile("(?:huh|hè|he|pardon|sorry|wablief|watte?"
            + "|(?:hoe|wat) bedoel (?:je|jij|u)(?: (?:daar)?mee| precies| eigenlijk)?|hoe bedoelt u"
            + "|wat (?:wordt|word) (?:hier |daar |daarmee |er )?(?:mee )?bedoeld"
            + "|(?:ik )?(?:snap|begrijp) (?:de vraag|het|je|deze vraag|dat) niet"
            + "|wat (?:moet|kan) ik (?:hier |daar )?(?:mee|invullen|zeggen|antwoorden)"
            + "|wat is de vraag|welke vraag|uitleg graag|leg (?:eens )?uit)");

    /** Not knowing, or nothing at all: after the filler words are gone. */
    private static final Pattern NOT_KNOWING = Pattern.compile("(?:geen (?:flauw |enkel )?idee|weet (?:ik )?(?:het )?"
            + "(?:nog )?niet(?: zo)?(?: goed| precies| zeker)?|ik weet (?:het |dat )?(?:nog )?niet(?: zo)?(?: goed| precies)?|weet ik veel|geen flauw benul|idk|dunno"
            + "|geen antwoord|kan ik (?:nog )?niet zeggen|moeilijk te zeggen|lastig te zeggen|daar heb ik (?:nog )?"
            + "(?:niet|nooit) over nagedacht|nooit over nagedacht|ik heb geen idee|niet zeker|twijfel|tja|hmm+)");

    /** Words that change nothing about not knowing: "geen idee eigenlijk", "eerlijk gezegd weet ik het niet". */
    private static final Set<String> FILLERS = Set.of("eerlijk", "gezegd", "eigenlijk", "echt", "hoor", "nou", "nu",
            "even", "zo", "totaal", "helemaal", "uhm", "uh", "eh", "ehm", "euh", "tja", "sorry", "dus", "ook", "zeg",
            "maar", "precies", "hmm", "zomaar", "zo'n", "dat");

    private static final Pattern NOT_A_LETTER = Pattern.compile("[^\\p{L}\\p{N}' ]++");
    private static final Pattern SPACES = Pattern.compile("\\s++");

    private NonAnswers() {
    }

    /**
     * Whether the message is one question to Koers: it ends in a question mark and starts as a Dutch question does.
     * "Eind maart?" is a careful answer, not a question; "wat is SLIM eigenlijk?" is a question.
     */
    public static boolean isQuestion(String message) {
        String text = message.strip();
        if (text.length() < 4 || !text.endsWith("?") || isExplainRequest(text) || sentences(text) > 1) {
            return false;
        }
        String[] words = words(text.substring(text.lastIndexOf(':') + 1));
        int first = 0;
        while (first < words.length - 2 && LEADS_IN.contains(words[first])) { // "Maar is er subsidie?"
            first++;
        }
        return words.length - first >= 2 && QUESTION_START.contains(words[first]);
    }

    /** Words before a question that leave it a question: "maar", "en", "trouwens", "oh". */
    private static final Set<String> LEADS_IN = Set.of("maar", "en", "dus", "trouwens", "oh", "o", "nog", "ook", "ok",
            "oke", "nou", "dan");

    /**
     * A question at the end of an answer: "… een cursus WMS heb ik gehoord. Kan ik dat zelf betalen of is er subsidie?"
     * gives the last sentence, when what comes before it is an answer of its own.
     */
    public static Optional<String> trailingQuestion(String message) {
        String text = message.strip();
        if (!text.endsWith("?") || text.length() > 4_000) {
            return Optional.empty();
        }
        int start = lastSentenceStart(text);
        if (start <= 0) {
            return Optional.empty();
        }
        String question = text.substring(start).strip();
        return isQuestion(question) && text.substring(0, start).strip().length() >= 3 ? Optional.of(question)
                : Optional.empty();
    }

    /** The answer without the question at its end; the whole message when it has none. */
    public static String withoutTrailingQuestion(String message) {
        String text = message.strip();
        return trailingQuestion(text).map(question -> text.substring(0, text.length() - question.length()).strip())
                .orElse(text);
    }

    /** Where the last sentence starts: after the last ". ", "! " or "? " before the end; 0 for one sentence. */
    private static int lastSentenceStart(String text) {
        for (int i = text.length() - 2; i > 0; i--) {
            char c = text.charAt(i);
            if ((c == '.' || c == '!' || c == '?') && Character.isWhitespace(text.charAt(i + 1))) {
                return i + 1;
            }
        }
        return 0;
    }

    /** "Wat bedoel je (precies) met X?", "wat is X eigenlijk?": X, in lower case, stem only for a verb-like word. */
    public static Optional<String> termAskedAbout(String message) {
        java.util.regex.Matcher asked = TERM.matcher(DutchText.lowerCase(message.strip()));
        if (!asked.matches()) {
            return Optional.empty();
        }
        String term = asked.group(1).strip();
        return term.length() < 3 ? Optional.empty() : Optional.of(term);
    }

    private static final Pattern TERM = Pattern.compile("(?:maar |en )?(?:wat|hoe) (?:bedoel je|bedoelt u|bedoel jij|is|zijn"
            + "|betekent)(?: precies| eigenlijk| dan)? (?:met )?(?:een |de |het )?([\\p{L}&'\\- ]{3,40}?)(?: precies"
            + "| eigenlijk| dan| hier)*+\\s*+\\?*+");

    /** "?", "??", "huh?", "wat bedoel je?": the person asks what the question means. */
    public static boolean isExplainRequest(String message) {
        String text = message.strip();
        if (text.isEmpty() || text.length() > SHORT) {
            return false;
        }
        if (text.chars().allMatch(c -> c == '?' || c == '¿' || c == '!' || Character.isWhitespace(c))) {
            return text.indexOf('?') >= 0 || text.indexOf('¿') >= 0;
        }
        return EXPLAIN.matcher(String.join(" ", words(text))).matches();
    }

    /**
     * "Geen idee", "weet ik niet", "-", "…": nothing the question asked for, and no question either. "Niets" and
     * "geen" are not here where they answer the question (no budget needed); the reader decides that per question.
     */
    public static boolean isNotKnowing(String message) {
        String text = message.strip();
        if (text.length() > SHORT) {
            return false;
        }
        if (text.isEmpty() || text.chars().allMatch(c -> c == '-' || c == '.' || c == '…' || c == '_' || c == '/'
                || c == 'x' || c == 'X' || c == '–' || c == '—' || Character.isWhitespace(c))) {
            return true;
        }
        String[] words = words(text);
        if (words.length == 0) {
            return true;
        }
        if (NOT_KNOWING.matcher(String.join(" ", words)).matches()) {
            return true;
        }
        String[] meaningful = Arrays.stream(words).filter(word -> !FILLERS.contains(word)).toArray(String[]::new);
        String core = String.join(" ", meaningful);
        return meaningful.length < words.length && NOT_KNOWING.matcher(core).matches();
    }

    private static int sentences(String text) {
        String body = text.substring(0, text.length() - 1);
        int count = 1;
        for (int i = 0; i + 1 < body.length(); i++) {
            char c = body.charAt(i);
            if ((c == '.' || c == '!' || c == '?') && Character.isWhitespace(body.charAt(i + 1))) {
                count++;
            }
        }
        return count;
    }

    /** The words, lower case, without punctuation. */
    private static String[] words(String text) {
        String plain = SPACES.matcher(NOT_A_LETTER.matcher(DutchText.fold(text)).replaceAll(" ")).replaceAll(" ").strip();
        return plain.isEmpty() ? new String[0] : plain.split(" ");
    }
}
