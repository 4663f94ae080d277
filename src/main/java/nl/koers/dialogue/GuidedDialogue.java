package nl.koers.dialogue;


import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import nl.koers.knowledge.SourceRef;
import nl.koers.dialogue.DialogueState.Pending;
import nl.koers.dialogue.DialogueState.PendingKind;
import nl.koers.dialogue.DialogueState.Position;
import nl.koers.dialogue.PopDraft.ActionDraft;
import nl.koers.dialogue.PopDraft.GoalDraft;
import nl.koers.dutch.DutchDates;
import nl.koers.dutch.DutchText;
import nl.koers.pop.LearningForm;
import nl.koers.pop.Pop;
import nl.koers.pop.PopChecks;

/**
 * The guided dialogue: the question bank's agenda, one question per turn, no language model. It reads each
 * answer into the POP, asks once when it did not understand, coaches (a SMART follow-up per goal, one 70-20-10
 * hint, at most one knowledge tip per turn) and ends with the POP draft. The state it returns is everything it
 * needs for the next turn.
 */
@Component
public class GuidedDialogue {

    /** Who takes part, by display name, for addressing questions and recording who said what. */
    public record Participants(ConversationType type, String employee, @Nullable String manager) {

        boolean together() {
            return type == ConversationType.GESPREK;
        }

        /** Tips come from articles written for whoever uses Koers here: the employee, or the leader in a one-on-one. */
        String audience() {
            return together() ? "leidinggevende" : "medewerker";
        }

        Map<String, String> names() {
            return Map.of("medewerker", Wording.firstName(employee, "je"),
                    "leidinggevende", Wording.firstName(manager, "je leidinggevende"));
        }
    }

    /** The outcome of one turn. */
    public record Turn(String reply, List<SourceRef> sources, DialogueState state, Pop pop, Phase phase) {
    }

    private enum Command {
        NONE, HELP, BACK, SKIP, NEXT_PHASE, STOP;

        static Command of(String input) {
            return switch (DutchText.lowerCase(input.strip()).replaceAll("[.!?'\"]", "").strip()) {
                case "help", "hulp", "uitleg" -> HELP;
                case "terug", "vorige", "vorige vraag" -> BACK;
                case "overslaan", "sla over", "skip", "volgende vraag" -> SKIP;
                case "volgende fase", "volgende stap", "door naar de volgende fase" -> NEXT_PHASE;
                case "stop", "afronden", "rond af", "stoppen" -> STOP;
                default -> NONE;
            };
        }
    }

    private final QuestionBank bank;
    private final Tips tips;
    private final AnswerReader reader;
    private final DutchDates dates;

    public GuidedDialogue(QuestionBank bank, Tips tips, Clock clock) {
        this.bank = bank;
        this.tips = tips;
        this.reader = new AnswerReader();
        this.dates = new DutchDates(clock);
    }

    /** The first message of a new conversation: welcome, the first phase's introduction and its first question. */
    public Turn open(Participants who, Pop pop) {
        var reply = new Reply();
        reply.add(texts().text("welkom." + who.type().name(), who.names()));
        DialogueState state = DialogueState.start();
        state = ask(who, state, state.at(), new PopDraft(pop), reply, true);
        return new Turn(reply.text(), reply.sources, state, pop, Phase.INVENTARISATIE);
    }

    public Turn answer(Participants who, DialogueState before, Pop pop, String input) {
        return answer(who, before, pop, new AnswerText(input, dates), Map.of());
    }

    /**
     * Reads an answer for the question that the conversation, as last seen, expects: the expensive part of a turn
     * (lists, dates, actions, amounts), which depends on the words only. A turn does this before it takes the
     * conversation's lock and hands the result to {@link #answer(Participants, DialogueState, Pop, AnswerText, Map)};
     * if another turn moved the conversation on meanwhile, whatever else that turn needs is read under the lock.
     */
    public AnswerText readAhead(DialogueState expected, String input) {
        AnswerText answer = new AnswerText(input, dates);
        Phase phase = expected.at().phase();
        if (Command.of(input) != Command.NONE || phase == Phase.AFGEROND || phase == Phase.VRAAG) {
            return answer;
        }
        Pending pending = expected.pending();
        if (pending == null) {
            AnswerReader.readAhead(question(expected.at()).field(), answer);
        } else if (pending.kind() == PendingKind.SMART) {
            answer.date();
        } else {
            answer.formChoice();
        }
        return answer;
    }

    /**
     * A turn, with learning forms that the language model recognised for actions by description; the dialogue's own
     * recognition of Dutch wording goes first.
     */
    public Turn answer(Participants who, DialogueState before, Pop pop, AnswerText answer,
            Map<String, LearningForm> formHints) {
        String input = answer.text();
        var reply = new Reply();
        var draft = new PopDraft(pop);
        DialogueState state = before;
        Command command = Command.of(input);
        if (state.at().phase() == Phase.AFGEROND) {
            return afterFinish(who, state, draft, reply, command);
        }
        switch (command) {
            case HELP -> {
                reply.add(texts().text("help"));
                state = state.pending() != null ? askPending(who, state, draft, reply)
                        : ask(who, state, state.at(), draft, reply, false);
            }
            case BACK -> state = back(who, state, draft, reply);
            case SKIP -> state = skip(who, state, draft, reply);
            case NEXT_PHASE -> {
                reply.add(texts().text("volgende_fase"));
                state = nextPhase(who, state.remember(state.at()).pending(null), draft, reply);
            }
            case STOP -> {
                reply.add(texts().text("stop"));
                state = finish(state.pending(null), draft, reply);
            }
            case NONE -> state = state.pending() != null ? resolvePending(who, state, draft, reply, answer)
                    : read(who, state, draft, reply, answer, formHints);
        }
        Pop after = draft.toPop();
        return new Turn(reply.text(), reply.sources, state, after, state.at().phase());
    }

    private DialogueState read(Participants who, DialogueState state, PopDraft draft, Reply reply, AnswerText input,
            Map<String, LearningForm> formHints) {
        Position at = state.at();
        Question question = question(at);
        AnswerReader.Result result = reader.read(question.field(), input, draft, at.goal(),
                state.clarified().contains(at.key()), formHints);
        switch (result.outcome()) {
            case CLARIFY -> {
                String key = result.note();
                reply.add(texts().text(key, Map.of("opties", options(question.field()))));
                return state.clarifiedAt(at);
            }
            case KEPT -> reply.add(texts().text("bewaard", Map.of("tekst", input.text())));
            case ACCEPTED -> reply.add(result.note());
        }
        attribute(who, question, at, draft);
        state = state.remember(at);
        if (question.field() == PopField.DOEL_ACTIES) {
            Optional<Pending> form = nextUnclassified(draft, at.goal(), 0);
            if (form.isPresent()) {
                state = state.pending(form.get());
                return askPending(who, state, draft, reply);
            }
            state = hintWhenOnlyFormal(who, state, draft, reply);
        }
        if (question.field() == PopField.DOEL_NOG_EEN && result.moreGoals()) {
            Position nextGoal = new Position(Phase.AFSPRAKEN, bank.phase(Phase.AFSPRAKEN).indexOf(PopField.DOEL_BESCHRIJVING),
                    at.goal() + 1);
            return ask(who, state, nextGoal, draft, reply, false);
        }
        return advance(who, state, draft, reply);
    }

    private DialogueState resolvePending(Participants who, DialogueState state, PopDraft draft, Reply reply,
            AnswerText input) {
        Pending pending = state.pending();
        GoalDraft goal = draft.goal(pending.goal());
        if (pending.kind() == PendingKind.SMART) {
            if (goal != null) {
                reply.add(reader.completeGoal(goal, input, draft));
            }
            return ask(who, state.pending(null), state.at(), draft, reply, false);
        }
        if (goal != null && pending.action() < goal.actions.size()) {
            ActionDraft action = goal.actions.get(pending.action());
            action.learningForm = input.formChoice().orElse(null);
            if (action.learningForm == null) {
                reply.add(texts().text("bewaard", Map.of("tekst", input.text())));
                draft.addOpenPoint("Leervorm van '" + action.description + "': " + input.text());
            }
        }
        Optional<Pending> next = nextUnclassified(draft, pending.goal(), pending.action() + 1);
        if (next.isPresent()) {
            return askPending(who, state.pending(next.get()), draft, reply);
        }
        state = hintWhenOnlyFormal(who, state.pending(null), draft, reply);
        return advance(who, state, draft, reply);
    }

    /** The question waiting for an answer, when the next message answers a question of the agenda. */
    public Optional<Question> openQuestion(DialogueState state) {
        if (state.pending() != null || state.at().phase() == Phase.AFGEROND || state.at().phase() == Phase.VRAAG) {
            return Optional.empty();
        }
        return Optional.of(question(state.at()));
    }

    /** The question as it was put to this conversation's people. */
    public String wording(Participants who, Question question) {
        return GuidedTexts.fill(who.together() ? question.together() : question.alone(), who.names());
    }

    /** Whether a message is one of the words that work in every phase (terug, overslaan, …). */
    public static boolean isCommand(String input) {
        return Command.of(input) != Command.NONE;
    }

    private DialogueState back(Participants who, DialogueState state, PopDraft draft, Reply reply) {
        if (state.pending() != null && state.pending().kind() == PendingKind.LEARNING_FORM) {
            reply.add(texts().text("terug"));
            DialogueState cleared = state.pending(null);
            if (!cleared.history().isEmpty() && cleared.history().getLast().equals(cleared.at())) {
                cleared = cleared.forgetLast();
            }
            return ask(who, cleared, cleared.at(), draft, reply, false);
        }
        if (state.history().isEmpty()) {
            reply.add(texts().text("terug_begin"));
            return ask(who, state.pending(null), state.at(), draft, reply, false);
        }
        Position previous = state.history().getLast();
        reply.add(texts().text("terug"));
        DialogueState back = state.forgetLast().pending(null);
        return ask(who, back, previous, draft, reply, previous.phase() != state.at().phase());
    }

    private DialogueState skip(Participants who, DialogueState state, PopDraft draft, Reply reply) {
        reply.add(texts().text("overslaan"));
        if (state.pending() != null) {
            Pending pending = state.pending();
            if (pending.kind() == PendingKind.LEARNING_FORM) {
                Optional<Pending> next = nextUnclassified(draft, pending.goal(), pending.action() + 1);
                if (next.isPresent()) {
                    return askPending(who, state.pending(next.get()), draft, reply);
                }
                return advance(who, hintWhenOnlyFormal(who, state.pending(null), draft, reply), draft, reply);
            }
            return ask(who, state.pending(null), state.at(), draft, reply, false);
        }
        Position at = state.at();
        state = state.remember(at);
        PopField field = question(at).field();
        if (field == PopField.DOEL_BESCHRIJVING && draft.goal(at.goal()) == null) {
            PhaseScript script = bank.phase(Phase.AFSPRAKEN);
            return askOrMove(who, state, new Position(Phase.AFSPRAKEN, script.indexOf(PopField.DOEL_NOG_EEN) + 1,
                    Math.max(0, at.goal() - 1)), draft, reply);
        }
        return advance(who, state, draft, reply);
    }

    /** Moves to the question after the current one, through the goal loop and into the next phase. */
    private DialogueState advance(Participants who, DialogueState state, PopDraft draft, Reply reply) {
        Position at = state.at();
        return askOrMove(who, state, new Position(at.phase(), at.index() + 1, at.goal()), draft, reply);
    }

    private DialogueState askOrMove(Participants who, DialogueState state, Position next, PopDraft draft, Reply reply) {
        PhaseScript script = bank.phase(next.phase());
        if (next.index() >= script.questions().size()) {
            return nextPhase(who, state.at(next), draft, reply);
        }
        Question question = script.questions().get(next.index());
        if (question.field() == PopField.DOEL_NOG_EEN) {
            GoalDraft goal = draft.goal(next.goal());
            boolean incomplete = goal != null && (goal.deadline == null || goal.measure == null || goal.measure.isBlank());
            if (incomplete && !state.smartAsked().contains(next.goal())) {
                DialogueState smart = state.at(next).smartAskedFor(next.goal())
                        .pending(new Pending(PendingKind.SMART, next.goal(), 0));
                return askPending(who, smart, draft, reply);
            }
        }
        return ask(who, state, next, draft, reply, false);
    }

    private DialogueState nextPhase(Participants who, DialogueState state, PopDraft draft, Reply reply) {
        int index = QuestionBank.ORDER.indexOf(state.at().phase());
        if (index < 0 || index + 1 >= QuestionBank.ORDER.size()) {
            return finish(state, draft, reply);
        }
        Phase next = QuestionBank.ORDER.get(index + 1);
        return ask(who, state, new Position(next, 0, Math.max(0, draft.goals.size() - 1)), draft, reply, true);
    }

    private DialogueState finish(DialogueState state, PopDraft draft, Reply reply) {
        draft.inheritDeadlines();
        boolean costs = draft.goals.stream().flatMap(goal -> goal.actions.stream()).anyMatch(action ->
                action.learningForm == LearningForm.FORMEEL
                        || (action.resources != null && action.resources.euros() != null));
        if (costs && draft.funding.isEmpty()) {
            draft.funding = new ArrayList<>(texts().fundingHints());
        }
        Pop pop = draft.toPop();
        int actions = pop.goals().stream().mapToInt(goal -> goal.actions().size()).sum();
        reply.add(texts().text("afgerond", Map.of("doelen", Wording.count(pop.goals().size(), "doel", "doelen"),
                "acties", Wording.count(actions, "actie", "acties"))));
        List<Pop.Check> checks = PopChecks.of(pop);
        if (!checks.isEmpty()) {
            StringBuilder attention = new StringBuilder(texts().text("afgerond_aandacht"));
            checks.forEach(check -> attention.append("\n• ").append(check.message()));
            reply.add(attention.toString());
        }
        reply.add(texts().text("afgerond_volgende"));
        return state.at(new Position(Phase.AFGEROND, 0, state.at().goal()));
    }

    private Turn afterFinish(Participants who, DialogueState state, PopDraft draft, Reply reply, Command command) {
        if (command == Command.BACK && !state.history().isEmpty()) {
            Position previous = state.history().getLast();
            reply.add(texts().text("terug"));
            DialogueState back = ask(who, state.forgetLast(), previous, draft, reply, true);
            return new Turn(reply.text(), reply.sources, back, draft.toPop(), back.at().phase());
        }
        reply.add(texts().text("na_afronding"));
        return new Turn(reply.text(), reply.sources, state, draft.toPop(), Phase.AFGEROND);
    }

    /** Asks the question at a position, with the phase introduction when entering a phase and maybe a tip. */
    private DialogueState ask(Participants who, DialogueState state, Position position, PopDraft draft, Reply reply,
            boolean introduce) {
        PhaseScript script = bank.phase(position.phase());
        Question question = script.questions().get(position.index());
        if (introduce) {
            reply.add(GuidedTexts.fill(script.intro().get(who.together() ? ConversationType.GESPREK
                    : ConversationType.VOORBEREIDING), who.names()));
        }
        DialogueState asked = state.at(position);
        if (question.tip() != null && !reply.tipGiven) {
            Optional<Tips.Tip> tip = tips.tip(question.tip(), who.audience(), asked.tips());
            if (tip.isPresent()) {
                reply.tip(texts().text("tip", Map.of("tip", tip.get().text())), tip.get().source());
                asked = asked.withTip(tip.get().id());
            }
        }
        reply.add(GuidedTexts.fill(who.together() ? question.together() : question.alone(), values(who, draft, position)));
        return asked;
    }

    private DialogueState askPending(Participants who, DialogueState state, PopDraft draft, Reply reply) {
        Pending pending = state.pending();
        GoalDraft goal = draft.goal(pending.goal());
        String name = goal == null ? "" : goal.description;
        if (pending.kind() == PendingKind.LEARNING_FORM) {
            String action = goal == null ? "" : goal.actions.get(pending.action()).description;
            reply.add(texts().text("verduidelijk.leervorm", Map.of("actie", action)));
        } else {
            boolean noMeasure = goal == null || goal.measure == null || goal.measure.isBlank();
            boolean noDeadline = goal == null || goal.deadline == null;
            String key = noMeasure && noDeadline ? "smart.beide" : noMeasure ? "smart.maatstaf" : "smart.deadline";
            reply.add(texts().text(key, Map.of("doel", name)));
        }
        return state;
    }

    private DialogueState hintWhenOnlyFormal(Participants who, DialogueState state, PopDraft draft, Reply reply) {
        List<LearningForm> forms = draft.goals.stream().flatMap(goal -> goal.actions.stream())
                .map(action -> action.learningForm).filter(form -> form != null).toList();
        if (state.hintGiven() || forms.isEmpty() || !forms.stream().allMatch(form -> form == LearningForm.FORMEEL)) {
            return state;
        }
        reply.add(texts().text("hint_70_20_10"));
        DialogueState hinted = state.withHint();
        Optional<Tips.Tip> tip = tips.tip("70-20-10 leren op de werkplek meelopen", who.audience(), hinted.tips());
        if (tip.isPresent()) {
            reply.tip(texts().text("tip", Map.of("tip", tip.get().text())), tip.get().source());
            hinted = hinted.withTip(tip.get().id());
        }
        return hinted;
    }

    private static Optional<Pending> nextUnclassified(PopDraft draft, int goalIndex, int from) {
        GoalDraft goal = draft.goal(goalIndex);
        if (goal == null) {
            return Optional.empty();
        }
        for (int i = from; i < goal.actions.size(); i++) {
            if (goal.actions.get(i).learningForm == null) {
                return Optional.of(new Pending(PendingKind.LEARNING_FORM, goalIndex, i));
            }
        }
        return Optional.empty();
    }

    /** In a one-on-one, records who answered: the POP field and the person's name. */
    private static void attribute(Participants who, Question question, Position at, PopDraft draft) {
        if (!who.together() || question.field().popPath() == null) {
            return;
        }
        String person = question.toManager() ? who.manager() : who.employee();
        if (person != null) {
            draft.attribution.put(question.field().popPath().replaceFirst("goals\\[]", "goals[" + at.goal() + "]"),
                    person);
        }
    }

    private static Map<String, String> values(Participants who, PopDraft draft, Position position) {
        GoalDraft goal = draft.goal(position.goal());
        var values = new java.util.HashMap<>(who.names());
        values.put("doel", goal == null ? "dit doel" : goal.description);
        return values;
    }

    private static String options(PopField field) {
        return switch (field) {
            case RICHTING_DIEPTE -> "verdiepen, verbreden of allebei";
            case RICHTING_PLEK -> "binnen je huidige functie, een andere rol, of nog open";
            default -> "";
        };
    }

    private Question question(Position position) {
        return bank.phase(position.phase()).questions().get(position.index());
    }

    private GuidedTexts texts() {
        return bank.texts();
    }

    /** The reply being built: paragraphs, their sources, and whether this turn already gave a tip. */
    private static final class Reply {
        private final List<String> paragraphs = new ArrayList<>();
        private final Set<SourceRef> sourceSet = new LinkedHashSet<>();
        private final List<SourceRef> sources = new ArrayList<>();
        private boolean tipGiven;

        void add(@Nullable String paragraph) {
            if (paragraph != null && !paragraph.isBlank()) {
                paragraphs.add(paragraph.strip());
            }
        }

        void tip(String paragraph, SourceRef source) {
            add(paragraph);
            tipGiven = true;
            if (sourceSet.add(source)) {
                sources.add(source);
            }
        }

        String text() {
            return String.join("\n\n", paragraphs);
        }
    }
}
