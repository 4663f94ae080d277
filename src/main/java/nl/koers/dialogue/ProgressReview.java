package nl.koers.dialogue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import nl.koers.dialogue.Expecting.Option;
import nl.koers.pop.Pop;
import nl.koers.pop.Pop.ProgressStatus;
import nl.koers.pop.PopLabels;

/**
 * A progress review (VOORTGANG): Koers walks each goal of an agreed POP — its status, what went well, what got in
 * the way, the next step and a new deadline where one is needed — and writes what was said into that POP as
 * {@code progress} against the goal's id. A changed deadline is set on the goal itself; the one it replaced stays in
 * the progress entry. Each goal is written as soon as it is done, so stopping halfway loses nothing. Pure: the state
 * it returns is all it needs for the next turn.
 */
public final class ProgressReview {

    /** The field of each question, as {@code expecting} names it. */
    public static final String STATUS = "voortgang.status";
    public static final String WENT_WELL = "voortgang.goed";
    public static final String OBSTACLES = "voortgang.obstakels";
    public static final String NEXT_STEP = "voortgang.volgende_stap";
    public static final String DEADLINE = "voortgang.deadline";

    static final List<Option> STATUSES = List.of(new Option(ProgressStatus.OP_SCHEMA.name(), "Op schema"),
            new Option(ProgressStatus.AFGEROND.name(), "Afgerond"), new Option(ProgressStatus.BIJGESTELD.name(),
                    "Bijstellen"), new Option(ProgressStatus.GESTOPT.name(), "Gestopt"));

    /** Where the review stands: the goal (index), the question, and what was said about this goal so far. */
    public record State(int goal, @Nullable String asking, @Nullable ProgressStatus status, @Nullable String note,
            @Nullable String obstacles, @Nullable String nextStep, boolean clarified, boolean ended) {

        static State at(int goal) {
            return new State(goal, STATUS, null, null, null, null, false, false);
        }

        State asking(@Nullable String field) {
            return new State(goal, field, status, note, obstacles, nextStep, false, ended);
        }

        State clarifiedOnce() {
            return new State(goal, asking, status, note, obstacles, nextStep, true, ended);
        }
    }

    /** The review's move: the reply, its state, the POP with the progress so far, and what is expected next. */
    public record Turn(String reply, State state, Pop pop, Phase phase, @Nullable Expecting expecting) {
    }

    private final GuidedTexts texts;

    public ProgressReview(GuidedTexts texts) {
        this.texts = texts;
    }

    /** Which goal of the POP the review is at ("doel 2 van 3"), or null when it has ended. */
    public static @Nullable Progress progress(State state, Pop pop) {
        if (state.ended() || state.asking() == null || state.goal() >= pop.goals().size()) {
            return null;
        }
        return new Progress(0, 0, state.goal() + 1, pop.goals().size());
    }

    /** Whether the POP has a goal left to review: one not finished or stopped in an earlier review. */
    public static boolean hasOpenGoal(Pop pop) {
        return openFrom(pop, 0) >= 0;
    }

    /** The first goal from {@code index} on that is still open, or -1. */
    static int openFrom(Pop pop, int index) {
        for (int i = index; i < pop.goals().size(); i++) {
            String id = pop.goals().get(i).id();
            boolean closed = pop.progressOf(id).stream().reduce((first, second) -> second)
                    .map(entry -> entry.status() == ProgressStatus.AFGEROND || entry.status() == ProgressStatus.GESTOPT)
                    .orElse(false);
            if (!closed) {
                return i;
            }
        }
        return -1;
    }

    public Turn open(Participants who, Pop pop) {
        Reply reply = new Reply();
        int first = openFrom(pop, 0);
        if (first < 0) {
            reply.add(texts.text("voortgang.geen_doelen"));
            return new Turn(reply.text(), new State(0, null, null, null, null, null, false, true), pop,
                    Phase.AFGEROND, null);
        }
        Map<String, String> values = new HashMap<>(who.names());
        values.put("datum", PopLabels.date(pop.date()));
        int open = (int) java.util.stream.IntStream.range(0, pop.goals().size()).filter(i -> openFrom(pop, i) == i).count();
        values.put("aantal", Wording.count(open, "open doel", "open doelen"));
        reply.add(texts.text("voortgang.welkom", values));
        if (open < pop.goals().size()) {
            reply.add(texts.text("voortgang.al_klaar"));
        }
        State state = State.at(first);
        introduce(reply, pop, first);
        reply.add(texts.text("voortgang.status"));
        return turn(reply, state, pop);
    }

    /** What is expected next, or null once the review has ended. */
    public static @Nullable Expecting expecting(State state) {
        if (state.ended() || state.asking() == null) {
            return null;
        }
        return switch (state.asking()) {
            case STATUS -> new Expecting(STATUS, PopField.Kind.CHOICE, STATUSES);
            case DEADLINE -> new Expecting(DEADLINE, PopField.Kind.DATE, List.of());
            default -> new Expecting(state.asking(), PopField.Kind.TEXT, List.of());
        };
    }

    public Turn next(State state, Pop pop, Answer answer, LocalDate today) {
        Reply reply = new Reply();
        if (state.ended()) {
            reply.add(texts.text("voortgang.na_afronding"));
            return new Turn(reply.text(), state, pop, Phase.AFGEROND, null);
        }
        if (answer instanceof Answer.Command command) {
            return command(command.word(), state, pop, today, reply);
        }
        return switch (state.asking()) {
            case STATUS -> status(state, pop, answer, today, reply);
            case DEADLINE -> deadline(state, pop, answer, today, reply);
            default -> text(state, pop, answer, today, reply);
        };
    }

    private Turn command(Answer.Command.Word word, State state, Pop pop, LocalDate today, Reply reply) {
        switch (word) {
            case SKIP -> {
                return after(state, pop, today, reply);
            }
            case STOP -> {
                Pop written = state.status() == null ? pop : record(state, pop, null, today);
                reply.add(texts.text("voortgang.gestopt_halverwege"));
                return new Turn(reply.text(), new State(state.goal(), null, null, null, null, null, false, true),
                        written, Phase.AFGEROND, null);
            }
            case EXPLAIN -> reply.add(texts.text(STATUS.equals(state.asking()) ? "voortgang.status_uitleg"
                    : "uitleg"));
            default -> reply.add(texts.text("voortgang.help"));
        }
        ask(reply, state, pop, today);
        return turn(reply, state, pop);
    }

    private Turn status(State state, Pop pop, Answer answer, LocalDate today, Reply reply) {
        Optional<ProgressStatus> found = answer instanceof Answer.Choice choice ? Optional.of(ProgressStatus.valueOf(
                choice.value())) : ProgressWords.status(answer.said());
        if (found.isEmpty()) {
            reply.add(texts.text("voortgang.status_uitleg"));
            return turn(reply, state, pop);
        }
        ProgressStatus status = found.get();
        // "Klaar, het certificaat is binnen en de klanten merken het" already says what went well; "het loopt achter
        // door de drukte" what got in the way: that question is not asked again
        String more = ProgressWords.saysMore(answer.said()) ? answer.said().strip() : null;
        boolean setback = status == ProgressStatus.BIJGESTELD || status == ProgressStatus.GESTOPT;
        State read = new State(state.goal(), STATUS, status, setback ? null : more, setback ? more : null, null, false,
                false);
        String first = following(read, pop.goals().get(state.goal()), today);
        if (first == null) {
            return nextGoal(read, record(read, pop, null, today), reply, today);
        }
        State next = read.asking(first);
        ask(reply, next, pop, today);
        return turn(reply, next, pop);
    }

    private Turn text(State state, Pop pop, Answer answer, LocalDate today, Reply reply) {
        String said = answer instanceof Answer.DontKnow || answer instanceof Answer.Nothing ? null
                : ProgressWords.withoutLabel(answer.said());
        State filled = switch (state.asking()) {
            case WENT_WELL -> new State(state.goal(), state.asking(), state.status(), said, state.obstacles(),
                    state.nextStep(), false, false);
            case OBSTACLES -> new State(state.goal(), state.asking(), state.status(), state.note(), said,
                    state.nextStep(), false, false);
            default -> new State(state.goal(), state.asking(), state.status(), state.note(), state.obstacles(), said,
                    false, false);
        };
        return after(filled, pop, today, reply);
    }

    private Turn deadline(State state, Pop pop, Answer answer, LocalDate today, Reply reply) {
        if (answer instanceof Answer.Date date && date.date().isBefore(today)) {
            reply.add(texts.text("voortgang.datum_voorbij", Map.of("datum", Wording.date(date.date()))));
            return turn(reply, state, pop);
        }
        if (answer instanceof Answer.Date date) {
            Pop written = record(state, pop, date.date(), today);
            Pop.Goal before = pop.goals().get(state.goal());
            reply.add(texts.text("voortgang.nieuwe_deadline", Map.of("datum", Wording.date(date.date()), "was",
                    before.deadline() == null ? "geen" : Wording.date(before.deadline()))));
            return nextGoal(state, written, reply, today);
        }
        if (!state.clarified()) {
            reply.add(texts.text("voortgang.datum_onbekend"));
            return turn(reply, state.clarifiedOnce(), pop);
        }
        // still no date: the words go with the next step, and the deadline stays as it was
        String words = answer.said().strip();
        State kept = new State(state.goal(), state.asking(), state.status(), state.note(), state.obstacles(),
                state.nextStep() == null ? "Nieuwe deadline: " + words : state.nextStep() + " Nieuwe deadline: " + words,
                false, false);
        return nextGoal(kept, record(kept, pop, null, today), reply, today);
    }

    /** The question after the one just answered (or skipped), or the next goal. */
    private Turn after(State state, Pop pop, LocalDate today, Reply reply) {
        if (STATUS.equals(state.asking())) { // a skipped status: on to the next goal, nothing recorded
            return nextGoal(state, pop, reply, today);
        }
        String next = following(state, pop.goals().get(state.goal()), today);
        if (next == null) {
            return nextGoal(state, record(state, pop, null, today), reply, today);
        }
        State moved = state.asking(next);
        ask(reply, moved, pop, today);
        return turn(reply, moved, pop);
    }

    private static @Nullable String following(State state, Pop.Goal goal, LocalDate today) {
        List<String> order = switch (state.status()) {
            case AFGEROND -> List.of(WENT_WELL, OBSTACLES);
            case GESTOPT -> List.of(OBSTACLES);
            case BIJGESTELD -> List.of(WENT_WELL, OBSTACLES, NEXT_STEP, DEADLINE);
            case OP_SCHEMA -> goal.deadline() == null || goal.deadline().isBefore(today)
                    ? List.of(WENT_WELL, OBSTACLES, NEXT_STEP, DEADLINE) : List.of(WENT_WELL, OBSTACLES, NEXT_STEP);
            case null -> List.of();
        };
        int at = order.indexOf(state.asking());
        for (int i = at + 1; i < order.size(); i++) {
            boolean answered = order.get(i).equals(WENT_WELL) && state.note() != null
                    || order.get(i).equals(OBSTACLES) && state.obstacles() != null;
            if (!answered) {
                return order.get(i);
            }
        }
        return null;
    }

    private Turn nextGoal(State state, Pop pop, Reply reply, LocalDate today) {
        Pop.Goal goal = pop.goals().get(state.goal());
        if (state.status() != null) {
            reply.add(texts.text("voortgang.genoteerd", Map.of("doel", Wording.inline(goal.description()), "status",
                    label(state.status()))));
        }
        int next = openFrom(pop, state.goal() + 1);
        if (next < 0) {
            reply.add(texts.text("voortgang.slot"));
            Optional<LocalDate> review = pop.reviews().stream().filter(date -> date.isAfter(today)).findFirst();
            reply.add(review.map(date -> texts.text("voortgang.volgend", Map.of("datum", Wording.date(date))))
                    .orElseGet(() -> texts.text("voortgang.geen_volgend")));
            return new Turn(reply.text(), new State(next, null, null, null, null, null, false, true), pop,
                    Phase.AFGEROND, null);
        }
        State moved = State.at(next);
        introduce(reply, pop, next);
        reply.add(texts.text("voortgang.status"));
        return turn(reply, moved, pop);
    }

    /** The POP with this goal's progress added, and its deadline changed in place when a new one was agreed. */
    static Pop record(State state, Pop pop, @Nullable LocalDate deadline, LocalDate today) {
        Pop.Goal goal = pop.goals().get(state.goal());
        List<Pop.Progress> progress = new ArrayList<>(pop.progress());
        progress.add(new Pop.Progress(today, goal.id(), state.status(), state.note(), state.obstacles(),
                state.nextStep(), deadline, deadline == null ? null : goal.deadline()));
        List<Pop.Goal> goals = new ArrayList<>(pop.goals());
        if (deadline != null) { // the actions that had the goal's old date move with it
            List<Pop.Action> actions = goal.actions().stream().map(action -> goal.deadline() != null
                    && goal.deadline().equals(action.deadline()) ? new Pop.Action(action.description(),
                            action.learningForm(), deadline, action.resources()) : action).toList();
            goals.set(state.goal(), new Pop.Goal(goal.id(), goal.description(), goal.measure(), deadline, null,
                    goal.place(), goal.resources(), goal.support(), goal.ownEffort(), actions));
        }
        return pop.toBuilder().goals(goals).progress(progress).build();
    }

    private void ask(Reply reply, State state, Pop pop, @Nullable LocalDate today) {
        Pop.Goal goal = pop.goals().get(state.goal());
        String key = switch (state.asking()) {
            case STATUS -> "voortgang.status";
            case WENT_WELL -> state.status() == ProgressStatus.AFGEROND ? "voortgang.goed_afgerond" : "voortgang.goed";
            case OBSTACLES -> state.status() == ProgressStatus.GESTOPT ? "voortgang.obstakels_gestopt"
                    : "voortgang.obstakels";
            case NEXT_STEP -> "voortgang.volgende_stap";
            default -> goal.deadline() != null && today != null && goal.deadline().isBefore(today)
                    && state.status() == ProgressStatus.OP_SCHEMA ? "voortgang.deadline_verlopen"
                            : "voortgang.deadline_vraag";
        };
        Map<String, String> values = new HashMap<>();
        values.put("doel", Wording.inline(goal.description()));
        values.put("datum", goal.deadline() == null ? "" : Wording.date(goal.deadline()));
        reply.add(texts.text(key, values));
    }

    private void introduce(Reply reply, Pop pop, int index) {
        Pop.Goal goal = pop.goals().get(index);
        reply.add(texts.text("voortgang.doel", Map.of("nummer", String.valueOf(index + 1), "aantal",
                String.valueOf(pop.goals().size()), "doel", Wording.inline(goal.description()), "deadline",
                goal.deadline() == null ? "" : " (" + texts.text("voortgang.deadline", Map.of("datum",
                        Wording.date(goal.deadline()))) + ")")));
    }

    private static Turn turn(Reply reply, State state, Pop pop) {
        return new Turn(reply.text(), state, pop, Phase.VOORTGANG, expecting(state));
    }

    /** The status as the POP names it, in lower case within a sentence. */
    static String label(ProgressStatus status) {
        return PopLabels.progress(status).toLowerCase(PopLabels.DUTCH);
    }
}
