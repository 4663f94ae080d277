package nl.koers.knowledge;

import java.util.regex.Pattern;

/**
 * Markdown reduced to readable plain text for search chunks: snippets, API answers and the language model
 * see words, not markup. Emphasis and code marks go, links keep their text and address, list items get a
 * bullet, table rows become cells separated by a dot, and table rules, quote marks and heading marks go.
 */
final class MarkdownText {

    private static final Pattern LINK = Pattern.compile("\\[([^\\]]+)]\\(([^)\\s]+)\\)");
    private static final Pattern STRONG = Pattern.compile("(\\*\\*|__)(.+?)\\1");
    private static final Pattern EMPHASIS = Pattern.compile("(?<![\\w*])\\*(?!\\s)([^*\\n]+?)\\*(?![\\w*])");
    private static final Pattern CODE = Pattern.compile("`([^`]+)`");
    private static final Pattern BULLET = Pattern.compile("^(\\s*)[-*+]\\s+");
    private static final Pattern HEADING = Pattern.compile("^#{1,6}\\s+");
    private static final Pattern QUOTE = Pattern.compile("^>\\s?");
    private static final Pattern TABLE_RULE = Pattern.compile("^\\|?\\s*:?-{3,}:?\\s*(\\|\\s*:?-{3,}:?\\s*)*\\|?\\s*$");

    private MarkdownText() {
    }

    static String plain(String markdown) {
        StringBuilder plain = new StringBuilder(markdown.length());
        boolean inFence = false;
        for (String line : markdown.split("\n", -1)) {
            if (line.startsWith("```")) {
                inFence = !inFence;
                continue;
            }
            if (inFence) {
                plain.append(line).append('\n');
                continue;
            }
            if (TABLE_RULE.matcher(line).matches()) {
                continue;
            }
            plain.append(inline(block(line))).append('\n');
        }
        return plain.toString().strip();
    }

    private static String block(String line) {
        String text = QUOTE.matcher(line).replaceFirst("");
        text = HEADING.matcher(text).replaceFirst("");
        text = BULLET.matcher(text).replaceFirst("$1• ");
        if (text.startsWith("|") && text.strip().endsWith("|")) {
            String inner = text.strip();
            text = inner.substring(1, inner.length() - 1).strip().replaceAll("\\s*\\|\\s*", " · ");
        }
        return text;
    }

    private static String inline(String text) {
        String result = LINK.matcher(text).replaceAll("$1 ($2)");
        result = STRONG.matcher(result).replaceAll("$2");
        result = EMPHASIS.matcher(result).replaceAll("$1");
        return CODE.matcher(result).replaceAll("$1");
    }
}
