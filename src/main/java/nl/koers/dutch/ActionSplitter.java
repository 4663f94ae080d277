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

    private static final Pattern HARD = Pattern.compile("\\s*(?:\\n+|;)\\s*");
    private static final Pattern BULLET = Pattern.compile("^(?:[-*•]|\\d+[.)])\\s+");
    private static final Pattern SOFT = Pattern.compile("\\s*(?:,\\s*(?:en\\s+|daarnaast\\s+|ook\\s+)?|\\s+(?:en|én|plus"
            + "|daarnaast|en daarnaast|en ook|en verder)\\s+)");
    /**
     * Fixed expressions whose "en" joins no two actions: "af en toe sparren". The word edges are look-arounds, not
     * {@code \b}: Java's {@code \b} walks back over combining marks, which made a long run of them quadratic.
     */
    private static final Pattern IDIOM = Pattern.compile("(?<![\\p{L}\\p{N}_])(af|zo nu|heen|op|min|hier|weer|nu)\\s+en"
            + "\\s+(toe|dan|weer|neer|meer|daar|opnieuw)(?![\\p{L}\\p{N}_])", Pattern.CASE_INSENSITIVE);
    private static final String JOINED = "\u2060en\u2060";
    private static final Pattern LEAD = Pattern.compile("^(?:ik\\s+(?:wil|ga|zou)\\s+(?:graag\\s+)?|graag\\s+|en\\s+|daarnaast\\s+|ook\\s+)",
            Pattern.CASE_INSENSITIVE);

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

    /** Walks the pieces between soft separators, starting a new action only where both sides name one. */
    private static List<String> softSplit(String part) {
        List<String> actions = new ArrayList<>();
        var matcher = SOFT.matcher(part);
        int pieceStart = 0;
        String current = null;
        String separator = "";
        while (true) {
            boolean more = matcher.find();
            String piece = part.substring(pieceStart, more ? matcher.start() : part.length());
            if (current == null) {
                current = piece;
            } else if (LearningForms.namesActivity(current) && LearningForms.namesActivity(piece)) {
                actions.add(current);
                current = piece;
            } else {
                current = current + separator + piece;
            }
            if (!more) {
                break;
            }
            separator = matcher.group();
            pieceStart = matcher.end();
        }
        actions.add(current);
        return actions;
    }

    private static String tidy(String action) {
        String text = LEAD.matcher(action.strip()).replaceFirst("").replaceAll("[.!]+$", "").strip();
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
