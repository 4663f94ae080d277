package nl.koers.web;

import org.apache.catalina.core.StandardHost;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
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

    /**
     * Requests that Tomcat refuses before Koers sees them get a Dutch answer too. The host adds its error valve
     * when it starts, unless one of the configured class is there already: this one, which can use the messages.
     */
    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> dutchTomcatErrors(ProblemWriter problems) {
        return factory -> factory.addContextCustomizers(context -> {
            if (context.getParent() instanceof StandardHost host) {
                host.setErrorReportValveClass(DutchErrorReportValve.class.getName());
                host.getPipeline().addValve(new DutchErrorReportValve(problems));
            }
        });
    }
}
