package nl.koers.dutch;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.koers.dutch.ListParts.Joint;
import nl.koers.dutch.ListParts.Part;

/**
 * Splits an answer that names several actions, in whatever shape it is typed: lines, bullets, numbers, sentences,
 * "eerst … daarna …", commas and "en". Lines, numbers and ordering words always separate. A sentence end, a comma or
 * "en" separates only two parts that are each an action, by a learning word or a verb of their own: "buddy zoeken,
 * webinar volgen" is two, but in "meelopen met Jan en Piet" or "een cursus Excel en Word" the part after "en" is
 * only a name or a thing, and joins the action before it.
 */
public final class ActionSplitter {

    /**
     * Words after which a word ending in "-en" is a noun, not a verb: "de klanten", "met collega's van andere
     * afdelingen", "nieuwe mensen".
     */
    private static final Set<String> BEFORE_NOUNS = Set.of("de", "het", "een", "mijn", "m'n", "jouw", "je", "zijn",
            "haar", "onze", "ons", "hun", "uw", "die", "deze", "dat", "dit", "alle", "elke", "ieder", "iedere", "veel",
            "weinig", "meer", "andere", "nieuwe", "oude", "ervaren", "twee", "drie", "vier", "vijf", "met", "van",
            "bij", "aan", "voor", "over", "in", "op", "naar", "uit", "door", "tot", "zonder", "tegen", "onder",
            "achter", "na", "per", "via", "tussen", "sommige", "enkele", "beide", "welke");
    /** The wish around an action, which the action itself does not need: "Ik wil graag …", "(ook) wil ik …". */
    private static final Pattern LEAD = Pattern.compile("^(?:(?:ik\\s++(?:wil|ga|zou|moet|kan)|(?:wil|ga|zou)\\s++ik)"
            + "(?:\\s++|$)(?:graag(?:\\s++|$))?(?:ook(?:\\s++|$))?(?:eerst(?:\\s++|$))?|graag\\s++|ook\\s++)",
            Pattern.CASE_INSENSITIVE);
    /** A verb before its subject, as after an ordering word that the action leaves off. */
    private static final Pattern INVERTED = Pattern.compile("(\\p{L}++)\\s++(ik|we|wij)((?:\\s.*)?)",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    /** Closing points and exclamation marks; a run is tried once, from its start, not from every mark in it. */
    private static final Pattern CLOSING = Pattern.compile("(?<![.!])[.!]++$");

    private ActionSplitter() {
    }

    /** The actions in the answer, each as the person wrote it, without "ik wil graag" and with a capital. */
    public static List<String> split(String answer, LearningForms forms) {
        List<String> actions = new ArrayList<>();
        int start = -1;
        int end = -1;
        boolean isAction = false;
        for (Part part : ListParts.of(answer)) {
            String text = part.in(answer);
            if (Asides.isAside(text)) {
                continue;
            }
            boolean partIsAction = !isLight(part) && (forms.namesActivity(text) || hasVerb(part) || hasSubject(part));
            boolean separates = switch (part.joint()) {
                case START, LINE, SEQUENCE -> true;
                case SENTENCE -> isAction && partIsAction || !part.words().isEmpty()
                        && ListParts.putsInOrder(part.words().getFirst());
                // "het contract voorbereiden en uitonderhandelen": a lone verb after "en" shares the object before it
                case COMMA, AND -> isAction && partIsAction && !(part.joint() == Joint.AND && part.words().size() == 1
                        && !forms.namesActivity(text));
            };
            if (start < 0 || separates) {
                add(actions, answer, start, end);
                start = part.start();
                isAction = partIsAction;
            } else {
                isAction |= partIsAction;
            }
            end = part.end();
        }
        add(actions, answer, start, end);
        return actions;
    }

    /** Words that make no action on their own: "gewoon doen, zelf de telling draaien" is one action. */
    private static final Set<String> LIGHT = Set.of("gewoon", "doen", "proberen", "beginnen", "starten", "gaan", "eerst",
            "maar", "dan", "even", "gewoonweg", "aan", "de", "slag");

    private static boolean isLight(Part part) {
        return !part.words().isEmpty() && part.words().size() <= 3 && LIGHT.containsAll(part.words());
    }

    /** "Daarna maak ik …", "we gaan …": a clause of its own, whatever form its verb has. */
    static boolean hasSubject(Part part) {
        return part.words().stream().anyMatch(word -> word.equals("ik") || word.equals("we") || word.equals("wij"));
    }

    /**
     * Whether a word of the part acts as a verb: it ends in "-en" (or "-gaan", "-staan"), no article, possessive or
     * preposition stands right before it, and it has no capital where a capital means a name ("Ruben", "Karen").
     * Crude, but enough to tell "klanten bellen" from "de klanten".
     */
    static boolean hasVerb(Part part) {
        List<String> words = part.words();
        for (int i = 0; i < words.size(); i++) {
            boolean name = part.capitals().get(i) && (i > 0 || !part.startsSentence());
            if (!name && DutchPhrases.endsLikeVerb(words.get(i)) && (i == 0 || !BEFORE_NOUNS.contains(words.get(i - 1)))) {
                return true;
            }
        }
        return false;
    }

    private static void add(List<String> actions, String answer, int start, int end) {
        if (start < 0) {
            return;
        }
        String text = CLOSING.matcher(LEAD.matcher(answer.substring(start, end).strip()).replaceFirst("")).replaceAll("")
                .strip();
        Matcher inverted = INVERTED.matcher(text); // "(Daarna) doe ik de offerte zelf": "Ik doe de offerte zelf"
        if (inverted.matches()) {
            text = inverted.group(2) + " " + inverted.group(1) + inverted.group(3);
        }
        if (!text.isEmpty()) {
            actions.add(Character.toUpperCase(text.charAt(0)) + text.substring(1));
        }
    }
}
