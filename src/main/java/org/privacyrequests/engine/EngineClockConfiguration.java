package org.privacyrequests.engine;

import java.time.Clock;
import org.privacyrequests.company.CompanyProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The one {@link Clock} of the product: the engine's time, in the company's zone ({@code privacy.company.zone}). */
@Configuration(proxyBeanMethods = false)
class EngineClockConfiguration {

    @Bean
    public Clock clock(CompanyProperties company) {
        return new EngineClock(company.zone());
    }
}
