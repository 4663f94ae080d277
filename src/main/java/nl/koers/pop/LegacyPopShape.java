package nl.koers.pop;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads POPs stored before place, budget and time, support and own effort moved from the actions to the goal. Then
 * the dialogue wrote the same answer on every action; now it is said once, on the goal. A stored POP is brought into
 * today's shape when it is read, so no conversation has to be redone and nothing said is lost.
 */
public final class LegacyPopShape {

    private static final List<String> MOVED_TEXTS = List.of("place", "support", "ownEffort");

    private LegacyPopShape() {
    }

    /** The POP JSON with every goal in today's shape; JSON already in that shape comes back as it was. */
    public static JsonNode upgrade(JsonNode pop) {
        JsonNode goals = pop.get("goals");
        if (goals == null || !goals.isArray()) {
            return pop;
        }
        for (JsonNode goal : goals) {
            if (goal instanceof ObjectNode object && goal.get("actions") != null && goal.get("actions").isArray()) {
                upgradeGoal(object);
            }
        }
        return pop;
    }

    private static void upgradeGoal(ObjectNode goal) {
        List<ObjectNode> actions = new ArrayList<>();
        goal.get("actions").forEach(action -> {
            if (action instanceof ObjectNode object) {
                actions.add(object);
            }
        });
        // the old shape wrote these three on every action, null or not; today's actions never have them
        boolean old = actions.stream().anyMatch(action -> MOVED_TEXTS.stream().anyMatch(action::has));
        if (!old) {
            return;
        }
        for (String field : MOVED_TEXTS) {
            Set<String> said = new LinkedHashSet<>();
            for (ObjectNode action : actions) {
                JsonNode value = action.remove(field);
                if (value != null && value.isString() && !value.asString().isBlank()) {
                    said.add(value.asString().strip());
                }
            }
            if (!said.isEmpty() && isMissing(goal.get(field))) {
                goal.put(field, String.join(" / ", said));
            }
        }
        List<ObjectNode> withResources = actions.stream().filter(action -> !isMissing(action.get("resources"))).toList();
        if (withResources.size() == 1 && isMissing(goal.get("resources"))) {
            goal.set("resources", withResources.getFirst().remove("resources"));
        }
    }

    private static boolean isMissing(@Nullable JsonNode node) {
        return node == null || node.isNull() || (node.isString() && node.asString().isBlank());
    }
}
