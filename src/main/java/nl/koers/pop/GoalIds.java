package nl.koers.pop;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A goal's id: "doel-" and a number, given once when the goal first appears and kept through every edit, so that
 * a progress review can say which goal it is about. A POP stored before goals had ids gets them in goal order.
 */
final class GoalIds {

    private static final String PREFIX = "doel-";

    private GoalIds() {
    }

    /**
     * The goals, with every goal that had no id given the next number after the highest in use: by a goal, or by
     * progress recorded for a goal that has since been removed (its number is not given out again).
     */
    static List<Pop.Goal> assigned(List<Pop.Goal> goals, List<Pop.Progress> progress) {
        int highest = 0;
        Set<String> taken = new HashSet<>();
        for (Pop.Progress entry : progress) {
            taken.add(entry.goal());
            highest = Math.max(highest, number(entry.goal()));
        }
        for (Pop.Goal goal : goals) {
            if (goal != null && goal.id() != null && !goal.id().isBlank()) {
                taken.add(goal.id());
                highest = Math.max(highest, number(goal.id()));
            }
        }
        List<Pop.Goal> withIds = new ArrayList<>(goals.size());
        for (Pop.Goal goal : goals) {
            if (goal != null && (goal.id() == null || goal.id().isBlank())) {
                String id;
                do {
                    id = PREFIX + ++highest;
                } while (taken.contains(id));
                taken.add(id);
                withIds.add(goal.withId(id));
            } else {
                withIds.add(goal);
            }
        }
        return withIds;
    }

    private static int number(String id) {
        if (!id.startsWith(PREFIX)) {
            return 0;
        }
        try {
            return Integer.parseInt(id.substring(PREFIX.length()));
        } catch (NumberFormatException notOurs) {
            return 0;
        }
    }
}
