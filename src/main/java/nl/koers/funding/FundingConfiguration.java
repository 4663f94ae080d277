package nl.koers.funding;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import nl.koers.system.KoersProperties;

/** The advisor with the organisation's settings and the schemes of the prompts folder, read and checked at start. */
@Configuration(proxyBeanMethods = false)
class FundingConfiguration {

    @Bean
    FundingAdvisor fundingAdvisor(KoersProperties koers, OrganisationSettings organisation, Clock clock) {
        return FundingAdvisor.fromPrompts(koers.promptsDir(), organisation, clock);
    }
}
