package nl.koers.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.FixedLocaleResolver;

@Configuration(proxyBeanMethods = false)
class WebConfiguration {

    /** Everything a user reads is Dutch, whatever language the browser asks for. */
    @Bean
    LocaleResolver localeResolver() {
        return new FixedLocaleResolver(ProblemWriter.DUTCH);
    }
}
