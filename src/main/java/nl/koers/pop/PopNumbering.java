package nl.koers.pop;

import java.util.List;

/**
 * How a Dutch message names the goals and actions of a POP: "doel 2", "actie 1 bij doel 2". By default a goal or
 * action is numbered by its place in the POP; an edit form numbers them as its rows, which still include the rows
 * that were emptied to remove a goal or action, so that a message names the row the person sees.
 *
 * @param goals   per goal of the POP, the number it is shown with; a goal beyond the list is numbered by its place
 * @param actions per goal, per action, the number it is shown with; likewise
 */
public record PopNumbering(List<Integer> goals, List<List<Integer>> actions) {

    /** Goals and actions numbered by their place in the POP, from 1. */
    public static final PopNumbering IN_ORDER = new PopNumbering(List.of(), List.of());

    public PopNumbering {
        goals = List.copyOf(goals);
        actions = actions.stream().map(List::copyOf).toList();
    }

    /** "doel 2" for the goal at this place in the POP (from 0). */
    public String goal(int goal) {
        return "doel " + (goal < goals.size() ? goals.get(goal) : goal + 1);
    }

    /** "actie 1 bij doel 2" for the action at these places in the POP (from 0). */
    public String action(int goal, int action) {
        List<Integer> numbers = goal < actions.size() ? actions.get(goal) : List.of();
        return "actie " + (action < numbers.size() ? numbers.get(action) : action + 1) + " bij " + goal(goal);
    }
}
