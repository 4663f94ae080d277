package nl.koers.conversation;

import java.util.Set;

import org.springframework.stereotype.Component;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;

import nl.koers.knowledge.ArticleRenderer;

/**
 * {@link MessageMarkdown} as {@code #replies} in the templates ({@code ${#replies.html(message.text)}}): Thymeleaf
 * does not let a template reach a Spring bean where it writes unescaped HTML, so the chat gets it as an expression
 * object, the way the POP labels are given. Spring Boot adds this dialect to its template engine.
 */
@Component
public class MessageMarkdownDialect extends AbstractDialect implements IExpressionObjectDialect {

    static final String NAME = "replies";

    private final MessageMarkdown markdown;

    MessageMarkdownDialect(ArticleRenderer articles) {
        super("Koers replies");
        this.markdown = new MessageMarkdown(articles);
    }

    @Override
    public IExpressionObjectFactory getExpressionObjectFactory() {
        return new IExpressionObjectFactory() {
            @Override
            public Set<String> getAllExpressionObjectNames() {
                return Set.of(NAME);
            }

            @Override
            public Object buildObject(IExpressionContext context, String expressionObjectName) {
                return markdown;
            }

            @Override
            public boolean isCacheable(String expressionObjectName) {
                return true;
            }
        };
    }
}
