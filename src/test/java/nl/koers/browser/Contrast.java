package nl.koers.browser;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The WCAG 2 contrast ratio of two colours as a browser reports them ("rgb(29, 37, 48)"), from 1 to 21. */
final class Contrast {

    private static final Pattern RGB = Pattern.compile("rgba?\\((\\d+), (\\d+), (\\d+)(?:, ([\\d.]+))?\\)");

    private Contrast() {
    }

    static double ratio(String one, String other) {
        double a = luminance(one);
        double b = luminance(other);
        return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    }

    private static double luminance(String colour) {
        Matcher rgb = RGB.matcher(colour);
        if (!rgb.matches()) {
            throw new IllegalArgumentException("not an rgb() colour: " + colour);
        }
        if (rgb.group(4) != null && Double.parseDouble(rgb.group(4)) < 1) {
            throw new IllegalArgumentException("a see-through colour has no contrast of its own: " + colour);
        }
        return 0.2126 * channel(rgb.group(1)) + 0.7152 * channel(rgb.group(2)) + 0.0722 * channel(rgb.group(3));
    }

    private static double channel(String value) {
        double c = Integer.parseInt(value) / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
