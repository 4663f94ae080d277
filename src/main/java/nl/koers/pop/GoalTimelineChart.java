package nl.koers.pop;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A POP's goals on a timeline: one row per goal, in the POP's order and numbered as there, with a bar from the date
 * of the POP to the goal's deadline, and the progress reviews as dashed lines across all rows. The text beside it
 * names the same moments in date order. Dates outside {@link PopDates} are left out (a typing error would squeeze
 * everything else into a point); a POP without a dated goal or review gets no drawing, only a sentence.
 */
public final class GoalTimelineChart {

    static final String LABEL = "Tijdlijn van de doelen met hun deadlines en de voortgangsgesprekken";
    static final double WIDTH = 360;
    static final double ROW = 48;
    static final double LEFT = 6;
    static final double RIGHT = WIDTH - 6;
    static final String GOAL_COLOUR = "#2b70b8";
    static final String REVIEW_COLOUR = "#b45309";
    static final String MUTED = "#4a5565";
    /** The most characters of a goal's description the row shows; the rest is in the row's title. */
    static final int SHOWN = 44;
    private static final double LEGEND = 24;
    private static final double AXIS = 15;

    private GoalTimelineChart() {
    }

    /** One moment on the timeline: a goal's deadline ({@code goal} is its number) or a review ({@code goal} 0). */
    record Moment(LocalDate date, int goal, @Nullable String description) {

        boolean review() {
            return goal == 0;
        }
    }

    public static Chart of(Pop pop) {
        List<Moment> moments = moments(pop);
        List<Integer> undated = new ArrayList<>();
        for (int i = 0; i < pop.goals().size(); i++) {
            if (!dated(pop.goals().get(i).deadline())) {
                undated.add(i + 1);
            }
        }
        String text = text(pop, moments, undated);
        if (moments.isEmpty()) {
            return new Chart(null, LABEL, text);
        }
        return new Chart(svg(pop, moments, text), LABEL, text);
    }

    /** The goals' deadlines and the reviews, in date order; on one day the goals come first. */
    static List<Moment> moments(Pop pop) {
        List<Moment> moments = new ArrayList<>();
        for (int i = 0; i < pop.goals().size(); i++) {
            Pop.Goal goal = pop.goals().get(i);
            if (dated(goal.deadline())) {
                moments.add(new Moment(goal.deadline(), i + 1, goal.description()));
            }
        }
        pop.reviews().stream().filter(GoalTimelineChart::dated).distinct()
                .forEach(review -> moments.add(new Moment(review, 0, null)));
        moments.sort(Comparator.comparing(Moment::date).thenComparing(Moment::review));
        return moments;
    }

    private static boolean dated(@Nullable LocalDate date) {
        return date != null && PopDates.reasonable(date);
    }

    /**
     * "Van 23 november 2026 tot 30 juni 2027: voortgangsgesprek op 1 maart 2027; doel 1 (Zelfstandig inkopen) klaar
     * op 31 maart 2027. Nog zonder deadline: doel 2."
     */
    static String text(Pop pop, List<Moment> moments, List<Integer> undated) {
        String without = undated.isEmpty() ? ""
                : " Nog zonder deadline: " + (undated.size() == 1 ? "doel " : "doelen ")
                        + joined(undated.stream().map(String::valueOf).toList()) + ".";
        if (moments.isEmpty()) {
            return "Nog geen doelen of voortgangsgesprekken met een datum, dus nog geen tijdlijn." + without;
        }
        List<String> parts = moments.stream().map(moment -> moment.review()
                ? "voortgangsgesprek op " + PopLabels.date(moment.date())
                : "doel " + moment.goal() + " (" + shortened(moment.description(), 60) + ") klaar op "
                        + PopLabels.date(moment.date())).toList();
        return "Van " + PopLabels.date(start(pop, moments)) + " tot " + PopLabels.date(end(moments)) + ": "
                + String.join("; ", parts) + "." + without;
    }

    private static String joined(List<String> items) {
        return items.size() == 1 ? items.getFirst()
                : String.join(", ", items.subList(0, items.size() - 1)) + " en " + items.getLast();
    }

    /** The description cut at a word where it is longer than {@code most} characters, with "…". */
    static String shortened(@Nullable String text, int most) {
        String plain = text == null ? "" : text.strip().replaceAll("\\s+", " ");
        if (plain.length() <= most) {
            return plain;
        }
        int cut = plain.lastIndexOf(' ', most - 1);
        return plain.substring(0, cut > most / 2 ? cut : most - 1).strip() + "…";
    }

    /** The POP's own date, or an earlier moment when one lies before it. */
    private static LocalDate start(Pop pop, List<Moment> moments) {
        LocalDate first = moments.getFirst().date();
        return dated(pop.date()) && !pop.date().isAfter(first) ? pop.date() : first;
    }

    private static LocalDate end(List<Moment> moments) {
        return moments.getLast().date();
    }

    private static String svg(Pop pop, List<Moment> moments, String text) {
        LocalDate start = start(pop, moments);
        LocalDate end = end(moments);
        long days = Math.max(1, ChronoUnit.DAYS.between(start, end));
        Scale x = date -> LEFT + (RIGHT - LEFT) * ChronoUnit.DAYS.between(start, date) / days;
        int rows = pop.goals().size();
        double axis = LEGEND + rows * ROW + 4;
        double height = axis + AXIS + 36;
        StringBuilder svg = Svg.open("timeline", WIDTH, height, LABEL, text);

        legend(svg, moments.stream().anyMatch(moment -> !moment.review()), moments.stream().anyMatch(Moment::review));
        for (Moment review : moments.stream().filter(Moment::review).toList()) {
            reviewLine(svg, review.date(), x.of(review.date()), rows, axis);
        }
        for (int i = 0; i < rows; i++) {
            row(svg, pop.goals().get(i), i + 1, LEGEND + i * ROW, x);
        }
        svg.append("<line x1=\"").append(Svg.number(LEFT)).append("\" y1=\"").append(Svg.number(axis))
                .append("\" x2=\"").append(Svg.number(RIGHT)).append("\" y2=\"").append(Svg.number(axis))
                .append("\" stroke=\"currentColor\" stroke-width=\"1\"/>");
        Svg.text(svg, 0, axis + AXIS, "start", "currentColor", 12, Svg.shortDate(start));
        Svg.text(svg, WIDTH, axis + AXIS, "end", "currentColor", 12, Svg.shortDate(end));
        reviewDates(svg, moments, x, axis + AXIS);
        return svg.append("</svg>").toString();
    }

    /** Where a date falls on the x axis. */
    @FunctionalInterface
    private interface Scale {
        double of(LocalDate date);
    }

    /** What the dots and the dashed lines mean, for those the drawing has. */
    private static void legend(StringBuilder svg, boolean deadlines, boolean reviews) {
        if (deadlines) {
            svg.append("<circle cx=\"6\" cy=\"9\" r=\"5\" fill=\"").append(GOAL_COLOUR).append("\"/>");
            Svg.text(svg, 16, 13, "start", "currentColor", 12, "deadline van een doel");
        }
        if (reviews) {
            svg.append("<line x1=\"180\" y1=\"2\" x2=\"180\" y2=\"16\" stroke=\"").append(REVIEW_COLOUR)
                    .append("\" stroke-width=\"2\" stroke-dasharray=\"5 3\"/>");
            Svg.text(svg, 188, 13, "start", "currentColor", 12, "voortgangsgesprek");
        }
    }

    /**
     * A review as a dashed line from top to axis, broken where a goal's words stand so that they stay readable: in
     * each row it runs only beside the bar.
     */
    private static void reviewLine(StringBuilder svg, LocalDate date, double at, int rows, double axis) {
        var path = new StringBuilder();
        if (rows == 0) {
            path.append('M').append(Svg.number(at)).append(' ').append(Svg.number(LEGEND - 2)).append(" V")
                    .append(Svg.number(axis + 5));
        }
        for (int i = 0; i < rows; i++) {
            double top = LEGEND + i * ROW;
            path.append(i == 0 ? "" : " ").append('M').append(Svg.number(at)).append(' ').append(Svg.number(top + 20))
                    .append(" V").append(Svg.number(i == rows - 1 ? axis + 5 : top + ROW + 1));
        }
        svg.append("<path d=\"").append(path).append("\" fill=\"none\" stroke=\"").append(REVIEW_COLOUR)
                .append("\" stroke-width=\"2\" stroke-dasharray=\"5 3\"><title>Voortgangsgesprek op ")
                .append(Svg.escape(PopLabels.date(date))).append("</title></path>");
    }

    /** The goal's number and words, and under them the bar to its deadline or "nog geen deadline". */
    private static void row(StringBuilder svg, Pop.Goal goal, int number, double top, Scale x) {
        svg.append("<g><title>").append(Svg.escape("Doel " + number + ": " + goal.description()))
                .append("</title>");
        Svg.text(svg, 0, top + 15, "start", "currentColor", 14, number + ". " + shortened(goal.description(), SHOWN));
        double line = top + 25;
        if (dated(goal.deadline())) {
            double end = x.of(goal.deadline());
            svg.append("<line x1=\"").append(Svg.number(LEFT)).append("\" y1=\"").append(Svg.number(line))
                    .append("\" x2=\"").append(Svg.number(end)).append("\" y2=\"").append(Svg.number(line))
                    .append("\" stroke=\"").append(GOAL_COLOUR).append("\" stroke-width=\"4\"/>");
            svg.append("<circle cx=\"").append(Svg.number(end)).append("\" cy=\"").append(Svg.number(line))
                    .append("\" r=\"5\" fill=\"").append(GOAL_COLOUR).append("\"/>");
            // the date under the dot, kept inside the drawing, on a backing in the card's colour so that a review
            // line behind it does not cross its letters
            String label = Svg.shortDate(goal.deadline());
            double width = label.length() * 6.6 + 4;
            double from = Math.clamp(end - width / 2, 0, WIDTH - width);
            svg.append("<rect class=\"pop-chart-backing\" x=\"").append(Svg.number(from)).append("\" y=\"")
                    .append(Svg.number(line + 5)).append("\" width=\"").append(Svg.number(width))
                    .append("\" height=\"14\" fill=\"#ffffff\"/>");
            Svg.text(svg, from + width / 2, line + 16, "middle", "currentColor", 12, label);
        } else {
            Svg.text(svg, LEFT, line + 4, "start", MUTED, 12, "nog geen deadline");
        }
        svg.append("</g>");
    }

    /**
     * The reviews' days under the axis, on a second line where they would run into the one before; a day that fits on
     * neither is left to the text beside the chart, and so are those that would cover the axis's ends.
     */
    private static void reviewDates(StringBuilder svg, List<Moment> moments, Scale x, double baseline) {
        double[] lastOnLine = {-1000, -1000};
        double ends = 70;
        for (Moment review : moments.stream().filter(Moment::review).toList()) {
            double at = x.of(review.date());
            if (at < LEFT + ends || at > RIGHT - ends) {
                continue;
            }
            for (int line = 0; line < 2; line++) {
                if (at - lastOnLine[line] >= 50) {
                    Svg.text(svg, at, baseline + line * 15, "middle", "currentColor", 12,
                            Svg.dayAndMonth(review.date()));
                    lastOnLine[line] = at;
                    break;
                }
            }
        }
    }
}
