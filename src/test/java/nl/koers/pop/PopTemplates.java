package nl.koers.pop;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;

import org.springframework.context.MessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.util.unit.DataSize;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import nl.koers.system.LimitsProperties;
import nl.koers.system.LimitsProperties.SignIn;

/**
 * The POP's renderers without a Spring context, set up as Spring Boot sets them up: the message bundle, the HTML
 * templates with {@code #labels}, and Dutch time.
 */
final class PopTemplates {

    static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    private PopTemplates() {
    }

    static MessageSource messages() {
        var messages = new ResourceBundleMessageSource();
        messages.setBasename("messages/messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }

    static PopLabelsDialect labels() {
        return new PopLabelsDialect(Clock.system(AMSTERDAM));
    }

    static PopMarkdown markdown() {
        return new PopMarkdown(messages(), labels());
    }

    /** The HTML templates as Spring Boot resolves them. */
    static ITemplateEngine html() {
        var resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/");
        resolver.setSuffix(".html");
        resolver.setCharacterEncoding("UTF-8");
        var engine = new SpringTemplateEngine();
        engine.setTemplateResolver(resolver);
        engine.setTemplateEngineMessageSource(messages());
        engine.addDialect(labels());
        return engine;
    }

    /** Two renderings at once, as by default, waiting {@code wait} for a place. */
    static PdfRenderings renderings(PopDocuments documents, Duration wait) {
        return new PdfRenderings(documents, new LimitsProperties(DataSize.ofKilobytes(256), 300, 200, 5,
                Duration.ofMinutes(15), 50, 2, wait, 8, Duration.ofSeconds(5), new SignIn(20, 10, Duration.ofSeconds(1), Duration.ofSeconds(5), null)),
                messages());
    }
}
