package nl.koers.knowledge;

import java.util.List;

import org.commonmark.ext.gfm.tables.TablesExtension;
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
    private final PolicyFactory policy = Sanitizers.FORMATTING.and(Sanitizers.BLOCKS).and(Sanitizers.TABLES)
            .and(new HtmlPolicyBuilder().allowElements("a").allowAttributes("href").onElements("a")
                    .allowUrlProtocols("https", "http").requireRelsOnLinks("noopener", "noreferrer").toFactory())
            .and(new HtmlPolicyBuilder().allowElements("ul", "ol", "li", "hr", "code", "pre").toFactory());

    public String html(String markdown) {
        return sanitized(renderer.render(parser.parse(markdown)));
    }

    /** HTML through the same allow-list as articles, for other Markdown Koers shows, such as its replies. */
    public String sanitized(String html) {
        return policy.sanitize(html);
    }
}
