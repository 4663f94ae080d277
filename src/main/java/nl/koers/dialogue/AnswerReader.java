package nl.koers.dialogue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import nl.koers.dialogue.PopDraft.ActionDraft;
import nl.koers.dialogue.PopDraft.GoalDraft;
import nl.koers.dutch.DutchText;
import nl.koers.pop.Resources;
import nl.koers.pop.Pop;

/**
 * Reads one answer into the POP, the way the field asks for: text as given, lists, choices, dates, money and
 * time, several actions. An answer that cannot be read is asked about once; the second time it is kept as it was
 * said and added to the open points, so nothing a person says is dropped.
 */
final class AnswerReader {

    /** What became of an answer. */
    enum Outcome {
        /** Stored; go on. */
        ACCEPTED,
        /** Not understood; ask once more. */
        CLARIFY,
        /** Not understood twice; kept verbatim. */
        KEPT
    }

    record Result(Outcome outcome, @Nullable String note, boolean moreGoals) {
        static Result accepted(@Nullable String note) {
            return new Result(Outcome.ACCEPTED, note, false);
        }
    }

    /** Word edges as look-arounds, not {@code \b}, which walks back over a run of combining marks from every position. */
    private static final String WORD_START = "(?<![\\p{L}\\p{N}_])";
    private static final String WORD_END = "(?![\\p{L}\\p{N}_])";
    private static final Pattern BOTH_WAYS = Pattern.compile(WORD_START + "(?:allebei|beide|beiden|combinatie|allebeide)"
            + WORD_END);
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

    AnswerReader() {
    }

    Result read(PopField field, AnswerText answer, PopDraft pop, int goalIndex, boolean clarifiedBefore) {
        return read(field, answer, pop, goalIndex, clarifiedBefore, java.util.Map.of());
    }

    Result read(PopField field, AnswerText answer, PopDraft pop, int goalIndex, boolean clarifiedBefore,
            java.util.Map<String, nl.koers.pop.LearningForm> formHints) {
        String text = answer.text();
        GoalDraft goal = pop.goal(goalIndex);
        return switch (field) {
            case ROL -> set(() -> pop.role = text);
            case ENERGIE -> set(() -> pop.energy = text);
            case TALENTEN -> set(() -> pop.talents = new ArrayList<>(answer.items()));
            case AMBITIE_KORT -> set(() -> pop.shortTerm = text);
            case AMBITIE_LANG -> set(() -> pop.longTerm = text);
            case WENSEN -> set(() -> pop.wishes = text);
            case ORGANISATIE -> set(() -> pop.organisationWishes = text);
            case MOGELIJKHEDEN -> set(() -> pop.possibilities = text);
            case BELEMMERINGEN -> set(() -> pop.obstacles = text);
            case OPEN_PUNTEN -> set(() -> {
                if (!answer.isNothing()) {
                    pop.addOpenPoint(text);
                }
            });
            case RICHTING_DIEPTE -> choice(answer.depth().map(depth -> (Runnable) () -> pop.depth = depth), pop, text,
                    clarifiedBefore, "Richting (verdiepen of verbreden)");
            case RICHTING_PLEK -> choice(answer.scope().map(scope -> (Runnable) () -> pop.scope = scope), pop, text,
                    clarifiedBefore, "Richting (binnen de functie of elders)");
            case DOEL_BESCHRIJVING -> set(() -> {
                String description = answer.goalDescription();
                if (goal == null) {
                    pop.goals.add(new GoalDraft(description));
                } else {
                    goal.description = description;
                }
            });
            case DOEL_MAATSTAF -> set(() -> requireGoal(goal).measure = text);
            case DOEL_DEADLINE -> deadline(requireGoal(goal), answer, pop, clarifiedBefore);
            case DOEL_ACTIES -> actions(requireGoal(goal), answer, formHints);
            case DOEL_PLAATS -> perAction(goal, pop, "Plaats", text, action -> action.place = text);
            case DOEL_ONDERSTEUNING -> perAction(goal, pop, "Ondersteuning", text, action -> action.support = text);
            case DOEL_EIGEN_INZET -> perAction(goal, pop, "Eigen inzet", text, action -> action.ownEffort = text);
            case DOEL_MIDDELEN -> resources(goal, pop, answer, clarifiedBefore);
            case DOEL_NOG_EEN -> moreGoals(answer, pop, goalIndex, clarifiedBefore);
            case VOORTGANG -> reviews(answer, pop, clarifiedBefore);
        };
    }

    /**
     * Reads what {@link #read} will need of an answer to this field. Reading depends on the words only, so a turn
     * does this before it takes the conversation's lock.
     */
    static void readAhead(PopField field, AnswerText answer) {
        switch (field) {
            case TALENTEN -> answer.items();
            case OPEN_PUNTEN -> answer.isNothing();
            case RICHTING_DIEPTE -> answer.depth();
            case RICHTING_PLEK -> answer.scope();
            case DOEL_BESCHRIJVING -> answer.goalDescription();
            case DOEL_DEADLINE -> answer.date();
            case DOEL_ACTIES -> {
                if (answer.actions().isEmpty()) {
                    answer.form();
                }
            }
            case DOEL_MIDDELEN -> {
                if (!answer.isNothing()) {
                    answer.resources();
                }
            }
            case DOEL_NOG_EEN -> answer.yesNo();
            case VOORTGANG -> {
                if (answer.dates().isEmpty()) {
                    answer.isNothing();
                }
            }
            default -> {
                // taken as written: nothing to read
            }
        }
    }

    /** The SMART follow-up: whatever of measure and deadline the goal still lacks. */
    @Nullable String completeGoal(GoalDraft goal, AnswerText answer, PopDraft pop) {
        String text = answer.text();
        Optional<LocalDate> date = answer.date();
        boolean needsMeasure = goal.measure == null || goal.measure.isBlank();
        if (goal.deadline == null) {
            if (date.isPresent()) {
                goal.deadline = date.get();
            } else if (!needsMeasure) {
                goal.deadlineText = text;
                pop.addOpenPoint("Datum voor '" + goal.description + "' nog bepalen: " + text);
            }
        }
        if (needsMeasure) {
            goal.measure = text;
        }
        return date.map(d -> "Genoteerd: " + Wording.date(d) + ".").orElse(null);
    }

    private Result deadline(GoalDraft goal, AnswerText answer, PopDraft pop, boolean clarifiedBefore) {
        String text = answer.text();
        Optional<LocalDate> date = answer.date();
        if (date.isPresent()) {
            goal.deadline = date.get();
            goal.deadlineText = null;
            return Result.accepted("Genoteerd: " + Wording.date(date.get()) + ".");
        }
        if (!clarifiedBefore) {
            return new Result(Outcome.CLARIFY, "verduidelijk.datum", false);
        }
        goal.deadlineText = text;
        pop.addOpenPoint("Datum voor '" + goal.description + "' nog bepalen: " + text);
        return new Result(Outcome.KEPT, text, false);
    }

    private Result actions(GoalDraft goal, AnswerText answer, java.util.Map<String, nl.koers.pop.LearningForm> formHints) {
        goal.actions.clear();
        for (AnswerText.ActionReading action : withinLimit(answer.actions())) {
            String description = action.description();
            nl.koers.pop.LearningForm form = action.form().orElse(formHints.get(DutchText.lowerCase(description)));
            goal.actions.add(new ActionDraft(description, form, action.deadline().orElse(null)));
        }
        if (goal.actions.isEmpty()) {
            goal.actions.add(new ActionDraft(answer.text(), answer.form().orElse(null), null));
        }
        List<String> noted = goal.actions.stream()
                .map(action -> lower(action.description) + " (" + Wording.form(action.learningForm) + ")").toList();
        return Result.accepted("Genoteerd: " + Wording.list(noted) + ".");
    }

    /** At most as many actions as a POP goal takes: the last one allowed holds the rest of the list. */
    private static List<AnswerText.ActionReading> withinLimit(List<AnswerText.ActionReading> actions) {
        if (actions.size() <= Pop.ITEMS) {
            return actions;
        }
        List<AnswerText.ActionReading> kept = new ArrayList<>(actions.subList(0, Pop.ITEMS - 1));
        List<AnswerText.ActionReading> rest = actions.subList(Pop.ITEMS - 1, actions.size());
        kept.add(new AnswerText.ActionReading(String.join("; ", rest.stream().map(AnswerText.ActionReading::description)
                .toList()), Optional.empty(), Optional.empty()));
        return kept;
    }

    private Result resources(@Nullable GoalDraft goal, PopDraft pop, AnswerText answer, boolean clarifiedBefore) {
        String text = answer.text();
        boolean nothing = answer.isNothing();
        Resources resources = nothing ? new Resources(null, null, text) : answer.resources();
        boolean understood = nothing || resources.euros() != null || resources.hours() != null;
        if (!understood && !clarifiedBefore) {
            return new Result(Outcome.CLARIFY, "verduidelijk.middelen", false);
        }
        if (goal == null || goal.actions.isEmpty()) {
            pop.addOpenPoint("Middelen" + (goal == null ? "" : " voor '" + goal.description + "'") + ": " + text);
        } else {
            ActionDraft target = goal.actions.stream().filter(a -> a.learningForm == nl.koers.pop.LearningForm.FORMEEL)
                    .findFirst().orElse(goal.actions.getFirst());
            target.resources = resources;
        }
        if (!understood) {
            return new Result(Outcome.KEPT, text, false);
        }
        String noted = Wording.resources(resources);
        return Result.accepted(nothing || noted.isBlank() ? null : "Genoteerd: " + noted + ".");
    }

    private Result moreGoals(AnswerText text, PopDraft pop, int goalIndex, boolean clarifiedBefore) {
        Optional<Boolean> answer = text.yesNo();
        if (answer.isEmpty() && !clarifiedBefore) {
            return new Result(Outcome.CLARIFY, "verduidelijk.janee", false);
        }
        boolean more = answer.orElse(false) && goalIndex + 1 < Pop.ITEMS; // a POP takes no more goals
        if (!more) {
            while (pop.goals.size() > goalIndex + 1) {
                pop.goals.removeLast();
            }
        }
        return new Result(Outcome.ACCEPTED, null, more);
    }

    private Result reviews(AnswerText answer, PopDraft pop, boolean clarifiedBefore) {
        String text = answer.text();
        List<LocalDate> found = answer.dates();
        if (!found.isEmpty()) {
            pop.reviews = new ArrayList<>(found);
            return Result.accepted("Genoteerd: " + Wording.dates(found) + ".");
        }
        if (answer.isNothing()) {
            return Result.accepted(null);
        }
        if (!clarifiedBefore) {
            return new Result(Outcome.CLARIFY, "verduidelijk.datums", false);
        }
        pop.addOpenPoint("Voortgangsgesprek plannen: " + text);
        return new Result(Outcome.KEPT, text, false);
    }

    private Result choice(Optional<Runnable> understood, PopDraft pop, String text, boolean clarifiedBefore,
            String label) {
        pop.directionNote = PopDraft.appended(pop.directionNote, text);
        if (understood.isPresent()) {
            understood.get().run();
            return Result.accepted(null);
        }
        if (!clarifiedBefore) {
            return new Result(Outcome.CLARIFY, "verduidelijk.keuze", false);
        }
        pop.addOpenPoint(label + ": " + text);
        return new Result(Outcome.KEPT, text, false);
    }

    private static Result perAction(@Nullable GoalDraft goal, PopDraft pop, String label, String text,
            java.util.function.Consumer<ActionDraft> apply) {
        if (goal == null || goal.actions.isEmpty()) {
            pop.addOpenPoint(label + (goal == null ? "" : " bij '" + goal.description + "'") + ": " + text);
        } else {
            goal.actions.forEach(apply);
        }
        return Result.accepted(null);
    }

    private static Result set(Runnable store) {
        store.run();
        return Result.accepted(null);
    }

    static Optional<Pop.Depth> depth(String text) {
        String answer = DutchText.lowerCase(text);
        boolean deepen = answer.contains("verdiep");
        boolean broaden = answer.contains("verbre") || answer.contains("breder");
        if ((deepen && broaden) || mentions(BOTH_WAYS, answer)) {
            return Optional.of(Pop.Depth.BEIDE);
        }
        if (deepen) {
            return Optional.of(Pop.Depth.VERDIEPEN);
        }
        return broaden ? Optional.of(Pop.Depth.VERBREDEN) : Optional.empty();
    }

    static Optional<Pop.Scope> scope(String text) {
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
    static List<String> items(String text) {
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
    static String goalDescription(String text) {
        String goal = CLOSING.matcher(text.strip().replaceFirst("(?i)^(ik\\s+(wil|zou)\\s+(graag\\s+)?(ook\\s+)?|mijn doel is"
                + "\\s+(om\\s+)?)", "")).replaceAll("").strip();
        if (goal.isEmpty()) {
            return text.strip();
        }
        return Character.toUpperCase(goal.charAt(0)) + goal.substring(1);
    }

    static boolean isNothing(String text) {
        return DutchText.lowerCase(text.strip()).matches("(niets|niks|geen|nee|nvt|n\\.v\\.t\\.|niets nodig|niks nodig"
                + "|geen kosten|geen budget|geen idee|nee hoor|nee, niets|nog niet|niets bijzonders)[.!]?");
    }

    private static GoalDraft requireGoal(@Nullable GoalDraft goal) {
        if (goal == null) {
            throw new IllegalStateException("goal question without a goal");
        }
        return goal;
    }

    private static String lower(String text) {
        return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }
}
