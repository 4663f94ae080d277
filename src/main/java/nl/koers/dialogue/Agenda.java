package nl.koers.dialogue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;

import nl.koers.dutch.DutchText;
import nl.koers.pop.Pop;
import nl.koers.pop.Resources;

/**
 * The agenda of a one-on-one: where the employee's and the leader's preparations differ, or only one of them
 * answered. Typed answers are compared (direction, dates, budget and time, talents, whether a goal is there); free
 * text is put side by side and not judged, unless both wrote the very same words.
 */
public final class Agenda {

    /** One point: a Dutch {@code topic}, the question's {@code field} and what each of the two wrote. */
    public record Item(String topic, String field, @Nullable String employee, @Nullable String leader) {

        /** Where the two really part: a typed answer that differs, or only one of them answered. */
        public boolean parting() {
            return employee == null || leader == null || TYPED.stream().anyMatch(typed -> typed.key().equals(field));
        }
    }

    private static final Set<PopField> TYPED = Set.of(PopField.TALENTEN, PopField.RICHTING_DIEPTE,
            PopField.RICHTING_PLEK, PopField.VOORTGANG, PopField.DOEL_DEADLINE, PopField.DOEL_MIDDELEN);

    private Agenda() {
    }

    /** The points where the two preparations part; either may be missing (then every answer of the other counts). */
    public static List<Item> of(GuidedTexts texts, @Nullable Pop employee, @Nullable Pop leader) {
        List<Item> items = new ArrayList<>();
        if (employee == null && leader == null) {
            return items;
        }
        for (PopField field : PopField.values()) {
            if (!field.perGoal() && field.popPath() != null) {
                compare(items, capitalised(texts.text("onderwerp." + field.key())), field, employee, leader, 0);
            }
        }
        int goals = Math.max(employee == null ? 0 : employee.goals().size(), leader == null ? 0 : leader.goals().size());
        for (int goal = 0; goal < goals; goal++) {
            for (PopField field : PopField.values()) {
                if (field.perGoal() && field.popPath() != null) {
                    String topic = texts.text("onderwerp.doel", Map.of("nummer", String.valueOf(goal + 1)))
                            + (field == PopField.DOEL_BESCHRIJVING ? "" : ": " + texts.text("onderwerp." + field.key()));
                    compare(items, topic, field, employee, leader, goal);
                }
            }
        }
        return items;
    }

    private static String capitalised(String topic) {
        return topic.isEmpty() ? topic : Character.toUpperCase(topic.charAt(0)) + topic.substring(1);
    }

    private static void compare(List<Item> items, String topic, PopField field, @Nullable Pop employee,
            @Nullable Pop leader, int goal) {
        String mine = employee == null ? null : KnownAnswers.shown(employee, field, goal);
        String theirs = leader == null ? null : KnownAnswers.shown(leader, field, goal);
        if (mine == null && theirs == null) {
            return;
        }
        if (mine != null && theirs != null && (TYPED.contains(field) ? same(field, employee, leader, goal)
                : normalised(mine).equals(normalised(theirs)))) {
            return;
        }
        items.add(new Item(topic, field.key(), mine, theirs));
    }

    /** Whether two typed answers mean the same, whatever words they came in. */
    private static boolean same(PopField field, Pop employee, Pop leader, int goal) {
        return switch (field) {
            case TALENTEN -> talents(employee).equals(talents(leader));
            case RICHTING_DIEPTE -> employee.direction().depth() == leader.direction().depth();
            case RICHTING_PLEK -> employee.direction().scope() == leader.direction().scope();
            case VOORTGANG -> new TreeSet<>(employee.reviews()).equals(new TreeSet<>(leader.reviews()));
            case DOEL_DEADLINE -> Objects.equals(employee.goals().get(goal).deadline(), leader.goals().get(goal).deadline())
                    && (employee.goals().get(goal).deadline() != null || normalised(employee.goals().get(goal)
                            .deadlineText()).equals(normalised(leader.goals().get(goal).deadlineText())));
            case DOEL_MIDDELEN -> sameAmounts(employee.goals().get(goal).resources(), leader.goals().get(goal).resources());
            default -> false;
        };
    }

    private static Set<String> talents(Pop pop) {
        Set<String> talents = new TreeSet<>();
        pop.talents().forEach(talent -> talents.add(normalised(talent)));
        return talents;
    }

    private static boolean sameAmounts(@Nullable Resources one, @Nullable Resources other) {
        if (one == null || other == null) {
            return one == other;
        }
        return equal(one.euros(), other.euros()) && equal(one.hours(), other.hours()) && equal(one.days(), other.days())
                && one.per() == other.per();
    }

    private static boolean equal(@Nullable BigDecimal one, @Nullable BigDecimal other) {
        return one == null ? other == null : other != null && one.compareTo(other) == 0;
    }

    private static String normalised(@Nullable String text) {
        return text == null ? "" : DutchText.lowerCase(text).replaceAll("[\\p{Punct}\\s]+", " ").strip();
    }
}
