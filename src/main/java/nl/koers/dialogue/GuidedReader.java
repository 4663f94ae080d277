package nl.koers.dialogue;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import nl.koers.dialogue.Answer.Action;
import nl.koers.dialogue.Answer.Command.Word;
import nl.koers.dutch.ActionSplitter;
import nl.koers.dutch.DutchAmounts;
import nl.koers.dutch.DutchDates;
import nl.koers.dutch.DutchPhrases;
import nl.koers.dutch.DutchText;
import nl.koers.dutch.LearningForms;
import nl.koers.dutch.NonAnswers;
import nl.koers.dutch.YesNo;

/**
 * Reads Dutch words as an {@link Answer} to what the dialogue expects: commands first, then dates, lists, choices,
 * actions, money and time, yes or no. Reading depends on the words, today's date and what is expected only, so a turn
 * reads before it takes the conversation's lock.
 */
public final class GuidedReader {

    /** Saying that no progress reviews are needed, beyond the general "geen" and "nvt". */
    private static final Pattern NO_REVIEWS = Pattern.compile("(?:nee,? )?(?:(?:dat )?(?:is |hoeft )?niet nodig"
            + "|hoeft niet|liever niet|geen (?:voortgangs)?gesprek(?:ken)?(?: nodig)?)[.!]?");

    /** "Nee", "nee dank je", "liever niet": up to three more words, and no content. */
    private static final Pattern REFUSAL = Pattern.compile("(?:nee|neen|nope|liever niet)(?:[\\s,.!]++(?:dank|je|u"
            + "|bedankt|hoor|liever|niet|zeg|dat|hoeft|nu|even|nog)){0,3}+[\\s.!]*+");

    /** "Alles klopt", "de rest klopt ook", "dat klopt allemaal": yes to every prepared answer left in the phase. */
    static final Pattern ALL_RIGHT = Pattern.compile("(?iu)(?:ja,?\\s*)?(?:dat\\s+|de\\s+rest\\s+|het\\s+)?"
            + "(?:alles\\s+klopt|klopt\\s+(?:alles|allemaal)|klopt\\s+ook|is\\s+(?:allemaal|alles)\\s+(?:goed|juist))"
            + "(?:\\s+(?:wel|ook|nog|zo))*[\\s.!]*");

    /** What may follow a yes without adding anything: "ja, dat klopt nog steeds", "klopt helemaal hoor". */
    private static final Pattern ONLY_AGREEING = Pattern.compile("(?iu)(?:(?:dat|het|dit|klopt|nog|steeds|altijd|wel"
            + "|helemaal|zo|is|goed|prima|hoor|inderdaad|precies|zeker|allemaal|ook|juist|correct|mee\\s+eens)[\\s,.!]*)*");

    /** No to a confirmation, and what follows it: "nee, ze is sinds mei teamleider". */
    private static final Pattern CONFIRM_NO = Pattern.compile("(?iu)(?:nee|neen|klopt niet|dat klopt niet"
            + "|niet helemaal|niet meer|dat is niet zo)(?![\\p{L}\\p{N}])[\\s,.:;!–-]*+(.*)", Pattern.DOTALL);

    private final DutchDates dates;
    private final LearningForms forms;

    /** Reads with today's date from the clock and the learning-form vocabulary from {@code prompts/leervormen.yml}. */
    public GuidedReader(Clock clock, LearningForms forms) {
        this.dates = new DutchDates(clock);
        this.forms = forms;
    }

    /**
     * The answer to what is expected, or, with nothing expected, the words as text. A question back, a request to
     * explain the question and not knowing are read as such, never as the answer; "weet ik nog niet" is the answer
     * where "nog open" is one of the choices.
     */
    public Answer read(@Nullable Expecting expecting, String message) {
        String said = message.strip();
        Optional<Word> command = command(said);
        if (command.isPresent()) {
            return new Answer.Command(command.get(), said);
        }
        if (expecting == null) {
            return new Answer.Text(said, said);
        }
        if (expecting.confirm()) { // "klopt" keeps what was prepared; "nee, …" replaces it; the rest adds to it
            Optional<Answer> confirmed = confirmation(said);
            if (confirmed.isPresent()) {
                return confirmed.get();
            }
            Matcher no = CONFIRM_NO.matcher(said);
            if (no.matches()) {
                Answer replacement = read(new Expecting(expecting.field(), expecting.kind(), expecting.choices()),
                        no.group(1).strip());
                return replacement instanceof Answer.Command ? replacement : new Answer.Correction(replacement, said);
            }
            said = addition(said);
        }
        Optional<Expecting.Option> picked = Options.picked(expecting.choices(), said);
        if (picked.isEmpty() && NonAnswers.isExplainRequest(said)) {
            return new Answer.Command(Word.EXPLAIN, said);
        }
        boolean questionsAreAnswers = expecting.field().equals(PopField.OPEN_PUNTEN.key()); // "vragen die je wilt meenemen"
        if (picked.isEmpty() && !questionsAreAnswers && NonAnswers.isQuestion(said)) {
            return new Answer.Question(said);
        }
        Answer answer = answer(expecting, said, picked);
        boolean read = !(answer instanceof Answer.NotUnderstood || answer instanceof Answer.Text
                || answer instanceof Answer.Items);
        if (!read && NonAnswers.isNotKnowing(said)) {
            return new Answer.DontKnow(said);
        }
        if (answer instanceof Answer.NotUnderstood && isRefusal(said)) { // "nee dank je" to a date: no answer
            return expecting.kind() == PopField.Kind.DATES ? new Answer.Nothing(said) : new Answer.DontKnow(said);
        }
        return answer;
    }

    /** A bare yes or no to "Sanne schreef …; klopt dat?"; "alles klopt" is a yes to the rest of the phase too. */
    private static Optional<Answer> confirmation(String said) {
        if (ALL_RIGHT.matcher(said).matches() || (YesNo.parse(said).orElse(false)
                && YesNo.content(said).map(rest -> ONLY_AGREEING.matcher(rest).matches()).orElse(true))) {
            return Optional.of(new Answer.YesNo(true, said));
        }
        Matcher no = CONFIRM_NO.matcher(said);
        if (no.matches() && no.group(1).isBlank()) {
            return Optional.of(new Answer.YesNo(false, said));
        }
        return Optional.empty();
    }

    /**
     * What a confirmation adds besides its yes: "ja, en ook plannen" → "plannen", "klopt, al zie ik ook X" → "al zie ik
     * ook X" (kept whole: it qualifies what was prepared).
     */
    private static String addition(String said) {
        String rest = YesNo.content(said).orElse(said);
        rest = rest.replaceFirst("(?iu)^(?:en\\s+)?(?:daarnaast\\s+|ook\\s*:?\\s+|verder\\s+)?(?:nog\\s+)?", "");
        return rest.isBlank() ? said : rest.strip();
    }

    /** A short no that answers nothing: "nee", "nee dank je", "liever niet". */
    private static boolean isRefusal(String said) {
        return said.length() <= 30 && REFUSAL.matcher(DutchText.lowerCase(said)).matches();
    }

    private Answer answer(Expecting expecting, String said, Optional<Expecting.Option> picked) {
        return switch (expecting.kind()) {
            case TEXT -> text(expecting.field(), said);
            case LIST -> list(said);
            case CHOICE -> picked.<Answer>map(option -> new Answer.Choice(option.value(), said))
                    .orElseGet(() -> choice(expecting.field(), said));
            case DATE -> dates.parse(said).<Answer>map(date -> new Answer.Date(date, said))
                    .orElseGet(() -> new Answer.NotUnderstood(said));
            case DATES -> dates(said);
            case ACTIONS -> actions(said);
            case RESOURCES -> resources(said);
            case YES_NO -> picked.map(option -> Optional.of(option.value().equals("JA"))).orElseGet(() -> YesNo.parse(said))
                    .<Answer>map(yes -> new Answer.YesNo(yes, said)).orElseGet(() -> new Answer.NotUnderstood(said));
        };
    }

    /** The word that works in every phase, if the whole message is one. */
    static Optional<Word> command(String said) {
        return Optional.ofNullable(switch (DutchText.lowerCase(said.strip()).replaceAll("[.!?'\"]", "").strip()) {
            case "help", "hulp", "uitleg" -> Word.HELP;
            case "terug", "vorige", "vorige vraag" -> Word.BACK;
            case "overslaan", "sla over", "skip", "volgende vraag" -> Word.SKIP;
            case "volgende fase", "volgende stap", "door naar de volgende fase" -> Word.NEXT_PHASE;
            case "stop", "afronden", "rond af", "stoppen" -> Word.STOP;
            default -> null;
        });
    }

    private Answer text(String field, String said) {
        if (field.equals(PopField.DOEL_MAATSTAF.key())) { // "drie orders zonder hulp, voor 1 april": the date too
            return dates.parse(said).<Answer>map(date -> new Answer.Date(date, said))
                    .orElseGet(() -> new Answer.Text(said, said));
        }
        if (field.equals(PopField.DOEL_BESCHRIJVING.key())) {
            return new Answer.Text(DutchPhrases.goalDescription(said), said);
        }
        if (field.equals(PopField.OPEN_PUNTEN.key())) {
            return DutchPhrases.isNothing(said) ? new Answer.Nothing(said) : new Answer.Text(said, said);
        }
        // the question at the end is answered, not stored; "ok. nou" before the answer is no part of it
        return new Answer.Text(DutchPhrases.withoutFiller(NonAnswers.withoutTrailingQuestion(said)), said);
    }

    /**
     * The items of a list; "geen idee", "weet ik niet" or "niets" is no list, and the dialogue decides what to do
     * with an answer it did not understand.
     */
    private static Answer list(String said) {
        List<String> items = DutchPhrases.items(said);
        if (items.isEmpty() || DutchPhrases.isNothing(said)) {
            return new Answer.NotUnderstood(said);
        }
        return new Answer.Items(items, said);
    }

    private Answer choice(String field, String said) {
        Optional<String> value;
        if (field.equals(PopField.RICHTING_DIEPTE.key())) {
            value = DutchPhrases.depth(said).map(Enum::name);
        } else if (field.equals(PopField.RICHTING_PLEK.key())) {
            value = DutchPhrases.scope(said).map(Enum::name);
        } else if (field.equals(Expecting.LEARNING_FORM)) {
            value = forms.fromChoice(said).map(Enum::name);
        } else {
            value = Optional.empty();
        }
        return value.<Answer>map(choice -> new Answer.Choice(choice, said)).orElseGet(() -> new Answer.NotUnderstood(said));
    }

    /** Review dates or a rhythm; "geen", "niet nodig" is no reviews. */
    private Answer dates(String said) {
        DutchDates.Reviews reviews = dates.reviews(said);
        if (!reviews.dates().isEmpty()) {
            return new Answer.Dates(reviews.dates(), reviews.every(), said);
        }
        boolean none = DutchPhrases.isNothing(said) || NO_REVIEWS.matcher(DutchText.lowerCase(said.strip())).matches();
        return none ? new Answer.Nothing(said) : new Answer.NotUnderstood(said);
    }

    private Answer actions(String said) {
        if (DutchPhrases.isNothing(said)) {
            return new Answer.Nothing(said);
        }
        Optional<Boolean> yesNo = YesNo.parse(said);
        if (yesNo.isPresent() && said.length() <= 30 && YesNo.content(said).isEmpty()) { // "ja", "nee hoor": no action
            return new Answer.YesNo(yesNo.get(), said);
        }
        List<Action> actions = new ArrayList<>();
        for (String description : ActionSplitter.split(said, forms)) {
            actions.add(new Action(description, forms.of(description).orElse(null),
                    dates.parse(description).orElse(null)));
        }
        if (actions.isEmpty()) {
            actions.add(new Action(said, forms.of(said).orElse(null), null));
        }
        return new Answer.Actions(actions, said);
    }

    /**
     * Amounts first, so that "niets behalve 300 euro voor boeken" is 300; then "niets" with or without its reason
     * ("niets, ik doe het in de avonduren"). A vague count ("een paar uur") is asked about, not guessed.
     */
    private static Answer resources(String said) {
        DutchAmounts.Reading reading = DutchAmounts.read(said);
        if (reading.vague()) {
            return new Answer.NotUnderstood(said);
        }
        if (reading.understood() && !reading.zero()) {
            return new Answer.Amounts(reading.resources(), said);
        }
        if (reading.zero() || DutchPhrases.isNothing(said) || DutchAmounts.nothingNeeded(said)) {
            return new Answer.Nothing(said);
        }
        return new Answer.NotUnderstood(said);
    }
}
