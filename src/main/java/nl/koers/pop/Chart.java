package nl.koers.pop;

import org.jspecify.annotations.Nullable;

/**
 * A small chart of a POP for the page and the PDF: its SVG markup, escaped and ready to be put in a page as it is
 * (null when there is nothing to draw), and the same in Dutch words, shown beside it.
 *
 * @param label what the chart shows, in a few words: the SVG's {@code aria-label} and {@code <title>}
 */
public record Chart(@Nullable String svg, String label, String text) {

    /** Whether there is a drawing; without one only the text is shown. */
    public boolean drawn() {
        return svg != null;
    }
}
