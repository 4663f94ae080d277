package nl.koers.knowledge;

import java.util.List;

import java.util.Map;

import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;
import org.springframework.stereotype.Component;

/**
 * Markdown to HTML for the article page, safe to insert into a page: raw HTML in the Markdown is escaped, and the
 * result passes an allow-list (text formatting, headings, lists, tables, quotes, and links to http(s) only).
 */
@Component
public class ArticleRenderer {

    private static final List<org.commonmark.Extension> EXTENSIONS = List.of(TablesExtension.create());

    private final Parser parser = Parser.builder().extensions(EXTENSIONS).build();
    private final HtmlRenderer renderer = HtmlRenderer.builder().extensions(EXTENSIONS).escapeHtml(true)
            .sanitizeUrls(true).build();
    /** Articles get an id on each section heading, so a link can open the section that answered. */
    private final HtmlRenderer articleRenderer = HtmlRenderer.builder().extensions(EXTENSIONS).escapeHtml(true)
            .sanitizeUrls(true).attributeProviderFactory(context -> ArticleRenderer::headingId).build();
    private final PolicyFactory policy = Sanitizers.FORMATTING.and(Sanitizers.BLOCKS).and(Sanitizers.TABLES)
            .and(new HtmlPolicyBuilder().allowElements("a").allowAttributes("href").onElements("a")
                    .allowUrlProtocols("https", "http").requireRelsOnLinks("noopener", "noreferrer").toFactory())
            .and(new HtmlPolicyBuilder().allowElements("ul", "ol", "li", "hr", "code", "pre").toFactory())
            .and(new HtmlPolicyBuilder().allowElements("h2").allowAttributes("id").matching(ANCHOR).onElements("h2")
                    .toFactory());

    private static final java.util.regex.Pattern ANCHOR = java.util.regex.Pattern.compile("s-[a-z0-9-]{1,80}");

    /** An article's body: its second-level headings carry the ids that {@link Anchors} gives their text. */
    public String html(String markdown) {
        return sanitized(articleRenderer.render(parser.parse(markdown)));
    }

    /** Other Markdown, such as a reply: no ids, which would repeat on a page with several replies. */
    public String fragment(String markdown) {
        return sanitized(renderer.render(parser.parse(markdown)));
    }

    private static void headingId(Node node, String tagName, Map<String, String> attributes) {
        if (node instanceof Heading heading && heading.getLevel() == 2) {
            StringBuilder words = new StringBuilder();
            literals(heading, words);
            attributes.put("id", Anchors.of(words.toString()));
        }
    }

    /** The words of a heading as a reader sees them: its text and code, without the marks around them. */
    private static void literals(Node node, StringBuilder words) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            switch (child) {
                case org.commonmark.node.Text text -> words.append(text.getLiteral());
                case org.commonmark.node.Code code -> words.append(code.getLiteral());
                default -> literals(child, words);
            }
        }
    }

    /** HTML through the same allow-list as articles, for other Markdown Koers shows, such as its replies. */
    public String sanitized(String html) {
        return policy.sanitize(html);
    }
}
