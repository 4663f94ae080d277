package nl.koers.dutch;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits an answer that names several actions: "meelopen met de planner en een cursus Excel" is two actions.
 * Lines, bullets and semicolons always separate. A comma, "en", "plus" or "daarnaast" separates only when both
 * sides name a learning activity, so "meelopen met de planner en de inkoper" stays one action.
 */
public final class ActionSplitter {

    /** Line breaks and semicolons; the pieces are stripped, so the spaces around them need no matching. */
    private static final Pattern HARD = Pattern.compile("[\\n;]");
    private static final Pattern BULLET = Pattern.compile("^(?:[-*•]|\\d+[.)])\\s+");
    /**
     * A comma, or "en", "plus" or "daarnaast" between spaces, with the spaces before it. A separator starts only where
     * a run of spaces starts ({@code (?<!\s)}) and takes its spaces possessively: matching {@code \s*} and then
     * {@code \s+} over one run, from every position in it, took minutes for a run of 1,500 spaces.
     */
    private static final Pattern SOFT = Pattern.compile("(?:(?<!\\s)\\s++)?,\\s*+(?:en\\s++|daarnaast\\s++|ook\\s++)?"
            + "|(?<!\\s)\\s++(?:en|én|plus|daarnaast)\\s++");
    /**
     * Fixed expressions whose "en" joins no two actions: "af en toe sparren". The word edges are look-arounds, not
     * {@code \b}: Java's {@code \b} walks back over combining marks, which made a long run of them quadratic.
     */
    private static final Pattern IDIOM = Pattern.compile("(?<![\\p{L}\\p{N}_])(af|zo nu|heen|op|min|hier|weer|nu)\\s++en"
            + "\\s++(toe|dan|weer|neer|meer|daar|opnieuw)(?![\\p{L}\\p{N}_])", Pattern.CASE_INSENSITIVE);
    private static final String JOINED = "\u2060en\u2060";
    private static final Pattern LEAD = Pattern.compile("^(?:ik\\s++(?:wil|ga|zou)\\s++(?:graag\\s++)?|graag\\s++|en\\s++"
            + "|daarnaast\\s++|ook\\s++)", Pattern.CASE_INSENSITIVE);
    /** Closing points and exclamation marks; a run is tried once, from its start, not from every mark in it. */
    private static final Pattern CLOSING = Pattern.compile("(?<![.!])[.!]++$");

    private ActionSplitter() {
    }

    public static List<String> split(String answer) {
        List<String> actions = new ArrayList<>();
        String protectedIdioms = IDIOM.matcher(answer.strip()).replaceAll("$1" + JOINED + "$2");
        for (String part : HARD.split(protectedIdioms)) {
            String item = BULLET.matcher(part.strip()).replaceFirst("");
            if (!item.isBlank()) {
                actions.addAll(softSplit(item));
            }
        }
        return actions.stream().map(action -> action.replace(JOINED, " en ")).map(ActionSplitter::tidy)
                .filter(action -> !action.isBlank()).toList();
    }

    /**
     * Walks the pieces between soft separators, starting a new action only where both sides name one. Whether the
     * action so far names an activity is kept, not read again from its growing text: no separator can complete an
     * activity word across itself, so the joined text names one exactly when one of its pieces does.
     */
    private static List<String> softSplit(String part) {
        List<String> actions = new ArrayList<>();
        var matcher = SOFT.matcher(part);
        int pieceStart = 0;
        StringBuilder current = null;
        boolean currentNames = false;
        String separator = "";
        while (true) {
            boolean more = matcher.find();
            String piece = part.substring(pieceStart, more ? matcher.start() : part.length());
            if (current == null) {
                current = new StringBuilder(piece);
                currentNames = LearningForms.namesActivity(piece);
            } else if (currentNames && LearningForms.namesActivity(piece)) {
                actions.add(current.toString());
                current = new StringBuilder(piece);
            } else {
                current.append(separator).append(piece);
                currentNames = currentNames || LearningForms.namesActivity(piece);
            }
            if (!more) {
                break;
            }
            separator = matcher.group();
            pieceStart = matcher.end();
        }
        actions.add(current.toString());
        return actions;
    }

    private static String tidy(String action) {
        String text = CLOSING.matcher(LEAD.matcher(action.strip()).replaceFirst("")).replaceAll("").strip();
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
