package org.privacyrequests.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.flyway.FlywayAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.JdbcTemplateAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The demo company's tables come with the demo only: the migrations alone, on a fresh H2 database each, with the
 * product's migration settings (no engine, no web server).
 */
class DemoMigrationsTest {

    private final ApplicationContextRunner migrations = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class, FlywayAutoConfiguration.class,
                    JdbcTemplateAutoConfiguration.class))
            .withUserConfiguration(DemoMigrations.class)
            .withPropertyValues("spring.flyway.locations=classpath:db/migration", "spring.flyway.baseline-on-migrate=true",
                    "spring.flyway.baseline-version=0", "spring.flyway.out-of-order=true");

    @Test
    void with_the_demo_off_only_the_products_own_tables_are_made() {
        migrations.withPropertyValues("privacy.demo.enabled=false", "spring.datasource.url=jdbc:h2:mem:demo-off").run(context -> {
            JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
            assertThat(table(jdbc, "DATA_SUBJECT_REQUEST")).isTrue();
            assertThat(table(jdbc, "CUSTOMER")).isFalse();
            assertThat(table(jdbc, "CONSUMER_ORDER")).isFalse();
        });
    }

    @Test
    void with_the_demo_on_the_demo_companys_systems_are_made_and_filled() {
        migrations.withPropertyValues("privacy.demo.enabled=true", "spring.datasource.url=jdbc:h2:mem:demo-on").run(context -> {
            JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
            assertThat(table(jdbc, "CUSTOMER")).isTrue();
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM customer", Integer.class)).isPositive();
        });
    }

    private static boolean table(JdbcTemplate jdbc, String name) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM information_schema.tables WHERE UPPER(table_name) = ?", Integer.class, name) > 0;
    }
}
