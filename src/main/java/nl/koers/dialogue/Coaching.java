package nl.koers.dialogue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import nl.koers.dialogue.DialogueState.Pending;
import nl.koers.dialogue.DialogueState.PendingKind;
import nl.koers.dialogue.PopDraft.GoalDraft;
import nl.koers.dutch.DutchPhrases;
import nl.koers.pop.LearningForm;
import nl.koers.pop.Pop;
import nl.koers.pop.PopChecks;
import nl.koers.pop.PopLabels;
import nl.koers.pop.Resources;

/**
 * The dialogue's coaching beside the questions: at most one knowledge tip per turn, each tip once per conversation;
 * one 70-20-10 hint when a plan holds formal learning only; funding hints when the plan costs money; and the POP's
 * checks when it is done.
 */
final class Coaching {

    private static final String WORKPLACE_LEARNING = "70-20-10 leren op de werkplek meelopen";

    private final GuidedTexts texts;
    private final Tips tips;
    private final Participants who;

    Coaching(GuidedTexts texts, Tips tips, Participants who) {
        this.texts = texts;
        this.tips = tips;
        this.who = who;
    }

    /**
     * A tip beside a question: at most one per phase and one per turn, never from an article given before, found with
     * what the person just said in the query.
     */
    DialogueState tip(String query, DialogueState state, Reply reply) {
        String moment = "tip:" + state.at().phase();
        if (state.moments().contains(moment)) {
            return state;
        }
        DialogueState tipped = source(query, state, reply);
        return tipped == state ? state : tipped.withMoment(moment);
    }

    /** A passage with its source for a coaching hint: not counted as the phase's tip, but once per turn and article. */
    private DialogueState source(String query, DialogueState state, Reply reply) {
        if (reply.tipGiven()) {
            return state;
        }
        Optional<Tips.Tip> tip = tips.tip(query, who.audience(), state.tips());
        if (tip.isEmpty()) {
            return state;
        }
        reply.tip(texts.text("tip", Map.of("tip", tip.get().text())), tip.get().source());
        return state.withTip(tip.get().id());
    }

    /**
     * "Als ik het goed begrijp": what the first two phases gave, in the person's own words, before the agreements;
     * empty when they gave nothing to sum up.
     */
    Optional<String> summary(PopDraft draft) {
        List<String> lines = new ArrayList<>();
        line(lines, "samenvatting.rol", draft.role);
        line(lines, "samenvatting.energie", draft.energy);
        if (!draft.talents.isEmpty()) {
            lines.add("- " + texts.text("samenvatting.talenten") + " "
                    + Wording.list(draft.talents.stream().map(Coaching::quoted).toList()));
        }
        line(lines, "samenvatting.kort", draft.shortTerm);
        line(lines, "samenvatting.lang", draft.longTerm);
        line(lines, "samenvatting.wensen", draft.wishes);
        line(lines, "samenvatting.organisatie", draft.organisationWishes);
        String direction = PopLabels.direction(new Pop.Direction(draft.depth, draft.scope, null));
        if (!direction.isEmpty()) {
            lines.add("- " + texts.text("samenvatting.richting") + " " + direction);
        }
        line(lines, "samenvatting.mogelijkheden", draft.possibilities);
        line(lines, "samenvatting.belemmeringen", draft.obstacles);
        if (lines.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(texts.text("samenvatting.intro", who.names()) + "\n" + String.join("\n", lines) + "\n\n"
                + texts.text("samenvatting.vraag"));
    }

    private void line(List<String> lines, String label, @Nullable String value) {
        if (value != null && !value.isBlank()) {
            lines.add("- " + texts.text(label) + " " + quoted(value));
        }
    }

    /** When the first goal is asked for: the talents and the ambition, so the goal can build on them. */
    void recall(PopDraft draft, Reply reply) {
        String talents = draft.talents.isEmpty() ? null : Wording.list(draft.talents.stream().map(Coaching::quoted).toList());
        String ambition = draft.shortTerm == null || draft.shortTerm.isBlank() ? null : quoted(draft.shortTerm);
        if (talents != null && ambition != null) {
            reply.add(texts.text("herinnering.beide", Map.of("talenten", talents, "ambitie", ambition)));
        } else if (talents != null) {
            reply.add(texts.text("herinnering.talenten", Map.of("talenten", talents)));
        } else if (ambition != null) {
            reply.add(texts.text("herinnering.ambitie", Map.of("ambitie", ambition)));
        }
    }

    /** The most of one answer that Koers quotes back: enough to recognise it, not a paragraph. */
    private static final int QUOTED = 160;

    /**
     * The person's own words inside Koers's sentence, between quotes, so that "Ik ben nauwkeurig" reads as what they
     * said and not as Koers's grammar: on one line, without a closing full stop, and cut after a word when long.
     */
    static String quoted(String text) {
        String line = DutchPhrases.withoutFiller(text.replaceAll("\\s++", " "));
        if (line.length() > QUOTED) {
            int sentence = Math.max(line.lastIndexOf(". ", QUOTED), Math.max(line.lastIndexOf("! ", QUOTED),
                    line.lastIndexOf("? ", QUOTED)));
            int cut = line.lastIndexOf(' ', QUOTED);
            line = sentence > QUOTED / 3 ? line.substring(0, sentence + 1)
                    : line.substring(0, cut > QUOTED / 2 ? cut : QUOTED) + " …";
        }
        if (line.endsWith(".")) {
            line = line.substring(0, line.length() - 1);
        }
        return "‘" + Wording.inline(line) + "’";
    }

    /**
     * A question back: a short answer from the knowledge base with its source, or that it says nothing about it;
     * the article's id when one answered. A question is answered even from an article given before as a tip.
     */
    Optional<String> answerQuestion(String question, Reply reply) {
        return answerQuestion(question, reply, true);
    }

    /** The same, for a question at the end of an answer: then the conversation goes on, not back to the question. */
    Optional<String> answerQuestion(String question, Reply reply, boolean askedAgain) {
        Optional<Tips.Tip> tip = tips.tip(question, who.audience(), Set.of());
        if (tip.isEmpty()) {
            reply.add(texts.text("vraag.geen"));
            return Optional.empty();
        }
        reply.tip(texts.text("vraag.kort", Map.of("antwoord", tip.get().text())), tip.get().source());
        if (askedAgain) {
            reply.add(texts.text("vraag.daarna"));
        }
        return Optional.of(tip.get().id());
    }

    /** The 70-20-10 hint, once, when every action with a learning form is formal learning. */
    DialogueState hintWhenOnlyFormal(DialogueState state, PopDraft draft, Reply reply) {
        List<LearningForm> forms = draft.goals.stream().flatMap(goal -> goal.actions.stream())
                .map(action -> action.learningForm).filter(form -> form != null).toList();
        if (state.hintGiven() || forms.isEmpty() || !forms.stream().allMatch(form -> form == LearningForm.FORMEEL)) {
            return state;
        }
        reply.add(texts.text("hint_70_20_10"));
        return source(WORKPLACE_LEARNING, state.withHint(), reply);
    }

    /** Where money may come from, when the plan has formal learning or a budget and no funding is noted yet. */
    private void fundingHints(PopDraft draft) {
        boolean costs = draft.goals.stream().anyMatch(goal -> hasMoney(goal.resources) || goal.actions.stream()
                .anyMatch(action -> action.learningForm == LearningForm.FORMEEL || hasMoney(action.resources)));
        if (costs && draft.funding.isEmpty()) {
            draft.funding = new ArrayList<>(texts.fundingHints());
        }
    }

    private static boolean hasMoney(@Nullable Resources resources) {
        return resources != null && resources.euros() != null && resources.euros().signum() > 0;
    }

    /** The POP's checks, as points for attention under the closing message. */
    private void checks(Pop pop, Reply reply) {
        List<Pop.Check> checks = PopChecks.of(pop);
        if (checks.isEmpty()) {
            return;
        }
        StringBuilder attention = new StringBuilder(texts.text("afgerond_aandacht"));
        checks.forEach(check -> attention.append("\n• ").append(check.message()));
        reply.add(attention.toString());
    }

    /** The follow-up question in between: the learning form of an action, or what a goal lacks to be SMART. */
    void followUp(Pending pending, PopDraft draft, Reply reply, List<Signal> signals) {
        if (pending.kind() == PendingKind.FOLLOW_UP) {
            signals.stream().filter(signal -> signal.name().equals(pending.signal())).findFirst().ifPresent(signal ->
                    reply.add(GuidedTexts.fill(who.together() ? signal.together() : signal.alone(), who.names())));
            return;
        }
        if (pending.kind() == PendingKind.SUMMARY) {
            summary(draft).ifPresent(reply::add);
            return;
        }
        if (pending.kind() == PendingKind.EXTRA_ACTION) {
            reply.add(texts.text("extra_actie.vraag"));
            return;
        }
        GoalDraft goal = draft.goal(pending.goal());
        String name = goal == null ? "" : goal.description;
        if (pending.kind() == PendingKind.LEARNING_FORM) {
            String action = goal == null ? "" : goal.actions.get(pending.action()).description;
            reply.add(texts.text("verduidelijk.leervorm", Map.of("actie", action)));
            return;
        }
        boolean noMeasure = goal == null || goal.measure == null || goal.measure.isBlank();
        boolean noDeadline = goal == null || goal.deadline == null;
        String key = noMeasure && noDeadline ? "smart.beide" : noMeasure ? "smart.maatstaf" : "smart.deadline";
        reply.add(texts.text(key, Map.of("doel", Wording.inline(name))));
    }

    /** The end: deadlines and funding hints completed, what the POP now holds, its checks, and what comes next. */
    void close(PopDraft draft, Reply reply) {
        draft.inheritDeadlines();
        fundingHints(draft);
        Pop pop = draft.toPop();
        int actions = pop.goals().stream().mapToInt(goal -> goal.actions().size()).sum();
        Map<String, String> values = new java.util.HashMap<>(who.names());
        values.put("doelen", Wording.count(pop.goals().size(), "doel", "doelen"));
        values.put("acties", Wording.count(actions, "actie", "acties"));
        if (who.byLeader()) { // the leader's own preparation is no POP: it feeds the agenda of the one-on-one
            reply.add(texts.text("afgerond_leider", values));
            return;
        }
        reply.add(texts.text("afgerond", values));
        checks(pop, reply);
        reply.add(texts.text("afgerond_volgende"));
    }
}
