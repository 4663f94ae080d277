package nl.koers.system;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.actuate.endpoint.ApiVersion;
import org.springframework.boot.actuate.endpoint.web.annotation.EndpointWebExtension;
import org.springframework.boot.health.actuate.endpoint.HealthDescriptor;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.health.actuate.endpoint.HealthEndpointGroups;
import org.springframework.boot.health.actuate.endpoint.HealthEndpointWebExtension;
import org.springframework.boot.health.actuate.endpoint.StatusAggregator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.health.registry.HealthContributorRegistry;
import org.springframework.boot.health.registry.ReactiveHealthContributorRegistry;

/**
 * The health endpoint, except that optional components are shown but left out of the overall status.
 * Koers runs guided when the language model is away, so {@code ollama} DOWN must not mark Koers DOWN.
 * Spring Boot's {@link StatusAggregator} only sees statuses, not names, hence this extension.
 */
@EndpointWebExtension(endpoint = HealthEndpoint.class)
class OptionalComponentsHealthExtension extends HealthEndpointWebExtension {

    private final Set<String> optionalComponents;

    OptionalComponentsHealthExtension(HealthContributorRegistry registry,
            @Nullable ReactiveHealthContributorRegistry reactiveRegistry, HealthEndpointGroups groups,
            Duration slowContributorLoggingThreshold, Set<String> optionalComponents) {
        super(registry, reactiveRegistry, groups, slowContributorLoggingThreshold);
        this.optionalComponents = Set.copyOf(optionalComponents);
    }

    @Override
    protected HealthDescriptor aggregateDescriptors(ApiVersion apiVersion, Map<String, HealthDescriptor> contributions,
            StatusAggregator statusAggregator, boolean showComponents, @Nullable Set<String> groupNames) {
        Set<Status> required = contributions.entrySet().stream()
                .filter(entry -> !optionalComponents.contains(entry.getKey()))
                .map(entry -> entry.getValue().getStatus())
                .collect(Collectors.toSet());
        Status overall = statusAggregator.getAggregateStatus(required);
        return super.aggregateDescriptors(apiVersion, contributions, statuses -> overall, showComponents, groupNames);
    }
}
