package nl.koers.dialogue;

import static nl.koers.dialogue.DialogueTurn.ANSWERED;
import static nl.koers.dialogue.DialogueTurn.EXTRA;
import static nl.koers.dialogue.DialogueTurn.SIGNAL;
import static nl.koers.dialogue.DialogueTurn.SUMMARY;

import java.util.Map;
import java.util.Optional;

import nl.koers.dialogue.DialogueState.Pending;
import nl.koers.dialogue.DialogueState.PendingKind;
import nl.koers.dialogue.DialogueState.Position;
import nl.koers.dialogue.PopDraft.ActionDraft;
import nl.koers.dialogue.PopDraft.GoalDraft;
import nl.koers.dutch.DutchText;
import nl.koers.dutch.NonAnswers;
import nl.koers.dutch.YesNo;
import nl.koers.pop.Pop;

/**
 * What makes the guided conversation listen, as moves of one turn: not knowing, a question back or at the end of an
 * answer, a follow-up on something said, the summary before the agreements, and an action added after the 70-20-10
 * hint. Nothing here stores what is not an answer.
 */
final class Listening {

    private final DialogueTurn turn;

    Listening(DialogueTurn turn) {
        this.turn = turn;
    }

    /** "… Kan ik dat zelf betalen of is er subsidie?": the question at the end of an answer is answered too. */
    void answerTrailingQuestion(Answer answer) {
        NonAnswers.trailingQuestion(answer.said())
                .flatMap(asked -> turn.coaching().answerQuestion(asked, turn.reply(), false))
                .ifPresent(tip -> turn.state(turn.state().withTip(tip)));
    }

    /**
     * "Wat bedoel je met verbreden?" while the open question is about verdiepen and verbreden: its own explanation
     * says it best. True when that was the answer.
     */
    boolean explainedByTheQuestion(String asked) {
        if (turn.state().pending() != null || turn.state().at().phase() == Phase.AFGEROND) {
            return false;
        }
        Optional<String> term = NonAnswers.termAskedAbout(asked);
        String explanation = turn.question(turn.state().at()).explanation();
        if (term.isEmpty() || explanation == null || !DutchText.lowerCase(explanation).contains(term.get())) {
            return false;
        }
        turn.reply().add(GuidedTexts.fill(explanation, turn.values(turn.state().at())));
        return true;
    }

    /**
     * "Geen idee": nothing is stored. The first time Koers helps with a smaller question or an example; the next time
     * it moves on, and where the plan needs the answer (a goal, the direction, the reviews) it becomes an open point.
     */
    void notKnowing() {
        Position at = turn.state().at();
        Question question = turn.question(at);
        if (question.smaller() != null && !turn.state().clarified().contains(at.key())) {
            turn.reply().add(turn.texts().text("weet_niet.eerst"));
            turn.reply().add(GuidedTexts.fill(question.smaller(), turn.values(at)));
            turn.state(turn.state().clarifiedAt(at));
            return;
        }
        if (question.field().mattersForThePlan()) {
            turn.draft().addOpenPoint(openPoint(question, at));
            turn.reply().add(turn.texts().text("weet_niet.open"));
        } else {
            turn.reply().add(turn.texts().text("weet_niet.verder"));
        }
        turn.passOver();
    }

    /** The open point for a question left open: what is still to be found out, for which goal. */
    private String openPoint(Question question, Position at) {
        GoalDraft goal = turn.draft().goal(at.goal());
        if (goal != null && question.field() == PopField.DOEL_MAATSTAF) {
            return turn.texts().text("weet_niet.maatstaf", Map.of("doel", goal.description));
        }
        if (goal != null && question.field() == PopField.DOEL_DEADLINE) {
            return turn.texts().text("weet_niet.deadline", Map.of("doel", goal.description));
        }
        String wording = turn.who().together() ? question.together() : question.alone();
        String asked = Wording.firstSentence(GuidedTexts.fill(wording, turn.values(at)));
        return goal == null || !question.field().perGoal()
                ? turn.texts().text("weet_niet.open_punt", Map.of("vraag", asked))
                : turn.texts().text("weet_niet.open_punt_doel", Map.of("vraag", asked, "doel", goal.description));
    }

    /**
     * A follow-up on something said in the first two phases, once per signal and at most {@link
     * QuestionBankLoader#SIGNALS_AT_MOST} times a conversation; true when one was asked.
     */
    boolean followUp(Position at, Answer answer) {
        if (at.phase() == Phase.AFSPRAKEN || answer instanceof Answer.Nothing) {
            return false;
        }
        long followedUp = turn.state().moments().stream().filter(moment -> moment.startsWith(SIGNAL)).count();
        if (followedUp >= QuestionBankLoader.SIGNALS_AT_MOST) {
            return false;
        }
        String spoken = Signal.spoken(answer.said());
        Optional<Signal> heard = turn.bank().signals().stream()
                .filter(signal -> !turn.state().moments().contains(SIGNAL + signal.name()))
                .filter(signal -> signal.heardIn(spoken)).findFirst();
        if (heard.isEmpty()) {
            return false;
        }
        Signal signal = heard.get();
        turn.state(turn.state().withMoment(SIGNAL + signal.name())
                .pending(new Pending(PendingKind.FOLLOW_UP, at.goal(), 0, signal.name())));
        if (signal.tip() != null) {
            turn.state(turn.coaching().tip(signal.tip(), turn.state(), turn.reply()));
        }
        turn.askPending();
        return true;
    }

    /** The answer to a follow-up on a signal: added where the signal says, and on to the next question. */
    void answerFollowUp(Pending pending, Answer answer) {
        // "klopt", "ja hoor", "nee": agreeing or declining adds nothing to the plan
        boolean onlyAgreeing = GuidedReader.ALL_RIGHT.matcher(answer.said()).matches()
                || YesNo.parse(answer.said()).isPresent() && YesNo.content(answer.said()).isEmpty();
        Optional<Signal> signal = turn.bank().signals().stream().filter(known -> known.name().equals(pending.signal()))
                .findFirst().filter(known -> !onlyAgreeing && (answer instanceof Answer.Text || answer instanceof Answer.Items));
        signal.ifPresent(known -> turn.draft().append(known.field(), answer instanceof Answer.Text text ? text.value()
                : answer.said()));
        if (signal.isPresent() && signal.get().answers()) {
            turn.state(turn.state().withMoment(ANSWERED + signal.get().field().key()));
        }
        answerTrailingQuestion(answer);
        turn.state(turn.state().pending(null));
        turn.advance();
    }

    /** The answer to "wil je er zo'n actie bij zetten?": the actions named are added, with their learning form. */
    void addActions(Pending pending, Answer answer) {
        GoalDraft goal = turn.draft().goal(pending.goal());
        turn.state(turn.state().pending(null));
        if (goal == null || !(answer instanceof Answer.Actions actions)) {
            if (answer instanceof Answer.YesNo yes && yes.yes() && !turn.state().clarified().contains(EXTRA)) {
                turn.state(turn.state().clarifiedAt(EXTRA).pending(pending));
                turn.reply().add(turn.texts().text("extra_actie.welke"));
                return;
            }
            turn.advance();
            return;
        }
        int from = goal.actions.size();
        actions.actions().stream().limit(Math.max(0, Pop.ITEMS - from)).forEach(action ->
                goal.actions.add(new ActionDraft(action.description(), action.form(), action.deadline())));
        turn.reply().add("Genoteerd: " + Wording.list(goal.actions.subList(from, goal.actions.size()).stream()
                .map(action -> Wording.inline(action.description)).toList()) + ".");
        Optional<Pending> form = turn.nextUnclassified(pending.goal(), from);
        if (form.isPresent()) {
            turn.state(turn.state().pending(form.get()));
            turn.askPending();
            return;
        }
        turn.advance();
    }

    /**
     * The answer to the summary before the agreements: a yes (or nothing) goes on; "nee" asks once what should be
     * different; anything else is kept as an addition in the open points, where the POP shows it.
     */
    void confirmSummary(Answer answer) {
        String said = answer.said();
        Optional<String> question = NonAnswers.isQuestion(said) ? Optional.of(said) : NonAnswers.trailingQuestion(said);
        question.flatMap(asked -> turn.coaching().answerQuestion(asked, turn.reply(), false))
                .ifPresent(tip -> turn.state(turn.state().withTip(tip)));
        String words = question.map(asked -> said.substring(0, said.length() - asked.length()).strip()).orElse(said);
        if (YesNo.parse(words).orElse(false)) { // "Ja, dat klopt. Maar ik ben ook goed met klanten": the addition
            words = YesNo.content(words).orElse("");
        }
        boolean agreed = answer instanceof Answer.Nothing || answer instanceof Answer.DontKnow || words.isBlank();
        boolean bareNo = YesNo.parse(words).filter(yes -> !yes).isPresent() && words.strip().length() <= 12;
        if (bareNo && !turn.state().clarified().contains(SUMMARY)) {
            turn.reply().add(turn.texts().text("samenvatting.nee"));
            turn.state(turn.state().clarifiedAt(SUMMARY));
            return;
        }
        if (!agreed && !bareNo) {
            turn.draft().addOpenPoint(turn.texts().text("samenvatting.open_punt", Map.of("tekst", words.strip())));
            turn.reply().add(turn.texts().text("samenvatting.aanvulling"));
        }
        turn.state(turn.state().pending(null));
        turn.nextPhase();
    }
}
