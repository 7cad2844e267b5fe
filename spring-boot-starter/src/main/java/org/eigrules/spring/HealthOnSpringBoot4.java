package org.eigrules.spring;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

import java.util.Map;

/** The health indicator on Spring Boot 4, whose health API has a package of its own. */
final class HealthOnSpringBoot4 implements HealthIndicator {

    private final Health health;

    HealthOnSpringBoot4(Map<String, Object> details) {
        this.health = Health.up().withDetails(details).build();
    }

    @Override
    public Health health() {
        return health; // the rule set never changes once loaded
    }
}
