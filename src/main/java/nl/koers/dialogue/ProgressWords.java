package nl.koers.dialogue;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import nl.koers.dutch.DutchText;
import nl.koers.pop.Pop.ProgressStatus;

/**
 * How people say where a goal stands: "loopt lekker", "klaar!", "het wordt later", "daar zijn we mee gestopt". A
 * negation turns "klaar" into not finished: "nog niet af, maar het loopt" is on schedule, "nog niet gehaald" needs
 * adjusting.
 */
final class ProgressWords {

    private static final String B = "(?<![\\p{L}\\p{N}])";
    private static final String E = "(?![\\p{L}\\p{N}])";

    /** Tried in this order: stopping and adjusting say more than "klaar" or "loopt" in the same sentence. */
    private static final List<Rule> RULES = List.of(
            new Rule(ProgressStatus.GESTOPT, B + "(?:gestopt|stoppen|stoppen we|stop(?:pen)? ermee|niet meer mee verder"
                    + "|laten (?:we )?(?:het |dat |dit )?(?:doel )?(?:vallen|varen)|laten varen|geschrapt|schrappen|vervalt|vervallen|afgeblazen|geannuleerd"
                    + "|niet meer nodig|heeft geen zin meer|opgegeven|afgehaakt)" + E),
            new Rule(ProgressStatus.BIJGESTELD, B + "(?:bijstellen|bijgesteld|bijstelling|aanpassen|aangepast|uitstel"
                    + "|uitstellen|uitgesteld|vertraging|vertraagd|loopt achter|achter (?:op )?schema|achterstand"
                    + "|ligt (?:even |al een tijd |helemaal )?stil|stilgevallen|staat stil|(?:gaat|loopt) niet (?:zo )?(?:goed|lekker|prima)"
                    + "|(?:gaat|loopt) (?:slecht|moeizaam|stroef)|lukt (?:nog )?niet"
                    + "|verschuiven|verschoven|meer tijd|later|nieuwe (?:datum|deadline)|niet gehaald|niet gelukt"
                    + "|lukt niet|anders dan gepland|ander plan|opnieuw plannen)" + E),
            new Rule(ProgressStatus.AFGEROND, B + "(?:afgerond|klaar|gehaald|gelukt|behaald|voltooid|bereikt|geslaagd"
                    + "|diploma|certificaat (?:binnen|gehaald)|is af|helemaal af|rond|done)" + E),
            new Rule(ProgressStatus.OP_SCHEMA, B + "(?:op schema|loopt(?: goed| prima| lekker)?|gaat (?:goed|prima|lekker)"
                    + "|op koers|op tijd|volgens (?:plan|planning)|bezig|onderweg|op stoom|vordert|lukt|schiet op"
                    + "|ligt op koers|prima|goed)" + E));

    /** "nog niet klaar", "niet helemaal af": not finished, whatever else is said. */
    private static final Pattern NOT_FINISHED = Pattern.compile(B + "(?:nog niet|niet helemaal|bijna)\\s+(?:klaar|af"
            + "|afgerond|gehaald|rond|gelukt|behaald)" + E);

    private static final Pattern WORD = Pattern.compile("\\p{L}{2,}");

    private record Rule(ProgressStatus status, Pattern pattern) {

        Rule(ProgressStatus status, String regex) {
            this(status, Pattern.compile(regex));
        }
    }

    private ProgressWords() {
    }

    /** "Niet goed", "niet op schema": the negation of a word that would otherwise say all is well. */
    private static final Pattern NOT_WELL = Pattern.compile(B + "(?:niet|geen|nauwelijks)\\s+(?:zo\\s+)?(?:goed|lekker|prima"
            + "|op schema|op koers|op tijd|volgens plan)" + E);

    static Optional<ProgressStatus> status(String said) {
        String text = DutchText.lowerCase(said);
        if (NOT_WELL.matcher(text).find()) { // whatever else is said, this one is not on schedule
            return Optional.of(ProgressStatus.BIJGESTELD);
        }
        boolean notFinished = NOT_FINISHED.matcher(text).find();
        text = NOT_FINISHED.matcher(text).replaceAll(" ");
        for (Rule rule : RULES) {
            if (rule.pattern().matcher(text).find()) {
                return Optional.of(rule.status());
            }
        }
        return notFinished ? Optional.of(ProgressStatus.OP_SCHEMA) : Optional.empty();
    }

    /** "Volgende stap: oefenexamens maken" → "oefenexamens maken": the label the question already gives. */
    private static final Pattern LABEL = Pattern.compile("(?iu)^(?:volgende stap|de volgende stap|goed|ging goed|wat ging goed"
            + "|in de weg|obstakels?|wat zat in de weg)\\s*[:=-]\\s*");

    static String withoutLabel(String said) {
        String rest = LABEL.matcher(said.strip()).replaceFirst("");
        return rest.isBlank() ? said.strip() : rest;
    }

    /** Whether an answer to the status says more than the status: six words or more. */
    static boolean saysMore(String said) {
        return WORD.matcher(said).results().count() >= 6;
    }
}
