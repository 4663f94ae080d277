package nl.koers.dutch;

import java.util.Optional;
import java.util.regex.Pattern;

/** Ja or nee, in the ways people say it. Anything else is neither. */
public final class YesNo {

    private static final Pattern YES = Pattern.compile("^(ja|jawel|jazeker|ja hoor|ja graag|graag|zeker|zeker weten"
            + "|klopt|prima|ok|oke|oké|okay|goed|is goed|doe maar|yes|jep|yep|natuurlijk|absoluut|akkoord|j)\\b.*");
    private static final Pattern NO = Pattern.compile("^(nee|neen|nee hoor|nee dank je|nee bedankt|niet|liever niet"
            + "|geen|nope|nog niet|n|niks|nvt|n\\.v\\.t\\.|is niet nodig|hoeft niet|dat was het|klaar)\\b.*");
    /** Closing punctuation; a run is tried once, from its start, not again from every mark in it. */
    private static final Pattern CLOSING = Pattern.compile("(?<![!.,?])[!.,?]++$");

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
}
