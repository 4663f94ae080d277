package nl.koers.pop;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import nl.koers.web.UserText;

/**
 * The POP as Markdown, for pasting into an e-mail or a wiki, and for {@code Accept: text/markdown}: the Thymeleaf
 * TEXT template {@code templates/pop/pop.md}, with the labels of the POP page and the PDF ({@code pop.*} messages,
 * {@code #labels}). Every value is written through {@link #escaped(String)}: what someone typed into a field stays
 * text on its own line or list item, and cannot add a heading, list, quote, table, HTML, comment or link, such as a
 * fake "Akkoord" section.
 */
@Component
public class PopMarkdown {

    static final String TEMPLATE = "pop/pop";

    /** Characters that mean something anywhere in a line of Markdown (GitHub's flavour included). */
    private static final String INLINE = "\\`*_~[]<>|";

    /** An "&" that starts an entity such as {@code &lt;} or {@code &#60;}; any other "&" is just text. */
    private static final Pattern ENTITY = Pattern.compile("&#?[A-Za-z0-9]+;");

    /**
     * Where a backslash goes to keep a value from starting a block: before a first "#", "+", "-", "=" or ":", or
     * between a first number and its "." or ")" (a numbered list). Group 1 is the number, or empty.
     */
    private static final Pattern BLOCK_START = Pattern.compile("^(\\d{1,9}(?=[.)])|(?=[#+\\-=:]))");

    private static final Text TEXT = new Text();

    private final SpringTemplateEngine templates = new SpringTemplateEngine();

    PopMarkdown(MessageSource messages, PopLabelsDialect labels) {
        var resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/");
        resolver.setSuffix(".md");
        resolver.setTemplateMode(TemplateMode.TEXT);
        resolver.setCharacterEncoding("UTF-8");
        templates.setTemplateResolver(resolver);
        templates.setTemplateEngineMessageSource(messages);
        templates.addDialect(labels);
    }

    public String render(Pop pop) {
        return templates.process(TEMPLATE, new Context(PopLabels.DUTCH, Map.of("pop", pop, "md", TEXT)));
    }

    /** What the template calls as {@code md}: user text made safe for Markdown. */
    public static final class Text {

        private Text() {
        }

        public String text(@Nullable String value) {
            return escaped(value);
        }

        /** The value, or "–" when there is none. */
        public String orDash(@Nullable String value) {
            return escaped(PopLabels.orDash(value));
        }

        public boolean present(@Nullable String value) {
            return value != null && !value.isBlank();
        }

        /** Who said what, in the POP's order and with the POP's Dutch names for its parts. */
        public List<Said> byField(Map<String, String> attribution) {
            return PopLabels.attribution(attribution);
        }
    }

    /** One line of "Wie zei wat": a field and the name of who said it. */
    public record Said(String field, String name) {
    }

    /**
     * A value as Markdown text that stays inline: control characters go ({@link UserText}), line breaks become
     * " / ", characters with a meaning inside a line are escaped with a backslash ({@code \ ` * _ ~ [ ] < > |}, and
     * "&" where it would start an entity), and so is a first character that would start a block (a heading, list,
     * quote, rule or fence). Ordinary text such as "C#", "e-mail", "R&D", "€ 1.250" or "15-03-2027" reads as typed.
     */
    static String escaped(@Nullable String value) {
        if (value == null) {
            return "";
        }
        String flat = UserText.clean(value).lines().map(String::strip).filter(line -> !line.isEmpty())
                .collect(Collectors.joining(" / "));
        var md = new StringBuilder(flat.length() + 8);
        for (int i = 0; i < flat.length(); i++) {
            char c = flat.charAt(i);
            if (INLINE.indexOf(c) >= 0 || (c == '&' && ENTITY.matcher(flat).region(i, flat.length()).lookingAt())) {
                md.append('\\');
            }
            md.append(c);
        }
        return BLOCK_START.matcher(md).replaceFirst("$1\\\\");
    }
}
