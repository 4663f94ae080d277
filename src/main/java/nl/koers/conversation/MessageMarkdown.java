package nl.koers.conversation;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.ListBlock;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlRenderer;

import nl.koers.knowledge.ArticleRenderer;
import nl.koers.knowledge.SourceRef;

/**
 * Koers's replies as HTML for the conversation page: the API lets a reply hold simple Markdown (lists, tables,
 * emphasis), and a tip's list should look like a list. Only lists and tables are read as blocks, so a line of an answer
 * quoted back that starts with "#" or four spaces stays a line; line breaks show as written, as they did before; a link
 * shows its words only, so that text quoted back cannot put a link on the page. Raw HTML is escaped and the result
 * passes the allow-list of the article pages. What someone typed never comes here: the page shows it as text.
 */
public final class MessageMarkdown {

    private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");

    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());

    private final Parser parser = Parser.builder().extensions(EXTENSIONS).enabledBlockTypes(Set.of(ListBlock.class))
            .build();
    private final HtmlRenderer renderer = HtmlRenderer.builder().extensions(EXTENSIONS).escapeHtml(true)
            .sanitizeUrls(true).softbreak("<br>\n").nodeRendererFactory(WordsOfLinks::new).build();
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM HH:mm", DUTCH);
    private static final DateTimeFormatter DAY_AND_YEAR = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", DUTCH);

    private final ArticleRenderer articles;
    private final String more;
    private final Clock clock;

    /**
     * @param more  the line a reply's sources follow ("Meer weten:"); the page lists the sources itself, with links
     * @param clock for the times of messages, in its zone
     */
    public MessageMarkdown(ArticleRenderer articles, String more, Clock clock) {
        this.articles = articles;
        this.more = more;
        this.clock = clock;
    }

    public String html(String text) {
        return articles.sanitized(renderer.render(parser.parse(text)));
    }

    /**
     * A reply as the page shows it above its list of sources: without the "Meer weten:" list at its end that the API's
     * text carries, which would otherwise show the same sources twice, once without links.
     */
    public String html(String text, List<SourceRef> sources) {
        return html(sources.isEmpty() ? text : withoutSourceList(text, more));
    }

    static String withoutSourceList(String text, String more) {
        int start = text.lastIndexOf("\n\n" + more + "\n");
        if (start < 0) {
            return text;
        }
        boolean onlySources = text.substring(start + 2 + more.length() + 1).lines()
                .allMatch(line -> line.startsWith("- [") || line.isBlank());
        return onlySources ? text.substring(0, start) : text;
    }

    /** When a message was sent, as a person says it: "14:32" today, "3 dec 14:32" before, with the year if not this one. */
    public String time(Instant at) {
        ZonedDateTime when = at.atZone(clock.getZone());
        LocalDate today = LocalDate.now(clock);
        if (when.toLocalDate().equals(today)) {
            return CLOCK.format(when);
        }
        return (when.getYear() == today.getYear() ? DAY : DAY_AND_YEAR).format(when);
    }

    /** The same moment for the {@code datetime} attribute of {@code <time>}. */
    public String machineTime(Instant at) {
        return at.atZone(clock.getZone()).toOffsetDateTime().toString();
    }

    /** A link or an image as the words it shows. */
    private static final class WordsOfLinks implements NodeRenderer {

        private final HtmlNodeRendererContext context;

        WordsOfLinks(HtmlNodeRendererContext context) {
            this.context = context;
        }

        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(Link.class, Image.class);
        }

        @Override
        public void render(Node node) {
            for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                context.render(child);
            }
        }
    }
}
