package nl.koers.dutch;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Ja or nee, in the ways people say it, and what they say after the yes. Anything else is neither. */
public final class YesNo {

    private static final Pattern YES = Pattern.compile("^(ja|jawel|jazeker|ja hoor|ja graag|graag|zeker|zeker weten"
            + "|klopt|prima|ok|oke|oké|okay|goed|is goed|doe maar|yes|jep|yep|natuurlijk|absoluut|akkoord|j"
            + "|nog (?:één|een|eentje)|er is er nog (?:één|een)|ik heb er nog (?:één|een)|ik wil (?:ook|daarnaast))\\b.*");
    private static final Pattern NO = Pattern.compile("^(nee|neen|nee hoor|nee dank je|nee bedankt|niet|liever niet"
            + "|geen|nope|nog niet|n|niks|nvt|n\\.v\\.t\\.|is niet nodig|hoeft niet|dat was het|klaar)\\b.*");
    /** Closing punctuation; a run is tried once, from its start, not again from every mark in it. */
    private static final Pattern CLOSING = Pattern.compile("(?<![!.,?])[!.,?]++$");
    /**
     * A yes and what follows it: "Ja, ik wil ook mijn rijbewijs halen", "Nog één: beter presenteren". The words after
     * the yes are the content; "ik wil ook" stays part of it, the goal's wording takes it off later.
     */
    private static final Pattern YES_AND = Pattern.compile("^(?:(?:ja|jawel|jazeker|ja hoor|ja graag|graag|zeker|yes|jep"
            + "|dat klopt|klopt helemaal|klopt|dat is goed|dat is juist|prima|oké|oke|ok"
            + "|nog (?:één|een|eentje)(?: doel)?|er is er nog (?:één|een)|ik heb er nog (?:één|een))(?![\\p{L}\\p{N}])"
            + "[\\s,.:;!–-]*+)?+(.*)$", Pattern.DOTALL);
    private static final Pattern WORD = Pattern.compile("\\p{L}{3,}");
    /** "eigenlijk", "toch", "dan" between the yes and "nog één". */
    private static final Pattern FILLER = Pattern.compile("^(?:eigenlijk|toch|dan|wel|inderdaad)[\\s,]++(?=nog\\b)",
            Pattern.CASE_INSENSITIVE);
    /** "Nog een kleiner doel", "een tweede doel graag": a yes that names no goal yet. */
    private static final Pattern JUST_ANOTHER = Pattern.compile("(?:ja,?\\s++)?(?:nog\\s++)?(?:een|één|1)?\\s*+(?:ander|andere"
            + "|kleiner|kleinere|klein|kleine|groter|grotere|tweede|derde|extra|nieuw|nieuwe)?\\s*+(?:doel|doeltje|doelen)"
            + "(?:\\s++(?:graag|hoor|toevoegen|erbij|dan))*+[\\s.!]*+");

    private YesNo() {
    }

    public static Optional<Boolean> parse(String text) {
        String answer = CLOSING.matcher(DutchText.lowerCase(text.strip())).replaceAll("");
        if (NO.matcher(answer).matches()) {
            return Optional.of(false);
        }
        if (YES.matcher(answer).matches()) {
            return Optional.of(true);
        }
        return Optional.empty();
    }

    /**
     * What a yes says besides yes, in the person's own words: "ik wil ook mijn rijbewijs C halen" of "Ja, ik wil ook
     * mijn rijbewijs C halen."; empty for a bare yes ("ja hoor", "graag!") or anything that is not a yes.
     */
    public static Optional<String> content(String text) {
        String said = text.strip();
        if (!parse(said).orElse(false)) {
            return Optional.empty();
        }
        String rest = said;
        for (int round = 0; round < 3; round++) { // "ja, graag: nog één: …"
            Matcher yes = YES_AND.matcher(DutchText.lowerCase(rest));
            if (!yes.matches() || yes.start(1) == 0) {
                break;
            }
            rest = FILLER.matcher(rest.substring(yes.start(1)).strip()).replaceFirst("");
        }
        long words = WORD.matcher(rest).results().count();
        boolean content = (words >= 2 && parse(rest).isEmpty() || words >= 3)
                && !JUST_ANOTHER.matcher(DutchText.lowerCase(rest)).matches();
        return content ? Optional.of(rest) : Optional.empty();
    }
}
