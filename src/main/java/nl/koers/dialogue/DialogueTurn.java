package nl.koers.dialogue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import nl.koers.dialogue.DialogueState.Pending;
import nl.koers.dialogue.DialogueState.PendingKind;
import nl.koers.dialogue.DialogueState.Position;
import nl.koers.dialogue.PopDraft.ActionDraft;
import nl.koers.dialogue.PopDraft.GoalDraft;
import nl.koers.pop.LearningForm;
import nl.koers.pop.Pop;

/**
 * One turn of the dialogue, worked out on a POP draft: where it stands, the reply being written, and the moves
 * through the agenda (ask, advance, back, skip, next phase, finish). Used once, by one thread.
 */
final class DialogueTurn {

    /** The moment of a signal's follow-up, with the signal's name after it. */
    static final String SIGNAL = "signaal:";
    /** The moment of the summary before the agreements; also its key once "nee" was asked about. */
    static final String SUMMARY = "samenvatting";
    /** The moment of a field whose question a signal's follow-up answered, with the field's key after it. */
    static final String ANSWERED = "beantwoord:";
    /** The key of "welke actie?" asked once after a bare yes to adding an action. */
    static final String EXTRA = "extra_actie";

    private final QuestionBank bank;
    private final Coaching coaching;
    private final Participants who;
    private final PopDraft draft;
    private final Reply reply = new Reply();
    private final Commands commands = new Commands(this);
    private final Listening listening = new Listening(this);
    private DialogueState state;
    /** What the person said this turn, when it was an answer: tips are chosen from it. */
    private @Nullable String said;

    DialogueTurn(QuestionBank bank, Tips tips, Participants who, DialogueState state, Pop pop) {
        this.bank = bank;
        this.who = who;
        this.state = state;
        this.draft = new PopDraft(pop);
        this.coaching = new Coaching(bank.texts(), tips, who);
    }

    Step open() {
        reply.add(texts().text("welkom." + who.setting().key(), who.names()));
        ask(state.at(), true);
        return step();
    }

    /** The opening of a one-on-one that starts from the employee's shared preparation. */
    Step openFromPreparation(LocalDate sharedOn, List<Agenda.Item> agenda) {
        reply.add(texts().text("welkom." + who.setting().key(), who.names()));
        Map<String, String> values = new HashMap<>(who.names());
        values.put("datum", Wording.date(sharedOn));
        reply.add(texts().text("voorbereiding.gedeeld", values));
        agenda(agenda, "voorbereiding.agenda");
        ask(state.at(), true);
        return step();
    }

    /** The opening of a one-on-one for which only the leader prepared: the leader's points first. */
    Step openWithAgenda(List<Agenda.Item> agenda) {
        reply.add(texts().text("welkom." + who.setting().key(), who.names()));
        agenda(agenda, "voorbereiding.agenda_leider");
        ask(state.at(), true);
        return step();
    }

    /**
     * The agenda as a table: topic, what the employee prepared, what the leader prepared. The opening shows where the
     * two part (a typed answer that differs, or only one answered); free text both wrote stays side by side in the
     * agenda of the conversation, and the opening says how much of it there is.
     */
    private void agenda(List<Agenda.Item> all, String intro) {
        List<Agenda.Item> agenda = all.stream().filter(Agenda.Item::parting).toList();
        int sideBySide = all.size() - agenda.size();
        if (agenda.isEmpty()) {
            if (sideBySide > 0) {
                reply.add(texts().text("voorbereiding.naast_elkaar", Map.of("aantal", String.valueOf(sideBySide))));
            }
            return;
        }
        Map<String, String> names = who.names();
        StringBuilder table = new StringBuilder(texts().text(intro, names)).append("\n\n| ")
                .append(texts().text("voorbereiding.onderwerp")).append(" | ").append(names.get("medewerker"))
                .append(" | ").append(names.get("leidinggevende")).append(" |\n|---|---|---|");
        for (Agenda.Item item : agenda) {
            table.append("\n| ").append(Wording.inline(item.topic())).append(" | ").append(cell(item.employee()))
                    .append(" | ").append(cell(item.leader())).append(" |");
        }
        reply.add(table.toString());
        if (sideBySide > 0) {
            reply.add(texts().text("voorbereiding.naast_elkaar", Map.of("aantal", String.valueOf(sideBySide))));
        }
    }

    private static String cell(@Nullable String answer) {
        return answer == null ? "–" : Wording.inline(Coaching.quoted(answer));
    }

    Step answer(Answer answer) {
        if (state.at().phase() == Phase.AFGEROND) {
            commands.afterFinish(answer);
            return step();
        }
        if (answer instanceof Answer.Correction correction && (correction.answer() instanceof Answer.Question
                || correction.answer() instanceof Answer.DontKnow)) {
            answer = correction.answer(); // "nee, wat bedoel je?" is a question
        }
        said = answer instanceof Answer.Command || answer instanceof Answer.DontKnow ? null : answer.said();
        switch (answer) {
            case Answer.Command command -> commands.take(command.word());
            case Answer.Question question -> {
                if (!listening.explainedByTheQuestion(question.said())) {
                    coaching.answerQuestion(question.said(), reply).ifPresent(tip -> state = state.withTip(tip));
                }
                askAgain();
            }
            case Answer.DontKnow dontKnow when state.pending() == null -> listening.notKnowing();
            default -> {
                if (state.pending() != null) {
                    resolvePending(answer);
                } else {
                    read(answer);
                }
            }
        }
        return step();
    }

    DialogueState state() {
        return state;
    }

    void state(DialogueState next) {
        state = next;
    }

    Reply reply() {
        return reply;
    }

    PopDraft draft() {
        return draft;
    }

    Participants who() {
        return who;
    }

    Coaching coaching() {
        return coaching;
    }

    QuestionBank bank() {
        return bank;
    }

    /** The words of the open question, without tips or introductions: for the model that reads the answer. */
    String question() {
        askAgain();
        return reply.last();
    }

    private Step step() {
        Pop pop = draft.toPop();
        return new Step(reply.text(), reply.sources(), state, pop, state.at().phase(), Dialogue.expecting(bank, state, pop));
    }

    private void read(Answer given) {
        Position at = state.at();
        Question question = question(at);
        boolean confirming = confirming(at, question.field());
        Answer answer = given instanceof Answer.Correction correction ? correction.answer() : given;
        boolean replacing = given instanceof Answer.Correction; // "nee, …": else an answer adds to what was prepared
        if (confirming && answer instanceof Answer.YesNo confirmed) {
            confirm(at, question, confirmed.yes());
            return;
        }
        if (question.field() == PopField.DOEL_NOG_EEN && preparedGoal(at.goal() + 1)
                && answer instanceof Answer.YesNo more && !more.yes()) {
            dropPreparedGoals(at.goal() + 1);
            Optional<String> other = otherGoal(more.said()); // "nee, dat niet. Wel een doel over inkoop: …"
            if (other.isPresent()) {
                answer = new Answer.YesNo(true, "ja, " + other.get());
            }
        }
        String before = question.field().phase() != Phase.AFSPRAKEN && !state.history().contains(at)
                && !(confirming && replacing) ? draft.text(question.field()) : null; // a follow-up's, or prepared
        List<String> talentsBefore = List.copyOf(draft.talents);
        GoalDraft goalBefore = draft.goal(at.goal());
        GoalDraft snapshot = goalBefore == null ? null : goalBefore.copy();
        SlotFilling.Result result = new SlotFilling(draft, at.goal(), state.clarified().contains(at.key()))
                .fill(question.field(), answer);
        if (before != null && !before.isBlank() && result.outcome() == SlotFilling.Outcome.ACCEPTED
                && draft.text(question.field()) != null) {
            draft.set(question.field(), PopDraft.appended(before, draft.text(question.field())));
        }
        switch (result.outcome()) {
            case CLARIFY -> {
                reply.add(texts().text(result.note(), Map.of("opties", Options.spoken(Options.of(question.field())))));
                state = state.clarifiedAt(at);
                return;
            }
            case KEPT -> reply.add(texts().text("bewaard", Map.of("tekst", Wording.inline(answer.said()))));
            case ACCEPTED -> reply.add(result.note());
        }
        if (confirming && result.outcome() == SlotFilling.Outcome.ACCEPTED) {
            if (!replacing) { // added to what was prepared
                keepPrepared(question.field(), at.goal(), talentsBefore, snapshot);
            }
            followDeadline(at.goal(), snapshot);
        }
        if (question.field() != PopField.OPEN_PUNTEN) {
            listening.answerTrailingQuestion(answer);
        }
        if (confirming && !replacing && result.outcome() == SlotFilling.Outcome.ACCEPTED) {
            draft.attributeAddition(who, question, at.goal());
        } else {
            draft.attribute(who, question, at.goal());
        }
        state = state.remember(at);
        if (question.field() == PopField.DOEL_ACTIES) {
            if (askLearningForms(at.goal())) {
                return;
            }
            if (hintOrAdvance(at.goal(), false)) {
                return;
            }
        }
        if (result.outcome() == SlotFilling.Outcome.ACCEPTED && !who.byLeader() && listening.followUp(at, answer)) {
            return;
        }
        if (question.field() == PopField.DOEL_NOG_EEN && result.moreGoals()) {
            boolean named = draft.goal(at.goal() + 1) != null; // "ja, ik wil ook mijn rijbewijs halen"
            PhaseScript script = bank.phase(Phase.AFSPRAKEN);
            Position next = new Position(Phase.AFSPRAKEN, script.indexOf(PopField.DOEL_BESCHRIJVING), at.goal() + 1);
            if (named) {
                draft.attribute(who, question(next), next.goal());
                state = state.remember(next);
                next = new Position(Phase.AFSPRAKEN, next.index() + 1, next.goal());
            }
            ask(next, false);
            return;
        }
        advance();
    }

    /**
     * "Klopt" to what the preparation said: it stays, said now by whoever confirmed it. "Nee": Koers asks what it
     * should be, and the question is asked as an open one from then on.
     */
    private void confirm(Position at, Question question, boolean yes) {
        if (!yes) {
            reply.add(texts().text("bevestig.nee", Map.of("onderwerp", texts().text("onderwerp." + question.field().key()))));
            state = state.forget(KnownAnswers.key(question.field(), at.goal()));
            if (draft.text(question.field()) != null) { // what is said next replaces it, rather than adding to it
                draft.clear(question.field());
            }
            return;
        }
        boolean all = GuidedReader.ALL_RIGHT.matcher(said == null ? "" : said).matches();
        reply.add(texts().text(all ? "bevestig.alles" : "bevestig.klopt", who.names()));
        draft.attributeTo(question, at.goal(), who.employee()); // the prepared words are the employee's
        state = state.remember(at);
        if (all) { // "alles klopt": the other prepared answers of this phase (of this goal) stay too
            PhaseScript script = bank.phase(at.phase());
            for (int index = at.index() + 1; index < script.questions().size(); index++) {
                Position later = new Position(at.phase(), index, at.goal());
                Question kept = script.questions().get(index);
                if (confirming(later, kept.field()) && !(kept.field() == PopField.DOEL_ACTIES
                        && nextUnclassified(at.goal(), 0).isPresent())) { // a learning form is asked about first
                    draft.attributeTo(kept, at.goal(), who.employee());
                    state = state.remember(later);
                }
            }
            advance();
            return;
        }
        if (question.field() == PopField.DOEL_ACTIES && askLearningForms(at.goal())) {
            return;
        }
        advance();
    }

    /** Asks the learning form of the goal's first action that has none; false when every action has one. */
    private boolean askLearningForms(int goal) {
        Optional<Pending> form = nextUnclassified(goal, 0);
        form.ifPresent(pending -> {
            state = state.pending(pending);
            askPending();
        });
        return form.isPresent();
    }

    /**
     * An answer to a prepared question that is no "nee, …" adds to what was prepared: the leader's talents beside
     * the employee's, more actions, words after the prepared words. A goal's name, a date, an amount or a choice is
     * replaced: there is one.
     */
    private void keepPrepared(PopField field, int goal, List<String> talentsBefore, @Nullable GoalDraft before) {
        if (field == PopField.TALENTEN) {
            List<String> all = new ArrayList<>(talentsBefore);
            draft.talents.stream().filter(talent -> all.stream().noneMatch(talent::equalsIgnoreCase)).forEach(all::add);
            draft.talents = all;
        }
        GoalDraft current = draft.goal(goal);
        if (current == null || before == null) {
            return;
        }
        switch (field) {
            case DOEL_ACTIES -> {
                List<ActionDraft> added = List.copyOf(current.actions);
                current.actions.clear();
                current.actions.addAll(before.actions);
                added.stream().filter(action -> before.actions.stream()
                        .noneMatch(old -> old.description.equalsIgnoreCase(action.description)))
                        .forEach(current.actions::add);
            }
            case DOEL_MAATSTAF -> current.measure = added(before.measure, current.measure);
            case DOEL_PLAATS -> current.place = added(before.place, current.place);
            case DOEL_ONDERSTEUNING -> current.support = added(before.support, current.support);
            case DOEL_EIGEN_INZET -> current.ownEffort = added(before.ownEffort, current.ownEffort);
            default -> {
            }
        }
    }

    private static @Nullable String added(@Nullable String prepared, @Nullable String now) {
        return now == null ? prepared : prepared == null || prepared.equals(now) ? now : PopDraft.appended(prepared, now);
    }

    /** A goal's deadline moved: the actions that had its old date (they took it over) move with it. */
    private void followDeadline(int goal, @Nullable GoalDraft before) {
        GoalDraft current = draft.goal(goal);
        if (current == null || before == null || before.deadline == null
                || java.util.Objects.equals(before.deadline, current.deadline) || current.deadline == null) {
            return;
        }
        current.actions.stream().filter(action -> before.deadline.equals(action.deadline))
                .forEach(action -> action.deadline = current.deadline);
    }

    /** What a no to a prepared goal names instead: "nee, dat niet. Wel een doel over inkoop: meelopen met Peter". */
    static Optional<String> otherGoal(String said) {
        String rest = said.strip().replaceFirst("(?iu)^(?:nee|neen)\\b[\\s,.!:;-]*(?:(?:dat|die|deze)(?:\\s+doel)?\\s+niet"
                + "|niet)?[\\s,.!:;-]*(?:maar\\s+)?(?:wel\\s+)?(?:een\\s+(?:ander\\s+|nieuw\\s+)?doel"
                + "(?:\\s+(?:over|voor|met)\\s+[^:]{1,60}:)?\\s*)?", "").strip();
        return rest.split("\\s+").length >= 2 && !rest.equals(said.strip()) ? Optional.of(rest) : Optional.empty();
    }

    /** "Nee" to taking up the next prepared goal: that goal and the ones after it leave the plan, as open points. */
    private void dropPreparedGoals(int from) {
        state = state.forgetGoalsFrom(from);
        while (draft.goals.size() > from) {
            GoalDraft dropped = draft.goals.remove(from);
            draft.addOpenPoint(texts().text("bevestig.doel_niet_opgenomen", Map.of("doel", dropped.description)));
        }
    }

    /** Leaves the open question without an answer and goes on: past the goal questions when no goal was named. */
    void passOver() {
        Position at = state.at();
        state = state.remember(at);
        if (question(at).field() == PopField.DOEL_BESCHRIJVING && draft.goal(at.goal()) == null) {
            PhaseScript script = bank.phase(Phase.AFSPRAKEN);
            askOrMove(new Position(Phase.AFSPRAKEN, script.indexOf(PopField.DOEL_NOG_EEN) + 1, Math.max(0, at.goal() - 1)));
            return;
        }
        advance();
    }

    private void resolvePending(Answer answer) {
        Pending pending = state.pending();
        if (pending.kind() == PendingKind.FOLLOW_UP) {
            listening.answerFollowUp(pending, answer);
            return;
        }
        if (pending.kind() == PendingKind.SUMMARY) {
            listening.confirmSummary(answer);
            return;
        }
        if (pending.kind() == PendingKind.EXTRA_ACTION) {
            listening.addActions(pending, answer);
            return;
        }
        GoalDraft goal = draft.goal(pending.goal());
        if (pending.kind() == PendingKind.SMART && answer instanceof Answer.DontKnow) {
            if (goal != null) {
                reply.add(texts().text("weet_niet.open"));
                boolean noMeasure = goal.measure == null || goal.measure.isBlank();
                draft.addOpenPoint(texts().text(noMeasure ? "weet_niet.maatstaf" : "weet_niet.deadline",
                        Map.of("doel", goal.description)));
            }
            state = state.pending(null);
            ask(state.at(), false);
            return;
        }
        if (pending.kind() == PendingKind.SMART) {
            if (goal != null) {
                reply.add(new SlotFilling(draft, pending.goal(), true).completeGoal(goal, answer));
            }
            state = state.pending(null);
            ask(state.at(), false);
            return;
        }
        if (goal != null && pending.action() < goal.actions.size()) {
            ActionDraft action = goal.actions.get(pending.action());
            action.learningForm = answer instanceof Answer.Choice choice ? LearningForm.valueOf(choice.value()) : null;
            if (action.learningForm == null && !(answer instanceof Answer.DontKnow)) {
                reply.add(texts().text("bewaard", Map.of("tekst", Wording.inline(answer.said()))));
                draft.addOpenPoint("Leervorm van '" + action.description + "': " + answer.said());
            }
        }
        Optional<Pending> next = nextUnclassified(pending.goal(), pending.action() + 1);
        if (next.isPresent()) {
            state = state.pending(next.get());
            askPending();
            return;
        }
        hintOrAdvance(pending.goal(), true);
    }

    /**
     * After a goal's actions: the 70-20-10 hint when they are all courses, and then the chance to add an action of
     * another kind right away, before the next question; true when that chance is asked for. Else, when
     * {@code advance}, on to the next question.
     */
    boolean hintOrAdvance(int goal, boolean advance) {
        boolean hinted = state.hintGiven();
        state = coaching.hintWhenOnlyFormal(state.pending(null), draft, reply);
        if (!hinted && state.hintGiven()) {
            state = state.pending(new Pending(PendingKind.EXTRA_ACTION, goal, 0));
            askPending();
            return true;
        }
        if (advance) {
            advance();
        }
        return false;
    }

    /** Moves to the question after the current one, through the goal loop and into the next phase. */
    void advance() {
        Position at = state.at();
        askOrMove(new Position(at.phase(), at.index() + 1, at.goal()));
    }

    void askOrMove(Position next) {
        PhaseScript script = bank.phase(next.phase());
        if (next.index() >= script.questions().size()) {
            state = state.at(next);
            nextPhase();
            return;
        }
        PopField field = script.questions().get(next.index()).field();
        if (state.moments().contains(ANSWERED + field.key()) && draft.has(field)
                && !state.history().contains(next)) { // a follow-up on a signal already answered it
            state = state.at(next).remember(next);
            askOrMove(new Position(next.phase(), next.index() + 1, next.goal()));
            return;
        }
        if (state.known().contains(KnownAnswers.key(field, next.goal())) && state.history().contains(next)) {
            askOrMove(new Position(next.phase(), next.index() + 1, next.goal())); // confirmed with "alles klopt"
            return;
        }
        GoalDraft current = draft.goal(next.goal());
        if (field == PopField.DOEL_DEADLINE && current != null && current.deadline != null
                && state.at().index() == next.index() - 1
                && !confirming(next, field)) { // the date came with the measure: not asked again
            state = state.at(next).remember(next);
            askOrMove(new Position(next.phase(), next.index() + 1, next.goal()));
            return;
        }
        if (field == PopField.DOEL_NOG_EEN) {
            GoalDraft goal = draft.goal(next.goal());
            boolean incomplete = goal != null && (goal.deadline == null || goal.measure == null || goal.measure.isBlank());
            if (incomplete && !state.smartAsked().contains(next.goal())) {
                state = state.at(next).smartAskedFor(next.goal()).pending(new Pending(PendingKind.SMART, next.goal(), 0));
                askPending();
                return;
            }
        }
        ask(next, false);
    }

    void nextPhase() {
        nextPhase(true);
    }

    /** Into the next phase, or to the end after the last; before the agreements a summary, when {@code summarize}. */
    void nextPhase(boolean summarize) {
        if (summarize && state.at().phase() == Phase.VOORSTELLEN && !state.moments().contains(SUMMARY)
                && !who.byLeader()) {
            state = state.withMoment(SUMMARY);
            if (coaching.summary(draft).isPresent()) {
                state = state.pending(new Pending(PendingKind.SUMMARY, 0, 0));
                askPending();
                return;
            }
        }
        int index = QuestionBank.ORDER.indexOf(state.at().phase());
        if (index < 0 || index + 1 >= QuestionBank.ORDER.size()) {
            finish();
            return;
        }
        int goal = state.known().isEmpty() ? Math.max(0, draft.goals.size() - 1) : 0; // prepared goals: from the first
        ask(new Position(QuestionBank.ORDER.get(index + 1), 0, goal), true);
    }

    void finish() {
        coaching.close(draft, reply);
        state = state.at(new Position(Phase.AFGEROND, 0, state.at().goal()));
    }

    void askAgain() {
        if (state.pending() != null) {
            askPending();
        } else if (state.at().phase() != Phase.AFGEROND) {
            ask(state.at(), false);
        }
    }

    /** Asks the question at a position, with the phase introduction when entering a phase and maybe a tip. */
    void ask(Position position, boolean introduce) {
        PhaseScript script = bank.phase(position.phase());
        Question question = script.questions().get(position.index());
        if (introduce) {
            reply.add(GuidedTexts.fill(script.intro().get(who.setting()), who.names()));
        }
        state = state.at(position);
        if (question.tip() != null && said != null) { // a tip follows what the person said, not the first question
            state = coaching.tip(question.tip() + " " + said, state, reply);
        }
        if (confirming(position, question.field())) {
            reply.add(texts().text("bevestig.vraag", confirmValues(position, question.field())));
            return;
        }
        if (question.field() == PopField.DOEL_NOG_EEN && preparedGoal(position.goal() + 1)) {
            reply.add(texts().text("bevestig.doel_nog_een", confirmValues(new Position(Phase.AFSPRAKEN,
                    bank.phase(Phase.AFSPRAKEN).indexOf(PopField.DOEL_BESCHRIJVING), position.goal() + 1),
                    PopField.DOEL_BESCHRIJVING)));
            return;
        }
        if (question.field() == PopField.DOEL_BESCHRIJVING && position.goal() == 0 && !who.byLeader()) {
            coaching.recall(draft, reply);
        }
        reply.add(GuidedTexts.fill(question.wording(who.setting()), values(position)));
    }

    private boolean confirming(Position position, PopField field) {
        return state.confirming(position, field, draft.toPop());
    }

    /** A goal the preparation brought that this conversation has not taken up yet. */
    private boolean preparedGoal(int goal) {
        return draft.goal(goal) != null && state.known().contains(KnownAnswers.key(PopField.DOEL_BESCHRIJVING, goal))
                && state.history().stream().noneMatch(p -> p.phase() == Phase.AFSPRAKEN && p.goal() == goal);
    }

    private Map<String, String> confirmValues(Position position, PopField field) {
        Map<String, String> values = new HashMap<>(values(position));
        String known = KnownAnswers.shown(draft.toPop(), field, position.goal());
        String shown = PopDraft.fit(known == null ? "" : known).replaceFirst("[.]+$", ""); // the sentence goes on after it
        values.put("waarde", "‘" + Wording.inline(shown) + "’");
        values.put("onderwerp", texts().text("onderwerp." + field.key()));
        values.put("doel", known == null ? "" : Wording.inline(known));
        return values;
    }

    void askPending() {
        coaching.followUp(state.pending(), draft, reply, bank.signals());
    }

    Optional<Pending> nextUnclassified(int goalIndex, int from) {
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

    Map<String, String> values(Position position) {
        GoalDraft goal = draft.goal(position.goal());
        Map<String, String> values = new HashMap<>(who.names());
        values.put("doel", goal == null ? "dit doel" : Wording.inline(goal.description));
        return values;
    }

    Question question(Position position) {
        return bank.phase(position.phase()).questions().get(position.index());
    }

    GuidedTexts texts() {
        return bank.texts();
    }
}
