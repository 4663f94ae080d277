package nl.koers.pop;

import java.time.LocalDate;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * The pieces every POP chart writes the same way: escaped text, numbers with a decimal point, short Dutch dates, and
 * the opening of an {@code <svg>} element that a browser scales to its box and openhtmltopdf (Batik) draws in the PDF.
 * Colours are presentation attributes, not page CSS, since the PDF draws the SVG without the page's style sheet.
 */
final class Svg {

    /** The text colour of the page ({@code --ink}); text in a chart is {@code currentColor}, so a page may change it. */
    static final String INK = "#1d2530";
    static final String FONT = "'Liberation Sans', Arial, sans-serif";
    private static final String[] MONTHS = {"jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt",
            "nov", "dec"};

    private Svg() {
    }

    /** Text safe in an element or in a quoted attribute. */
    static String escape(@Nullable String text) {
        if (text == null) {
            return "";
        }
        var escaped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    /** "12.5", "40": at most one decimal, always a point, as SVG wants it. */
    static String number(double value) {
        String formatted = String.format(Locale.ROOT, "%.1f", value);
        return formatted.endsWith(".0") ? formatted.substring(0, formatted.length() - 2) : formatted;
    }

    /** "31 mrt 2027": short enough to stand beside a dot. */
    static String shortDate(LocalDate date) {
        return date.getDayOfMonth() + " " + MONTHS[date.getMonthValue() - 1] + " " + date.getYear();
    }

    /** "31 mrt": for the marks on an axis whose ends name the years. */
    static String dayAndMonth(LocalDate date) {
        return date.getDayOfMonth() + " " + MONTHS[date.getMonthValue() - 1];
    }

    /**
     * The opening tag with its accessible name and a {@code <title>} and {@code <desc>}; {@code width} and
     * {@code height} are the user units of the viewBox, which the PDF takes as its size and a page's CSS scales.
     */
    static StringBuilder open(String kind, double width, double height, String label, String description) {
        return new StringBuilder().append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"pop-chart-svg pop-chart-")
                .append(kind).append("\" viewBox=\"0 0 ").append(number(width)).append(' ').append(number(height))
                .append("\" width=\"").append(number(width)).append("\" height=\"").append(number(height))
                .append("\" role=\"img\" aria-label=\"").append(escape(label)).append("\" color=\"").append(INK)
                .append("\" font-family=\"").append(FONT).append("\" font-size=\"14\"><title>").append(escape(label))
                .append("</title><desc>").append(escape(description)).append("</desc>");
    }

    /** A line of text; {@code anchor} is start, middle or end. */
    static void text(StringBuilder svg, double x, double y, String anchor, String fill, double size,
            @Nullable String text) {
        svg.append("<text x=\"").append(number(x)).append("\" y=\"").append(number(y)).append('"');
        if (!"start".equals(anchor)) {
            svg.append(" text-anchor=\"").append(anchor).append('"');
        }
        if (size != 14) {
            svg.append(" font-size=\"").append(number(size)).append('"');
        }
        svg.append(" fill=\"").append(fill).append("\">").append(escape(text)).append("</text>");
    }

    static void rect(StringBuilder svg, double x, double y, double width, double height, String fill,
            @Nullable String title) {
        svg.append("<rect x=\"").append(number(x)).append("\" y=\"").append(number(y)).append("\" width=\"")
                .append(number(width)).append("\" height=\"").append(number(height)).append("\" fill=\"").append(fill)
                .append('"');
        if (title == null) {
            svg.append("/>");
        } else {
            svg.append("><title>").append(escape(title)).append("</title></rect>");
        }
    }
}
