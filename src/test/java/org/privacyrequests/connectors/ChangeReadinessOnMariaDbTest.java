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
 * The start-up check on a real MariaDB (127.0.0.1:3306, root, no password), in a database of its own that is dropped
 * afterwards, with a user whose grants sit at every level MariaDB keeps them: SELECT and DELETE on the database, UPDATE on
 * some columns of one table and on the whole of another. Skipped, with a line saying so, where there is no MariaDB; with
 * {@code -Dprivacy.mariadb.required=true} (CI) it fails instead, as ShopDatabaseOnMariaDbTest does.
 */
class ChangeReadinessOnMariaDbTest {

    private static final String SERVER = "jdbc:mariadb://127.0.0.1:3306/";
    private static final String DATABASE = "privacy_readiness_test";
    private static final String LIMITED = "privacy_readiness";

    private static JdbcTemplate owner;

    @TempDir
    Path folder;

    @BeforeAll
    static void createTheDatabaseAndAUserWithoutUpdateOnThePhone() throws Exception {
        Connection server;
        try {
            server = DriverManager.getConnection(SERVER + "?connectTimeout=3000", "root", "");
        } catch (SQLException noServer) {
            if (Boolean.getBoolean("privacy.mariadb.required")) {
                throw new AssertionError("privacy.mariadb.required is set, but there is no MariaDB at 127.0.0.1:3306 "
                        + "(user root, no password): " + noServer.getMessage(), noServer);
            }
            System.out.println("SKIPPED: no MariaDB at 127.0.0.1:3306 (user root, no password), so ChangeReadinessOnMariaDbTest "
                    + "did not run: " + noServer.getMessage());
            Assumptions.assumeTrue(false, "no MariaDB at 127.0.0.1:3306: " + noServer.getMessage());
            return;
        }
        try (server; Statement statement = server.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + DATABASE);
            statement.execute("DROP USER IF EXISTS '" + LIMITED + "'@'%'");
            statement.execute("CREATE DATABASE " + DATABASE + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            statement.execute("CREATE USER '" + LIMITED + "'@'%' IDENTIFIED BY 'limited'");
        }
        owner = new JdbcTemplate(new DriverManagerDataSource(SERVER + DATABASE, "root", ""));
        owner.execute("CREATE TABLE customer (id BIGINT PRIMARY KEY, email VARCHAR(255) NOT NULL, name VARCHAR(200) NULL, phone VARCHAR(40) NULL)");
        owner.execute("CREATE TABLE website_visit (id BIGINT PRIMARY KEY, visitor_email VARCHAR(20) NULL, visited_at DATETIME NOT NULL)");
        owner.execute("INSERT INTO customer VALUES (1, 'sanne@example.org', 'Sanne', '+31 6 1234 5678')");
        owner.execute("GRANT SELECT, DELETE ON " + DATABASE + ".* TO '" + LIMITED + "'@'%'");
        owner.execute("GRANT UPDATE (email, name) ON " + DATABASE + ".customer TO '" + LIMITED + "'@'%'");
        owner.execute("GRANT UPDATE ON " + DATABASE + ".website_visit TO '" + LIMITED + "'@'%'");
    }

    @AfterAll
    static void dropTheDatabaseAndTheUser() throws Exception {
        if (owner == null) {
            return;
        }
        try (Connection server = DriverManager.getConnection(SERVER, "root", ""); Statement statement = server.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + DATABASE);
            statement.execute("DROP USER IF EXISTS '" + LIMITED + "'@'%'");
        }
    }

    @Test
    void a_not_null_column_to_empty_a_hash_column_too_short_and_a_missing_update_grant_are_reported_together() throws Exception {
        assertThatThrownBy(() -> load(LIMITED, """
                      - { table: customer, key: id, category: contact, identity-columns: [email], erase: nullify, nullify-columns: [email, name],
                          correctable: { email: email, contactName: name, phone: phone } }
                      - { table: website_visit, key: id, category: usage, identity-columns: [visitor_email], anonymise: { visitor_email: hash } }
                """)).isInstanceOf(ConnectorConfigurationError.class).satisfies(e -> assertThat(e.getMessage())
                .contains("readiness-mariadb.yml describes 3 changes")
                .contains("readiness-mariadb.yml, source 'Shop (MariaDB)', tables.customer.nullify-columns: column customer.email is "
                        + "NOT NULL, but erase: nullify clears it: allow NULL in the column, or take it out of nullify-columns")
                .contains("readiness-mariadb.yml, source 'Shop (MariaDB)', tables.website_visit.anonymise.visitor_email: column "
                        + "website_visit.visitor_email is VARCHAR(20), but anonymise: hash writes a text of 29 characters")
                .contains("readiness-mariadb.yml, source 'Shop (MariaDB)', tables.customer.correctable.phone: the user "
                        + "'privacy_readiness'@'%' may not UPDATE column customer.phone (a correction of phone writes it): "
                        + "GRANT UPDATE (phone) ON customer TO 'privacy_readiness'@'%'")
                .as("the column grants on email and name, the table grant on website_visit and the database's SELECT and DELETE count")
                .doesNotContain("column customer.email (", "column customer.name (", "website_visit (", "SELECT", "DELETE"));
    }

    @Test
    void root_may_change_everything_so_only_the_columns_are_reported() throws Exception {
        assertThatThrownBy(() -> load("root", """
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
        Path file = folder.resolve("readiness-mariadb.yml");
        String password = user.equals(LIMITED) ? "limited" : "";
        Files.writeString(file, DemoCategories.with("""
                privacy.connectors.sources:
                  - name: Shop (MariaDB)
                    role: controller
                    connection: { url: "jdbc:mariadb://127.0.0.1:3306/privacy_readiness_test", username: %s, password: "%s" }
                    tables:
                %s""".formatted(user, password, tables)));
        return new ConnectorCatalog("file:" + file, new DefaultResourceLoader(), owner.getDataSource(), new Anonymiser(new KeyedHash("test-key")));
    }
}
