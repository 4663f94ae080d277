package nl.koers.conversation;

import java.time.Clock;

import org.springframework.stereotype.Component;

import nl.koers.dialogue.QuestionBank;
import nl.koers.knowledge.ArticleRenderer;
import nl.koers.pop.ExpressionObjectDialect;

/**
 * {@link MessageMarkdown} as {@code #replies} in the templates ({@code ${#replies.html(message.text)}}): Thymeleaf
 * does not let a template reach a Spring bean where it writes unescaped HTML, so the chat gets it as an expression
 * object, the way the POP labels are given. Spring Boot adds this dialect to its template engine.
 */
@Component
public class MessageMarkdownDialect extends ExpressionObjectDialect {

    static final String NAME = "replies";

    MessageMarkdownDialect(ArticleRenderer articles, QuestionBank bank, Clock clock) {
        super("Koers replies", NAME, new MessageMarkdown(articles, bank.texts().text("vraag.meer"), clock));
    }
}
