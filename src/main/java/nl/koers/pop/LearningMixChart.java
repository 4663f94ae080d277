package nl.koers.pop;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The learning mix of a POP's actions as a bar against the 70-20-10 guideline: how many actions are learning in the
 * work ({@link LearningForm#WERKPLEK}), from others ({@link LearningForm#SOCIAAL}) and formal
 * ({@link LearningForm#FORMEEL}), with their shares rounded to whole percentages that add up to 100. Actions without
 * a learning form are counted apart and left out of the shares. A plan without any action that has a form gets no
 * bar, only a sentence.
 */
public final class LearningMixChart {

    static final String LABEL = "Leermix van de acties tegenover de richtlijn 70-20-10";
    static final double WIDTH = 360;
    static final double HEIGHT = 122;
    /** One colour per form, each at least 3:1 against white and against the page's dark ink. */
    static final Map<LearningForm, String> COLOURS = new EnumMap<>(Map.of(LearningForm.WERKPLEK, "#2b70b8",
            LearningForm.SOCIAAL, "#23804f", LearningForm.FORMEEL, "#b45309"));
    private static final double GAP = 2;

    private LearningMixChart() {
    }

    /** How many of the POP's actions have each form, and how many have none. */
    record Mix(Map<LearningForm, Integer> counts, int withoutForm) {

        static Mix of(Pop pop) {
            Map<LearningForm, Integer> counts = new EnumMap<>(LearningForm.class);
            for (LearningForm form : LearningForm.values()) {
                counts.put(form, 0);
            }
            int without = 0;
            for (Pop.Goal goal : pop.goals()) {
                for (Pop.Action action : goal.actions()) {
                    if (action.learningForm() == null) {
                        without++;
                    } else {
                        counts.merge(action.learningForm(), 1, Integer::sum);
                    }
                }
            }
            return new Mix(counts, without);
        }

        int total() {
            return counts.values().stream().mapToInt(Integer::intValue).sum();
        }

        /** Whole percentages per form that add up to 100 (largest remainder first); all 0 without actions. */
        Map<LearningForm, Integer> shares() {
            Map<LearningForm, Integer> shares = new EnumMap<>(LearningForm.class);
            int total = total();
            for (LearningForm form : LearningForm.values()) {
                shares.put(form, total == 0 ? 0 : counts.get(form) * 100 / total);
            }
            if (total == 0) {
                return shares;
            }
            int left = 100 - shares.values().stream().mapToInt(Integer::intValue).sum();
            List<LearningForm> byRemainder = new ArrayList<>(List.of(LearningForm.values()));
            byRemainder.sort(Comparator.comparingInt((LearningForm form) -> counts.get(form) * 100 % total).reversed());
            for (int i = 0; i < left; i++) {
                shares.merge(byRemainder.get(i), 1, Integer::sum);
            }
            return shares;
        }
    }

    public static Chart of(Pop pop) {
        Mix mix = Mix.of(pop);
        String text = text(mix);
        if (mix.total() == 0) {
            return new Chart(null, LABEL, text);
        }
        return new Chart(svg(mix, text), LABEL, text);
    }

    /** "4 acties: 2 in het werk (50%), 1 van anderen (25%), 1 formeel (25%); richtlijn 70-20-10." */
    static String text(Mix mix) {
        String without = mix.withoutForm() == 0 ? ""
                : " " + actions(mix.withoutForm()) + (mix.withoutForm() == 1 ? " heeft" : " hebben")
                        + " nog geen leervorm en " + (mix.withoutForm() == 1 ? "telt" : "tellen") + " niet mee.";
        if (mix.total() == 0) {
            return "Nog geen acties met een leervorm, dus nog geen leermix om met 70-20-10 te vergelijken." + without;
        }
        Map<LearningForm, Integer> shares = mix.shares();
        List<String> parts = new ArrayList<>();
        for (LearningForm form : LearningForm.values()) {
            parts.add(mix.counts().get(form) + " " + words(form) + " (" + shares.get(form) + "%)");
        }
        return actions(mix.total()) + ": " + String.join(", ", parts) + "; richtlijn 70-20-10." + without;
    }

    private static String actions(int count) {
        return count + (count == 1 ? " actie" : " acties");
    }

    /** The form in the words of the sentence: "2 in het werk". */
    private static String words(LearningForm form) {
        return switch (form) {
            case WERKPLEK -> "in het werk";
            case SOCIAAL -> "van anderen";
            case FORMEEL -> "formeel";
        };
    }

    /** The form as the legend names it. */
    static String legend(LearningForm form) {
        return switch (form) {
            case WERKPLEK -> "In het werk";
            case SOCIAAL -> "Van anderen";
            case FORMEEL -> "Formeel";
        };
    }

    private static String svg(Mix mix, String text) {
        StringBuilder svg = Svg.open("mix", WIDTH, HEIGHT, LABEL, text);
        Map<LearningForm, Integer> shares = mix.shares();
        Map<LearningForm, Integer> guideline = new EnumMap<>(LearningForm.class);
        for (LearningForm form : LearningForm.values()) {
            guideline.put(form, form.share());
        }
        Svg.text(svg, 0, 15, "start", "currentColor", 14, "Dit plan");
        bar(svg, 21, 24, shares, form -> legend(form) + ": " + actions(mix.counts().get(form)) + " ("
                + shares.get(form) + "%)");
        Svg.text(svg, 0, 68, "start", "currentColor", 14, "Richtlijn 70-20-10");
        bar(svg, 74, 16, guideline, form -> legend(form) + ": richtlijn " + form.share() + "%");
        double x = 0;
        for (LearningForm form : LearningForm.values()) {
            Svg.rect(svg, x, 106, 13, 13, COLOURS.get(form), null);
            Svg.text(svg, x + 18, 118, "start", "currentColor", 14, legend(form));
            x += 122;
        }
        return svg.append("</svg>").toString();
    }

    /** One bar of the three forms side by side, a small gap between them; a share wide enough carries its number. */
    private static void bar(StringBuilder svg, double y, double height, Map<LearningForm, Integer> shares,
            Function<LearningForm, String> title) {
        double x = 0;
        List<LearningForm> shown = Arrays.stream(LearningForm.values()).filter(form -> shares.get(form) > 0).toList();
        double room = WIDTH - GAP * (shown.size() - 1);
        for (LearningForm form : shown) {
            double width = room * shares.get(form) / 100.0;
            Svg.rect(svg, x, y, width, height, COLOURS.get(form), title.apply(form));
            if (width >= 34) {
                double size = height >= 20 ? 14 : 12;
                Svg.text(svg, x + width / 2, y + height / 2 + size * 0.36, "middle", "#ffffff", size,
                        shares.get(form) + "%");
            }
            x += width + GAP;
        }
    }
}
