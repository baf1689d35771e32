package org.privacyrequests.demo;

import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.Location;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.flyway.FlywayConfigurationCustomizer;
import org.springframework.stereotype.Component;

/**
 * The demo company's systems (customers, invoices, webshops and their orders, numbered from V1000 in
 * {@code db/demo}) are created and filled only while the demo is on: a company that switches the demo off gets the
 * product's own tables and nothing else. Tables made by an earlier start with the demo on stay until dropped.
 */
@Component
@ConditionalOnProperty(name = "privacy.demo.enabled", havingValue = "true")
class DemoMigrations implements FlywayConfigurationCustomizer {

    static final String LOCATION = "classpath:db/demo";

    @Override
    public void customize(org.flywaydb.core.api.configuration.FluentConfiguration configuration) {
        List<Location> locations = new ArrayList<>(List.of(configuration.getLocations()));
        if (locations.stream().noneMatch(l -> l.getDescriptor().equals(LOCATION))) {
            locations.add(new Location(LOCATION));
        }
        configuration.locations(locations.toArray(Location[]::new));
    }
}
