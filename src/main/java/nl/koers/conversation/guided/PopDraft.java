package nl.koers.conversation.guided;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import nl.koers.dutch.LearningForm;
import nl.koers.dutch.Resources;
import nl.koers.pop.Pop;

/** A POP being filled in during one turn: mutable, so the dialogue can set one field at a time. */
final class PopDraft {

    final Pop base;
    @Nullable String role;
    @Nullable String energy;
    List<String> talents;
    @Nullable String shortTerm;
    @Nullable String longTerm;
    @Nullable String wishes;
    @Nullable String organisationWishes;
    Pop.@Nullable Depth depth;
    Pop.@Nullable Scope scope;
    @Nullable String directionNote;
    @Nullable String possibilities;
    @Nullable String obstacles;
    final List<GoalDraft> goals = new ArrayList<>();
    List<LocalDate> reviews;
    List<String> funding;
    final List<String> openPoints;
    final Map<String, String> attribution;

    static final class GoalDraft {
        String description;
        @Nullable String measure;
        @Nullable LocalDate deadline;
        @Nullable String deadlineText;
        final List<ActionDraft> actions = new ArrayList<>();

        GoalDraft(String description) {
            this.description = description;
        }
    }

    static final class ActionDraft {
        String description;
        @Nullable LearningForm learningForm;
        @Nullable LocalDate deadline;
        @Nullable String place;
        @Nullable Resources resources;
        @Nullable String support;
        @Nullable String ownEffort;

        ActionDraft(String description, @Nullable LearningForm learningForm, @Nullable LocalDate deadline) {
            this.description = description;
            this.learningForm = learningForm;
            this.deadline = deadline;
        }
    }

    PopDraft(Pop pop) {
        this.base = pop;
        role = pop.role();
        energy = pop.energy();
        talents = new ArrayList<>(pop.talents());
        shortTerm = pop.ambitions().shortTerm();
        longTerm = pop.ambitions().longTerm();
        wishes = pop.wishes();
        organisationWishes = pop.organisationWishes();
        depth = pop.direction().depth();
        scope = pop.direction().scope();
        directionNote = pop.direction().note();
        possibilities = pop.possibilities();
        obstacles = pop.obstacles();
        for (Pop.Goal goal : pop.goals()) {
            GoalDraft draft = new GoalDraft(goal.description());
            draft.measure = goal.measure();
            draft.deadline = goal.deadline();
            draft.deadlineText = goal.deadlineText();
            for (Pop.Action action : goal.actions()) {
                ActionDraft a = new ActionDraft(action.description(), action.learningForm(), action.deadline());
                a.place = action.place();
                a.resources = action.resources();
                a.support = action.support();
                a.ownEffort = action.ownEffort();
                draft.actions.add(a);
            }
            goals.add(draft);
        }
        reviews = new ArrayList<>(pop.reviews());
        funding = new ArrayList<>(pop.funding());
        openPoints = new ArrayList<>(pop.openPoints());
        attribution = new LinkedHashMap<>(pop.attribution());
    }

    /** The goal a goal question is about, created when its description arrives. */
    @Nullable GoalDraft goal(int index) {
        return index < goals.size() ? goals.get(index) : null;
    }

    void addOpenPoint(String point) {
        if (!openPoints.contains(point)) {
            openPoints.add(point);
        }
    }

    /** When the plan is done: an action without its own date takes the date of its goal. */
    void inheritDeadlines() {
        for (GoalDraft goal : goals) {
            for (ActionDraft action : goal.actions) {
                if (action.deadline == null) {
                    action.deadline = goal.deadline;
                }
            }
        }
    }

    Pop toPop() {
        List<Pop.Goal> goalList = goals.stream().map(goal -> new Pop.Goal(goal.description, goal.measure, goal.deadline,
                goal.deadlineText, goal.actions.stream().map(a -> new Pop.Action(a.description, a.learningForm,
                        a.deadline, a.place, a.resources, a.support, a.ownEffort)).toList())).toList();
        return new Pop(base.employee(), base.manager(), base.date(), role, new Pop.Ambitions(shortTerm, longTerm),
                List.copyOf(talents), energy, wishes, organisationWishes, new Pop.Direction(depth, scope, directionNote),
                possibilities, obstacles, goalList, reviews.stream().distinct().sorted().toList(), List.copyOf(funding),
                List.copyOf(openPoints), Map.copyOf(attribution), null, null);
    }
}
