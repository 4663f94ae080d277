package nl.koers.system;

import java.time.Duration;
import java.util.Set;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.health.actuate.endpoint.HealthEndpointGroups;
import org.springframework.boot.health.actuate.endpoint.HealthEndpointWebExtension;
import org.springframework.boot.health.registry.HealthContributorRegistry;
import org.springframework.boot.health.registry.ReactiveHealthContributorRegistry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class HealthConfiguration {

    /** Components Koers can do without: shown in the health details, not counted in the overall status. */
    static final Set<String> OPTIONAL_COMPONENTS = Set.of("ollama");

    @Bean
    HealthEndpointWebExtension healthEndpointWebExtension(HealthContributorRegistry registry,
            ObjectProvider<ReactiveHealthContributorRegistry> reactiveRegistry, HealthEndpointGroups groups) {
        return new OptionalComponentsHealthExtension(registry, reactiveRegistry.getIfAvailable(), groups,
                Duration.ofSeconds(10), OPTIONAL_COMPONENTS);
    }
}
