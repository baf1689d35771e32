package org.privacyrequests.connectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.privacyrequests.company.KeyedHash;
import org.privacyrequests.lookup.PersonalDataSource.ErasureAction;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The start-up check on a real PostgreSQL (127.0.0.1:5432, user postgres, no password), in a database of its own that is
 * dropped afterwards, with a user that may read and delete but update only some columns, as a company gives the product.
 * Skipped, with a line saying so, where there is no PostgreSQL (as the two-node test is).
 */
class ChangeReadinessOnPostgreSqlTest {

    private static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/";
    private static final String DATABASE = "privacy_readiness_test";
    private static final String LIMITED = "privacy_readiness_limited";

    private static JdbcTemplate owner;

    @TempDir
    Path folder;

    @BeforeAll
    static void createTheDatabaseAndAUserWithoutUpdateOnThePhone() throws Exception {
        try (Connection server = DriverManager.getConnection(SERVER + "postgres?connectTimeout=3", "postgres", "");
             Statement statement = server.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
            statement.execute("DROP ROLE IF EXISTS " + LIMITED);
            statement.execute("CREATE DATABASE " + DATABASE);
            statement.execute("CREATE ROLE " + LIMITED + " LOGIN PASSWORD 'limited'");
        } catch (SQLException noServer) {
            System.out.println("SKIPPED: no PostgreSQL at 127.0.0.1:5432 (user postgres, no password), so ChangeReadinessOnPostgreSqlTest "
                    + "did not run: " + noServer.getMessage());
            Assumptions.assumeTrue(false, "no PostgreSQL at 127.0.0.1:5432: " + noServer.getMessage());
        }
        owner = new JdbcTemplate(new DriverManagerDataSource(SERVER + DATABASE, "postgres", ""));
        owner.execute("""
                CREATE TABLE customer (id BIGINT PRIMARY KEY, email VARCHAR(320) NOT NULL, name VARCHAR(200), phone VARCHAR(40));
                CREATE TABLE website_visit (id BIGINT PRIMARY KEY, visitor_email VARCHAR(20), visited_at TIMESTAMP NOT NULL);
                INSERT INTO customer VALUES (1, 'sanne@example.org', 'Sanne', '+31 6 1234 5678');
                GRANT SELECT, DELETE ON ALL TABLES IN SCHEMA public TO privacy_readiness_limited;
                GRANT UPDATE (email, name) ON customer TO privacy_readiness_limited;
                GRANT UPDATE ON website_visit TO privacy_readiness_limited;
                """);
    }

    @AfterAll
    static void dropTheDatabaseAndTheUser() throws Exception {
        if (owner == null) {
            return;
        }
        try (Connection server = DriverManager.getConnection(SERVER + "postgres", "postgres", ""); Statement statement = server.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
            statement.execute("DROP ROLE IF EXISTS " + LIMITED);
        }
    }

    @Test
    void a_not_null_column_to_empty_a_hash_column_too_short_and_a_missing_update_grant_are_reported_together() throws Exception {
        assertThatThrownBy(() -> load(LIMITED, """
                      - { table: customer, key: id, category: contact, identity-columns: [email], erase: nullify, nullify-columns: [email, name],
                          correctable: { email: email, contactName: name, phone: phone } }
                      - { table: website_visit, key: id, category: usage, identity-columns: [visitor_email], anonymise: { visitor_email: hash } }
                """)).isInstanceOf(ConnectorConfigurationError.class).satisfies(e -> assertThat(e.getMessage())
                .contains("readiness-postgresql.yml describes 3 changes")
                .contains("readiness-postgresql.yml, source 'Shop (PostgreSQL)', tables.customer.nullify-columns: column customer.email is "
                        + "NOT NULL, but erase: nullify clears it: allow NULL in the column, or take it out of nullify-columns")
                .contains("readiness-postgresql.yml, source 'Shop (PostgreSQL)', tables.website_visit.anonymise.visitor_email: column "
                        + "website_visit.visitor_email is VARCHAR(20), but anonymise: hash writes a text of 29 characters")
                .contains("readiness-postgresql.yml, source 'Shop (PostgreSQL)', tables.customer.correctable.phone: the user "
                        + "privacy_readiness_limited may not UPDATE column customer.phone (a correction of phone writes it): "
                        + "GRANT UPDATE (phone) ON customer TO privacy_readiness_limited")
                .as("the column grants on email and name, the table grant on website_visit and SELECT and DELETE count")
                .doesNotContain("column customer.email (", "column customer.name (", "website_visit (", "SELECT", "DELETE"));
    }

    @Test
    void the_owner_may_change_everything_so_only_the_columns_are_reported() throws Exception {
        assertThatThrownBy(() -> load("postgres", """
                      - { table: customer, key: id, category: contact, identity-columns: [email], erase: nullify, nullify-columns: [email, name],
                          correctable: { phone: phone } }
                      - { table: website_visit, key: id, category: usage, identity-columns: [visitor_email], anonymise: { visitor_email: hash } }
                """)).satisfies(e -> assertThat(e.getMessage()).contains("describes 2 changes").doesNotContain("GRANT"));
    }

    @Test
    void what_the_limited_user_may_do_loads_and_works() throws Exception {
        ConnectorCatalog catalog = load(LIMITED, """
                      - { table: customer, key: id, category: contact, identity-columns: [email], erase: nullify, nullify-columns: [name],
                          correctable: { email: email, contactName: name } }
                      - { table: website_visit, key: id, category: usage, identity-columns: [visitor_email], anonymise: { visitor_email: "null" } }
                """);
        try {
            assertThat(catalog.sources().get(0).apply(ErasureAction.ERASE, "customer", "1")).isEqualTo(1);
            assertThat(owner.queryForObject("SELECT name FROM customer WHERE id = 1", String.class)).isNull();
        } finally {
            catalog.destroy();
        }
    }

    private ConnectorCatalog load(String user, String tables) throws Exception {
        Path file = folder.resolve("readiness-postgresql.yml");
        Files.writeString(file, DemoCategories.with("""
                privacy.connectors.sources:
                  - name: Shop (PostgreSQL)
                    role: controller
                    connection: { url: "jdbc:postgresql://127.0.0.1:5432/privacy_readiness_test", username: %s, password: limited }
                    tables:
                %s""".formatted(user, tables)));
        return new ConnectorCatalog("file:" + file, new DefaultResourceLoader(), owner.getDataSource(), new Anonymiser(new KeyedHash("test-key")));
    }
}
