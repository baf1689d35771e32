package org.privacyrequests.connectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.privacyrequests.company.KeyedHash;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The start-up check of what erasure, anonymisation, correction and objection will do, on H2 (a database of the test's
 * own, not the shared one): every problem is reported at once, each with the file, the source, the table and the column,
 * before any manager approves an erasure that would fail. H2 does not report privileges: only columns are checked there.
 */
class ChangeReadinessTest {

    @TempDir
    Path folder;

    private DriverManagerDataSource database;
    private JdbcTemplate jdbc;

    @BeforeEach
    void aShopDatabaseWhoseSchemaDoesNotFitEveryConfiguration() {
        database = new DriverManagerDataSource("jdbc:h2:mem:readiness-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1", "sa", "");
        jdbc = new JdbcTemplate(database);
        jdbc.execute("""
                CREATE TABLE customer (id BIGINT PRIMARY KEY, email VARCHAR(320) NOT NULL, name VARCHAR(200), phone VARCHAR(12),
                    customer_number INT);
                CREATE TABLE invoice (id BIGINT PRIMARY KEY, customer_id BIGINT NOT NULL, billing_name VARCHAR(5));
                CREATE TABLE website_visit (id BIGINT PRIMARY KEY, visitor_email VARCHAR(20), ip_address VARCHAR(45) NOT NULL,
                    visited_at TIMESTAMP NOT NULL);
                CREATE TABLE newsletter (id BIGINT PRIMARY KEY, email VARCHAR(320) NOT NULL, marketing_phone VARCHAR(40) NOT NULL);
                """);
    }

    @AfterEach
    void dropTheDatabase() {
        jdbc.execute("SHUTDOWN");
    }

    @Test
    void every_change_the_schema_cannot_take_is_reported_at_once_with_the_file_the_source_the_table_and_the_column() throws Exception {
        assertThatThrownBy(() -> load("""
                privacy.connectors.sources:
                  - name: Shop
                    role: controller
                    tables:
                      - table: customer
                        key: id
                        category: contact
                        identity-columns: [email]
                        erase: nullify
                        nullify-columns: [email, name]
                        correctable: { email: email, phone: phone, contactName: customer_number, nickname: name }
                      - { table: invoice, key: id, category: financial, parent: { table: customer, column: customer_id },
                          anonymise: { billing_name: "placeholder:verwijderd" } }
                  - name: Website
                    role: controller
                    tables:
                      - { table: website_visit, key: id, category: usage, identity-columns: [visitor_email], record-date-column: visited_at,
                          anonymise: { visitor_email: hash, ip_address: "null" } }
                      - { table: newsletter, key: id, category: contact, identity-columns: [email], on-objection: { nullify: [marketing_phone] } }
                """)).isInstanceOf(ConnectorConfigurationError.class)
                .satisfies(e -> {
                    String message = e.getMessage();
                    assertThat(message).startsWith("Connector configuration file:" + folder.resolve("readiness.yml") + " describes 8 changes");
                    assertThat(message.lines().skip(1)).allSatisfy(line -> assertThat(line).contains("readiness.yml, source '"));
                    assertThat(message).contains("source 'Shop', tables.customer.nullify-columns: column customer.email is NOT NULL, "
                                    + "but erase: nullify clears it: allow NULL in the column, or take it out of nullify-columns")
                            .contains("source 'Shop', tables.customer.correctable.phone: column customer.phone is CHARACTER VARYING(12), but a "
                                    + "correction of phone writes up to 20 characters (the most forms/apply-correction.form lets support enter in "
                                    + "correctedPhone): widen the column to at least 20 characters, or lower maxLength of correctedPhone in the form")
                            .contains("source 'Shop', tables.customer.correctable.contactName: column customer.customer_number is "
                                    + "INTEGER, but a correction of contactName writes up to 200 characters")
                            .contains("source 'Shop', tables.customer.correctable.nickname: 'nickname' is no field of the correction form "
                                    + "(forms/apply-correction.form has billingAddress, city, contactName, email, phone, postalCode)")
                            .contains("source 'Shop', tables.invoice.anonymise.billing_name: column invoice.billing_name is CHARACTER VARYING(5), "
                                    + "but anonymise: placeholder:verwijderd writes a text of 10 characters")
                            .contains("source 'Website', tables.website_visit.anonymise.visitor_email: column website_visit.visitor_email "
                                    + "is CHARACTER VARYING(20), but anonymise: hash writes a text of 29 characters (anon: and 24 hexadecimal digits): "
                                    + "widen the column to at least 29 characters, or anonymise it with null")
                            .contains("source 'Website', tables.website_visit.anonymise.ip_address: column website_visit.ip_address is "
                                    + "NOT NULL, but anonymise: null clears it")
                            .contains("source 'Website', tables.newsletter.on-objection.nullify: column newsletter.marketing_phone is "
                                    + "NOT NULL, but on-objection: nullify clears it");
                    assertThat(message).as("H2 reports no privileges: none are asked for").doesNotContain("GRANT");
                });
    }

    @Test
    void a_configuration_the_schema_takes_loads() throws Exception {
        jdbc.execute("ALTER TABLE customer ALTER COLUMN email SET NULL");
        jdbc.execute("ALTER TABLE website_visit ALTER COLUMN visitor_email SET DATA TYPE VARCHAR(29)");
        ConnectorCatalog catalog = load("""
                privacy.connectors.sources:
                  - name: Shop
                    role: controller
                    tables:
                      - { table: customer, key: id, category: contact, identity-columns: [email], erase: nullify, nullify-columns: [email, name],
                          correctable: { email: email, contactName: name } }
                      - { table: website_visit, key: id, category: usage, identity-columns: [visitor_email], anonymise: { visitor_email: hash } }
                """);
        assertThat(catalog.sources()).hasSize(1);
        jdbc.update("INSERT INTO website_visit VALUES (1, 'someone@example.org', '192.0.2.1', CURRENT_TIMESTAMP)");
        assertThat(catalog.sources().get(0).apply(org.privacyrequests.lookup.PersonalDataSource.ErasureAction.ANONYMISE, "website_visit", "1"))
                .as("the hash fits the column the check let through").isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT visitor_email FROM website_visit", String.class)).hasSize(Anonymiser.LENGTH);
    }

    @Test
    void the_correction_forms_limits_are_read_from_the_form_itself() {
        CorrectionFormLimits limits = CorrectionFormLimits.read(new DefaultResourceLoader());
        assertThat(limits.maxLengths()).containsEntry("contactName", 200).containsEntry("email", 254).containsEntry("phone", 20)
                .containsEntry("billingAddress", 200).containsEntry("postalCode", 10).containsEntry("city", 100).hasSize(6);
        assertThat(CorrectionFormLimits.formKey("postalCode")).isEqualTo("correctedPostalCode");
    }

    private ConnectorCatalog load(String yaml) throws Exception {
        Path file = folder.resolve("readiness.yml");
        Files.writeString(file, DemoCategories.with(yaml));
        return new ConnectorCatalog("file:" + file, new DefaultResourceLoader(), database, new Anonymiser(new KeyedHash("test-key")));
    }
}
