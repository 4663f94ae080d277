package nl.koers.knowledge;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What kind of answer a question asks for, read from its Dutch question words: an amount, a date or a period, a yes
 * or a no, what something is, how two things differ, or a list of steps or kinds. The answer then prefers the
 * sentences that have that shape: a figure, a year, a "Nee," or "X is …".
 */
public enum QuestionIntent {

    AMOUNT, WHEN, YES_NO, DEFINITION, COMPARISON, LIST, OTHER;

    private static final Pattern COMPARES = Pattern.compile(
            "\\b(?:verschil(?:t|len)?\\s++tussen|wat\\s++is\\s++het\\s++verschil|verschillen\\b|vergelijk)");
    private static final Pattern AMOUNT_WORDS = Pattern.compile("\\b(?:hoeveel|hoe\\s++hoog|hoe\\s++groot|hoe\\s++duur"
            + "|wat\\s++kost|wat\\s++kosten|welk(?:e)?\\s++(?:percentage|bedrag|tarief|rente|vergoeding|maximum|minimum)"
            + "|minimale|maximale|minimum|maximum|percentage|rente|tarief|eigen\\s++bijdrage)\\b");
    private static final Pattern WHEN_WORDS = Pattern.compile("\\b(?:wanneer|hoe\\s++lang|hoe\\s++vaak|tot\\s++wanneer|vanaf\\s++wanneer"
            + "|sinds\\s++wanneer|welk\\s++jaar|welke\\s++datum|welke\\s++periode|looptijd|hoe\\s++oud|welke\\s++leeftijd"
            + "|leeftijdsgrens|deadline|tijdvak(?:ken)?|aanvraagperiode)\\b");
    /** A question that opens with a verb asks for a yes or a no ("Betaalt SLIM …?", "Mag mijn werkgever …?"). */
    private static final Pattern OPENS_WITH_VERB = Pattern.compile("^(?:is|zijn|mag|mogen|moet|moeten|kan|kun|kunnen"
            + "|krijg|krijgt|krijgen|betaalt|betalen|vergoedt|vergoeden|valt|vallen|heeft|hebben|heb|geldt|gelden|telt"
            + "|tellen|bestaat|bestaan|wordt|worden|word|ben|komt|komen|kom|hoort|hoef|hoeft|hoeven|zit|zitten|staat"
            + "|loopt|werkt|doet|gaat|wil|willen|zou|zouden|levert|ontvang|ontvangt|geeft|draagt|betaal|dekt|vergoed"
            + "|bied|biedt|helpt|mag|heeft|klopt|blijft|ga)\\b");
    private static final Pattern DEFINES = Pattern.compile("^(?:wat|wie)\\s++(?:is|zijn|betekent|betekenen|houdt"
            + "|doet|doen|maakt)\\b|\\bwat\\s++(?:verstaan|bedoelen)\\b|\\bwat\\s++houdt\\b.*\\bin\\b");
    private static final Pattern LISTS = Pattern.compile("^(?:welke|hoe|wat\\s++moet|wat\\s++zijn\\s++(?:de\\s++)?"
            + "(?:stappen|voorwaarden|fasen|regels|tips|voordelen|nadelen))\\b");

    /** "Wat is (een|de|het) X (eigenlijk)?": the X a definition question asks about. */
    private static final Pattern ASKED_TERM = Pattern.compile("^(?:wat|wie)\\s++(?:is|zijn|betekent|betekenen)\\s++"
            + "(?:een\\s++|de\\s++|het\\s++)?(.{2,40}?)(?:\\s++(?:eigenlijk|precies|nou|dan|nu|voor\\s++leren"
            + "|in\\s++de\\s++praktijk))*+(?:\\s++en\\s++(?:hoe|wat|wie|waar|wanneer|waarom)\\b.*+)?\\s*+[?.!]*+$");

    public static QuestionIntent of(String question) {
        String asked = normal(question);
        if (COMPARES.matcher(asked).find()) {
            return COMPARISON;
        }
        if (AMOUNT_WORDS.matcher(asked).find()) {
            return AMOUNT;
        }
        if (WHEN_WORDS.matcher(asked).find()) {
            return WHEN;
        }
        if (OPENS_WITH_VERB.matcher(asked).find()) {
            return YES_NO;
        }
        if (DEFINES.matcher(asked).find()) {
            return DEFINITION;
        }
        if (LISTS.matcher(asked).find()) {
            return LIST;
        }
        return OTHER;
    }

    /** For "wat is een POP?" the words "POP"; empty for other questions. */
    public static Optional<String> askedTerm(String question) {
        String asked = normal(question);
        Matcher makes = MAKES.matcher(asked);
        if (makes.matches()) {
            return Optional.of(makes.group(1).strip());
        }
        Matcher term = ASKED_TERM.matcher(asked);
        return term.matches() ? Optional.of(term.group(1).strip()) : Optional.empty();
    }

    /** "Wat maakt een leerdoel SMART?" asks what SMART means. */
    private static final Pattern MAKES = Pattern.compile("^wat\\s++maakt\\s++(?:een\\s++|de\\s++|het\\s++)?\\S++"
            + "\\s++(.{2,30}?)\\s*+[?.!]*+$");
    private static final Pattern BETWEEN = Pattern.compile("\\btussen\\s++(?:een\\s++|de\\s++|het\\s++)?(.{2,40}?)"
            + "\\s++en\\s++(?:een\\s++|de\\s++|het\\s++)?(.{2,40}?)\\s*+[?.!]*+$");

    /** For "wat is het verschil tussen A en B?", A and B; empty for other questions. */
    public static java.util.List<String> comparedTerms(String question) {
        Matcher between = BETWEEN.matcher(normal(question));
        return between.find() ? java.util.List.of(between.group(1).strip(), between.group(2).strip())
                : java.util.List.of();
    }

    /** An amount of money or a share: "€ 2.700", "80%", "60 procent", "1,5 miljoen". */
    public static final Pattern MONEY_OR_SHARE = Pattern.compile("€\\s*+\\d|\\d\\s*+(?:%|procent|euro)\\b"
            + "|\\d[\\d.,]*+\\s*+(?:miljoen|duizend)");
    /** A year, a month, a period ("3 maanden", "drie kwartier") or a date bound ("tot en met 2030"). */
    public static final Pattern DATE = Pattern.compile("\\b(?:19|20)\\d\\d\\b|\\b(?:januari|februari|maart|april|mei"
            + "|juni|juli|augustus|september|oktober|november|december)\\b|\\b\\d++\\s++(?:jaar|maanden|weken|dagen)\\b"
            + "|\\b(?:tot|vanaf|sinds)\\s++(?:en\\s++met\\s++)?\\d"
            + "|\\b(?:een|twee|drie|vier|anderhalf|half|\\d++)\\s++(?:uur|kwartier|minuten|weken|dagen|maanden)\\b");
    /** A rhythm: "elk kwartaal", "twee keer per jaar", "maandelijks". */
    public static final Pattern RHYTHM = Pattern.compile("\\b(?:elke?|per|eens\\s++per|keer\\s++per)\\s++"
            + "(?:week|maand|kwartaal|jaar|half\\s++jaar)\\b|\\b(?:wekelijks|maandelijks|jaarlijks|halfjaarlijks"
            + "|driemaandelijks)\\b|\\bkwartaal");

    /** Whether a text (lower case) holds what this kind of question asks for: an amount, or a date or period. */
    public boolean answeredIn(String lowerText) {
        return switch (this) {
            case AMOUNT -> MONEY_OR_SHARE.matcher(lowerText).find();
            case WHEN -> DATE.matcher(lowerText).find() || RHYTHM.matcher(lowerText).find();
            default -> false;
        };
    }

    private static String normal(String question) {
        return question.strip().toLowerCase(Locale.ROOT).replaceAll("\\s++", " ");
    }
}
