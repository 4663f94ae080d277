package nl.koers.conversation;

import java.util.List;
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

/**
 * Koers's replies as HTML for the conversation page: the API lets a reply hold simple Markdown (lists, tables,
 * emphasis), and a tip's list should look like a list. Only lists and tables are read as blocks, so a line of an answer
 * quoted back that starts with "#" or four spaces stays a line; line breaks show as written, as they did before; a link
 * shows its words only, so that text quoted back cannot put a link on the page. Raw HTML is escaped and the result
 * passes the allow-list of the article pages. What someone typed never comes here: the page shows it as text.
 */
public final class MessageMarkdown {

    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());

    private final Parser parser = Parser.builder().extensions(EXTENSIONS).enabledBlockTypes(Set.of(ListBlock.class))
            .build();
    private final HtmlRenderer renderer = HtmlRenderer.builder().extensions(EXTENSIONS).escapeHtml(true)
            .sanitizeUrls(true).softbreak("<br>\n").nodeRendererFactory(WordsOfLinks::new).build();
    private final ArticleRenderer articles;

    public MessageMarkdown(ArticleRenderer articles) {
        this.articles = articles;
    }

    public String html(String text) {
        return articles.sanitized(renderer.render(parser.parse(text)));
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
