package org.privacyrequests.connectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.privacyrequests.company.KeyedHash;
import org.privacyrequests.lookup.DataCategory;
import org.privacyrequests.lookup.PersonalDataSource;
import org.privacyrequests.lookup.PersonalDataSource.ErasureAction;
import org.privacyrequests.lookup.PersonalDataSource.RetentionCut;
import org.privacyrequests.lookup.PersonalRecord;
import org.privacyrequests.lookup.ProcessingRole;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The second example configuration (connectors/shop-mariadb.yml): a webshop's own database on MariaDB, with
 * another schema than the demo company's. Runs against the MariaDB at 127.0.0.1:3306 (root, no password) and is
 * skipped, with a line saying so, where there is none; with {@code -Dprivacy.mariadb.required=true} (CI) it fails
 * instead. Every test starts from the data in shop-mariadb.sql.
 */
class ShopDatabaseOnMariaDbTest {

    private static final String SERVER = "jdbc:mariadb://127.0.0.1:3306/";
    private static final String DATABASE = "privacy_shop_test";
    private static final String SOURCE = "Webshop (MariaDB)";
    private static final List<String> TABLES = List.of("klant", "bestelling", "bestelregel", "factuur", "nieuwsbrief_inschrijving");

    private static final String SANNE = "sanne.devries@example.nl";
    private static final String SIOBHAN = "siobhan.o'brien@example.org";

    private static JdbcTemplate shop;
    private static ConnectorCatalog catalog;
    private static PersonalDataSource webshop;

    @TempDir
    Path folder;

    @BeforeAll
    static void createTheShopDatabaseAndLoadTheConfiguration() throws Exception {
        Connection server;
        try {
            server = DriverManager.getConnection(SERVER + "?connectTimeout=3000", "root", "");
        } catch (SQLException noServer) {
            // In CI (-Dprivacy.mariadb.required=true, as .ci/run sets) a missing server fails the build instead.
            if (Boolean.getBoolean("privacy.mariadb.required")) {
                throw new AssertionError("privacy.mariadb.required is set, but there is no MariaDB at 127.0.0.1:3306 "
                        + "(user root, no password): " + noServer.getMessage(), noServer);
            }
            System.out.println("SKIPPED: no MariaDB at 127.0.0.1:3306 (user root, no password), so ShopDatabaseOnMariaDbTest "
                    + "did not run: " + noServer.getMessage());
            Assumptions.assumeTrue(false, "no MariaDB at 127.0.0.1:3306: " + noServer.getMessage());
            return;
        }
        try (server; Statement statement = server.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + DATABASE);
            statement.execute("CREATE DATABASE " + DATABASE + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
        DriverManagerDataSource database = new DriverManagerDataSource(SERVER + DATABASE, "root", "");
        shop = new JdbcTemplate(database);
        loadTheShopData();
        // The application's database is not used: the source has a connection of its own.
        catalog = new ConnectorCatalog("classpath:connectors/shop-mariadb.yml", new DefaultResourceLoader(), database,
                new Anonymiser(new KeyedHash("test-key")));
        assertThat(catalog.sources()).extracting(PersonalDataSource::name).containsExactly(SOURCE);
        webshop = catalog.sources().get(0);
    }

    @BeforeEach
    void startFromTheShopData() throws Exception {
        loadTheShopData();
    }

    @AfterAll
    static void closeTheConnections() {
        if (catalog != null) {
            catalog.destroy();
        }
    }

    @Test
    void a_customers_address_finds_their_account_orders_order_lines_invoices_and_newsletter_sign_up_and_no_one_elses() {
        List<PersonalRecord> sanne = webshop.findByEmail(SANNE);

        assertThat(sanne).extracting(PersonalRecord::recordType, PersonalRecord::recordId, PersonalRecord::category)
                .containsExactlyInAnyOrder(
                        tuple("klant", "10001", new DataCategory("contact")),
                        tuple("bestelling", "50001", new DataCategory("order")),
                        tuple("bestelling", "50002", new DataCategory("order")),
                        tuple("bestelregel", "1", new DataCategory("order")),
                        tuple("bestelregel", "2", new DataCategory("order")),
                        tuple("bestelregel", "3", new DataCategory("order")),
                        tuple("factuur", "F2024-0001", new DataCategory("financial")),
                        tuple("factuur", "F2024-0007", new DataCategory("financial")),
                        // signed up as Sanne.deVries@example.nl: addresses are compared without regard to capitals
                        tuple("nieuwsbrief_inschrijving", "1", new DataCategory("usage")));
        assertThat(sanne).allSatisfy(r -> {
            assertThat(r.source()).isEqualTo(SOURCE);
            assertThat(r.role()).isEqualTo(ProcessingRole.CONTROLLER);
            assertThat(r.webshopId()).isNull();
        });
        // Everything that hangs from the klant row (directly or through the order) belongs to a running relationship.
        assertThat(sanne).filteredOn(r -> !r.recordType().equals("nieuwsbrief_inschrijving")).allSatisfy(r -> {
            assertThat(r.relationshipActive()).as(r.recordType() + " " + r.recordId()).isTrue();
            assertThat(r.relationshipEndedOn()).isNull();
        });

        PersonalRecord klant = only(sanne, "klant", "10001");
        assertThat(klant.fields()).containsEntry("voornaam", "Sanne").containsEntry("achternaam", "de Vries")
                .containsEntry("emailadres", SANNE).containsEntry("postcode", "1015 CS").containsEntry("status", "actief")
                .containsEntry("opgezegd_op", null).doesNotContainKey("klantnummer");
        assertThat(klant.recordDate()).isEqualTo(LocalDate.of(2021, 3, 4));
        PersonalRecord factuur = only(sanne, "factuur", "F2024-0001");
        assertThat(factuur.recordDate()).isEqualTo(LocalDate.of(2024, 1, 15));
        assertThat(factuur.fields()).containsEntry("naam_op_factuur", "S. de Vries").containsEntry("factuurdatum", "2024-01-15");
        assertThat(factuur.fields().get("bedrag")).isInstanceOf(BigDecimal.class).hasToString("59.95");
        assertThat(only(sanne, "bestelregel", "2").fields()).containsOnlyKeys("product", "aantal").containsEntry("product", "Binnenband 28 inch");
        assertThat(only(sanne, "nieuwsbrief_inschrijving", "1").recordDate()).isEqualTo(LocalDate.of(2021, 3, 4));

        assertThat(webshop.findByEmail(SANNE.toUpperCase())).extracting(PersonalRecord::recordId)
                .containsExactlyInAnyOrderElementsOf(sanne.stream().map(PersonalRecord::recordId).toList());
        assertThat(webshop.findByEmail("jan.jansen@example.nl")).extracting(PersonalRecord::recordId)
                .containsExactlyInAnyOrder("10003", "50004", "5", "F2024-0003");
        assertThat(webshop.findByEmail("lotte@example.com")).extracting(PersonalRecord::recordType, PersonalRecord::recordId)
                .containsExactly(tuple("nieuwsbrief_inschrijving", "3"));
        assertThat(webshop.findByEmail("nobody@example.org")).isEmpty();
    }

    @Test
    void the_records_of_a_customer_who_cancelled_say_the_relationship_ended_on_the_cancellation_date() {
        List<PersonalRecord> siobhan = webshop.findByEmail(SIOBHAN);

        assertThat(siobhan).extracting(PersonalRecord::recordType, PersonalRecord::recordId).containsExactlyInAnyOrder(
                tuple("klant", "10002"), tuple("bestelling", "50003"), tuple("bestelregel", "4"), tuple("factuur", "F2023-0042"),
                tuple("nieuwsbrief_inschrijving", "2"));
        assertThat(siobhan).filteredOn(r -> !r.recordType().equals("nieuwsbrief_inschrijving")).allSatisfy(r -> {
            assertThat(r.relationshipActive()).as(r.recordType() + " " + r.recordId()).isFalse();
            assertThat(r.relationshipEndedOn()).as(r.recordType() + " " + r.recordId()).isEqualTo(LocalDate.of(2023, 6, 30));
        });
        assertThat(only(siobhan, "klant", "10002").fields()).containsEntry("achternaam", "O'Brien")
                .containsEntry("status", "opgezegd").containsEntry("opgezegd_op", "2023-06-30");
        assertThat(only(siobhan, "factuur", "F2023-0042").fields()).containsEntry("naam_op_factuur", "Siobhan O'Brien");
    }

    @Test
    void only_an_address_on_a_customer_account_verifies_the_requester() {
        assertThat(webshop.holdsAddress(SANNE)).isTrue();
        assertThat(webshop.holdsAddress("Sanne.DeVries@Example.NL")).isTrue();
        assertThat(webshop.holdsAddress(SIOBHAN)).as("a former customer's address is still on file").isTrue();
        assertThat(webshop.holdsAddress("lotte@example.com")).as("a newsletter sign-up does not verify identity").isFalse();
        assertThat(webshop.holdsAddress("nobody@example.org")).isFalse();
    }

    @Test
    void identity_values_that_try_to_inject_sql_find_nothing_and_change_nothing() {
        Map<String, List<Map<String, Object>>> before = everyRow();
        for (String hostile : List.of("' OR 1=1 --", "x@example.org' OR '1'='1", "x@example.org\\' OR 1=1 -- ",
                "'; DROP TABLE klant; --", SIOBHAN + "' OR '1'='1", "%", "_")) {
            assertThat(webshop.findByEmail(hostile)).as(hostile).isEmpty();
            assertThat(webshop.holdsAddress(hostile)).as(hostile).isFalse();
            assertThat(webshop.correct(hostile, Map.of("phone", "0", "city", "Nergens", "email", "x@example.org"))).as(hostile).isZero();
        }
        assertThatThrownBy(() -> webshop.apply(ErasureAction.ERASE, "klant`; DROP TABLE klant; --", "10001"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("has no table");
        assertThat(everyRow()).isEqualTo(before);
    }

    @Test
    void erasing_a_customer_empties_the_personal_fields_but_keeps_the_row_that_orders_and_invoices_point_to() {
        assertThat(webshop.apply(ErasureAction.ERASE, "klant", "10001")).isEqualTo(1);

        Map<String, Object> sanne = shop.queryForMap("SELECT * FROM klant WHERE klantnummer = 10001");
        assertThat(sanne).containsEntry("voornaam", null).containsEntry("achternaam", null).containsEntry("emailadres", null)
                .containsEntry("telefoon", null).containsEntry("straat", null).containsEntry("postcode", null)
                .containsEntry("plaats", "Amsterdam").containsEntry("status", "actief");
        assertThat(count("SELECT COUNT(*) FROM bestelling WHERE klantnummer = 10001")).isEqualTo(2);
        assertThat(webshop.apply(ErasureAction.ERASE, "klant", "10001")).as("the second time").isZero();
        assertThat(webshop.holdsAddress(SANNE)).isFalse();
        assertThat(shop.queryForMap("SELECT * FROM klant WHERE klantnummer = 10003")).containsEntry("emailadres", "jan.jansen@example.nl");

        // The klant table has no anonymisation of its own: anonymising it erases it the same way.
        assertThat(webshop.apply(ErasureAction.ANONYMISE, "klant", "10002")).isEqualTo(1);
        assertThat(shop.queryForMap("SELECT * FROM klant WHERE klantnummer = 10002"))
                .containsEntry("achternaam", null).containsEntry("emailadres", null).containsEntry("status", "opgezegd");
        assertThat(webshop.apply(ErasureAction.ANONYMISE, "klant", "10002")).as("the second time").isZero();
    }

    @Test
    void erasing_an_order_deletes_it_once_its_order_lines_are_erased() {
        // Children before parents: the order lines point to the order with a foreign key, and MariaDB refuses
        // to delete an order that still has lines.
        assertThatThrownBy(() -> webshop.apply(ErasureAction.ERASE, "bestelling", "50001"))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThat(count("SELECT COUNT(*) FROM bestelling WHERE bestelnummer = 50001")).isEqualTo(1);

        assertThat(webshop.apply(ErasureAction.ERASE, "bestelregel", "1")).isEqualTo(1);
        assertThat(webshop.apply(ErasureAction.ERASE, "bestelregel", "2")).isEqualTo(1);
        assertThat(webshop.apply(ErasureAction.ERASE, "bestelling", "50001")).isEqualTo(1);

        assertThat(count("SELECT COUNT(*) FROM bestelling WHERE bestelnummer = 50001")).isZero();
        assertThat(count("SELECT COUNT(*) FROM bestelregel WHERE bestelnummer = 50001")).isZero();
        assertThat(count("SELECT COUNT(*) FROM bestelling")).isEqualTo(3);
        assertThat(count("SELECT COUNT(*) FROM bestelregel")).isEqualTo(3);
        assertThat(webshop.apply(ErasureAction.ERASE, "bestelling", "50001")).as("the second time").isZero();
        assertThat(webshop.apply(ErasureAction.ERASE, "bestelregel", "1")).as("the second time").isZero();
        assertThat(webshop.findByEmail(SANNE)).extracting(PersonalRecord::recordType, PersonalRecord::recordId)
                .doesNotContain(tuple("bestelling", "50001"), tuple("bestelregel", "1"), tuple("bestelregel", "2"))
                .contains(tuple("bestelling", "50002"), tuple("bestelregel", "3"));
    }

    @Test
    void changes_to_one_system_run_in_one_transaction_of_its_own_database_so_a_failure_half_way_changes_nothing() {
        assertThatThrownBy(() -> webshop.inTransaction(() -> {
            webshop.apply(ErasureAction.ERASE, "bestelregel", "1");
            // Line 2 still points to the order: the database refuses, and line 1 must come back.
            return webshop.apply(ErasureAction.ERASE, "bestelling", "50001");
        })).isInstanceOf(DataIntegrityViolationException.class);

        assertThat(count("SELECT COUNT(*) FROM bestelregel WHERE bestelnummer = 50001")).isEqualTo(2);
        assertThat(count("SELECT COUNT(*) FROM bestelling WHERE bestelnummer = 50001")).isEqualTo(1);
    }

    @Test
    void a_phone_number_support_verified_finds_the_customer_as_well() {
        // Sanne's phone number, as the demo shop holds it.
        String phone = jdbcTemplate().queryForObject("SELECT telefoon FROM klant WHERE klantnummer = 10001", String.class);
        assertThat(webshop.find(new PersonalDataSource.Identity("someone.else@example.org", java.util.Map.of("phone", phone))))
                .extracting(PersonalRecord::recordType).contains("klant", "bestelling");
    }

    @Test
    void anonymising_a_newsletter_sign_up_replaces_the_address_by_a_keyed_hash_and_drops_the_ip_address() {
        assertThat(webshop.apply(ErasureAction.ANONYMISE, "nieuwsbrief_inschrijving", "1")).isEqualTo(1);

        Map<String, Object> signUp = shop.queryForMap("SELECT * FROM nieuwsbrief_inschrijving WHERE id = 1");
        assertThat((String) signUp.get("emailadres")).startsWith("anon:")
                .isEqualTo(new Anonymiser(new KeyedHash("test-key")).hash("Sanne.deVries@example.nl"));
        assertThat(signUp.get("ip_adres")).isNull();
        assertThat(count("SELECT COUNT(*) FROM nieuwsbrief_inschrijving WHERE id = 1 AND ingeschreven_op = '2021-03-04 10:20:00'"))
                .as("the date stays").isEqualTo(1);
        assertThat(webshop.apply(ErasureAction.ANONYMISE, "nieuwsbrief_inschrijving", "1")).as("the second time").isZero();
        assertThat(webshop.findByEmail(SANNE)).extracting(PersonalRecord::recordType).doesNotContain("nieuwsbrief_inschrijving");
        assertThat(shop.queryForObject("SELECT ip_adres FROM nieuwsbrief_inschrijving WHERE id = 2", String.class)).isEqualTo("2001:db8::7");
    }

    @Test
    void anonymising_an_invoice_puts_the_placeholder_in_place_of_the_name_and_keeps_the_amounts() {
        assertThat(webshop.apply(ErasureAction.ANONYMISE, "factuur", "F2023-0042")).isEqualTo(1);

        assertThat(shop.queryForMap("SELECT * FROM factuur WHERE factuurnummer = 'F2023-0042'"))
                .containsEntry("naam_op_factuur", "verwijderd").containsEntry("bedrag", new BigDecimal("149.00"))
                .containsEntry("factuurdatum", java.sql.Date.valueOf("2023-02-10"));
        assertThat(webshop.apply(ErasureAction.ANONYMISE, "factuur", "F2023-0042")).as("the second time").isZero();
        assertThat(shop.queryForObject("SELECT naam_op_factuur FROM factuur WHERE factuurnummer = 'F2024-0001'", String.class))
                .isEqualTo("S. de Vries");
        assertThat(webshop.apply(ErasureAction.ANONYMISE, "factuur", "F9999-0000")).as("an invoice that is not there").isZero();
    }

    @Test
    void a_retention_batch_hashes_the_sign_ups_due_as_anonymising_one_does_and_leaves_the_protected_one() {
        RetentionCut cut = new RetentionCut(ErasureAction.ANONYMISE, "recordDate", LocalDate.of(2023, 1, 1));
        Set<String> sannesRequestIsOpen = Set.of("1");

        var batch = webshop.applyDue("nieuwsbrief_inschrijving", cut, sannesRequestIsOpen, 10, null);

        assertThat(batch.changed()).isEqualTo(1);
        assertThat(shop.queryForMap("SELECT * FROM nieuwsbrief_inschrijving WHERE id = 2"))
                .containsEntry("emailadres", new Anonymiser(new KeyedHash("test-key")).hash("siobhan.o'brien@example.org"))
                .containsEntry("ip_adres", null);
        assertThat(shop.queryForList("SELECT emailadres FROM nieuwsbrief_inschrijving WHERE id IN (1, 3) ORDER BY id", String.class))
                .as("protected, and signed up after the cutoff").containsExactly("Sanne.deVries@example.nl", "lotte@example.com");
        assertThat(webshop.applyDue("nieuwsbrief_inschrijving", cut, sannesRequestIsOpen, 10, null).changed()).as("the second time").isZero();

        assertThat(webshop.applyDue("nieuwsbrief_inschrijving", cut, Set.of(), 10, null)).as("once her request is answered")
                .isEqualTo(new PersonalDataSource.DoneBatch(1, null));
        assertThat(shop.queryForObject("SELECT emailadres FROM nieuwsbrief_inschrijving WHERE id = 1", String.class))
                .isEqualTo(new Anonymiser(new KeyedHash("test-key")).hash("Sanne.deVries@example.nl"));
    }

    @Test
    void a_retention_sweep_walks_text_keys_in_the_databases_order_a_batch_at_a_time() {
        RetentionCut cut = new RetentionCut(ErasureAction.ANONYMISE, "recordDate", LocalDate.of(2024, 4, 1));

        var first = webshop.applyDue("factuur", cut, Set.of(), 2, null);
        var second = webshop.applyDue("factuur", cut, Set.of(), 2, first.lastKey());

        assertThat(first).isEqualTo(new PersonalDataSource.DoneBatch(2, "F2024-0001"));
        assertThat(second).as("fewer than a batch left: the last batch").isEqualTo(new PersonalDataSource.DoneBatch(1, null));
        assertThat(shop.queryForList("SELECT CONCAT(factuurnummer, ' ', naam_op_factuur) FROM factuur ORDER BY factuurnummer", String.class))
                .containsExactly("F2023-0042 verwijderd", "F2024-0001 verwijderd", "F2024-0003 verwijderd", "F2024-0007 S. de Vries");
    }

    @Test
    void a_correction_changes_the_customers_fields_and_a_new_address_everywhere_it_is_used() {
        assertThat(webshop.correct(SANNE, Map.of("phone", "+31 6 9999 0000", "city", "Haarlem"))).isEqualTo(2);
        assertThat(shop.queryForMap("SELECT * FROM klant WHERE klantnummer = 10001"))
                .containsEntry("telefoon", "+31 6 9999 0000").containsEntry("plaats", "Haarlem").containsEntry("emailadres", SANNE);
        assertThat(shop.queryForMap("SELECT * FROM klant WHERE klantnummer = 10003"))
                .containsEntry("telefoon", "+31 20 555 0101").containsEntry("plaats", "Ergens");

        Map<String, String> newAddress = new LinkedHashMap<>();
        newAddress.put("email", "sanne@devries.example");
        newAddress.put("postalCode", "2011 AB");
        newAddress.put("contactName", "Sanne de Vries-Bakker");
        // klant: e-mail and postcode; the newsletter sign-up: e-mail; a name is not correctable here
        assertThat(webshop.correct(SANNE, newAddress)).isEqualTo(3);
        assertThat(webshop.findByEmail(SANNE)).isEmpty();
        assertThat(webshop.findByEmail("sanne@devries.example")).extracting(PersonalRecord::recordType, PersonalRecord::recordId)
                .contains(tuple("klant", "10001"), tuple("bestelling", "50001"), tuple("factuur", "F2024-0001"),
                        tuple("nieuwsbrief_inschrijving", "1"));
        assertThat(shop.queryForMap("SELECT * FROM klant WHERE klantnummer = 10001"))
                .containsEntry("postcode", "2011 AB").containsEntry("achternaam", "de Vries");
    }

    @Test
    void a_misspelled_column_stops_loading_with_the_file_the_source_and_the_field() throws Exception {
        assertThatThrownBy(() -> load("""
                privacy.connectors.sources:
                  - name: Webshop (MariaDB)
                    role: controller
                    connection: { url: "jdbc:mariadb://127.0.0.1:3306/privacy_shop_test", username: root, password: "" }
                    tables:
                      - { table: klant, key: klantnummer, category: contact, identity-columns: [emial] }
                """)).isInstanceOf(ConnectorConfigurationError.class).hasMessageContaining("broken-webshop.yml")
                .hasMessageContaining("source 'Webshop (MariaDB)'").hasMessageContaining("tables.klant.identity-columns")
                .hasMessageContaining("no column 'emial'");
    }

    @Test
    void an_unknown_category_stops_loading_with_the_file_the_source_and_the_field() throws Exception {
        assertThatThrownBy(() -> load("""
                privacy.connectors.sources:
                  - name: Webshop (MariaDB)
                    role: controller
                    connection: { url: "jdbc:mariadb://127.0.0.1:3306/privacy_shop_test", username: root, password: "" }
                    tables:
                      - { table: klant, key: klantnummer, category: klantgegevens, identity-columns: [emailadres] }
                """)).isInstanceOf(ConnectorConfigurationError.class).hasMessageContaining("broken-webshop.yml")
                .hasMessageContaining("source 'Webshop (MariaDB)'").hasMessageContaining("tables.klant.category")
                .hasMessageContaining("'klantgegevens'");
    }

    @Test
    void a_running_relationship_said_as_a_condition_the_database_does_not_accept_stops_loading_naming_it() {
        assertThatThrownBy(() -> load("""
                privacy.connectors.sources:
                  - name: Webshop (MariaDB)
                    role: controller
                    connection: { url: "jdbc:mariadb://127.0.0.1:3306/privacy_shop_test", username: root, password: "" }
                    relationship: { table: klant, key: klantnummer, active-when: "cancelled_on IS NULL", ended-column: opgezegd_op }
                    tables:
                      - { table: klant, key: klantnummer, category: contact, identity-columns: [emailadres], customer-column: klantnummer }
                """)).isInstanceOf(ConnectorConfigurationError.class)
                .hasMessageContaining("broken-webshop.yml, source 'Webshop (MariaDB)', relationship.active-when: the database does not "
                        + "accept 'cancelled_on IS NULL' as a condition on table klant");
    }

    @Test
    void a_table_configured_before_its_parent_stops_loading_with_the_file_the_source_and_the_field() throws Exception {
        assertThatThrownBy(() -> load("""
                privacy.connectors.sources:
                  - name: Webshop (MariaDB)
                    role: controller
                    connection: { url: "jdbc:mariadb://127.0.0.1:3306/privacy_shop_test", username: root, password: "" }
                    tables:
                      - { table: klant, key: klantnummer, category: contact, identity-columns: [emailadres] }
                      - { table: bestelregel, key: id, category: order, parent: { table: bestelling, column: bestelnummer } }
                      - { table: bestelling, key: bestelnummer, category: order, parent: { table: klant, column: klantnummer } }
                """)).isInstanceOf(ConnectorConfigurationError.class).hasMessageContaining("broken-webshop.yml")
                .hasMessageContaining("source 'Webshop (MariaDB)'").hasMessageContaining("tables.bestelregel.parent.table");
    }

    private ConnectorCatalog load(String yaml) throws Exception {
        Path file = folder.resolve("broken-webshop.yml");
        Files.writeString(file, DemoCategories.with(yaml));
        return new ConnectorCatalog("file:" + file, new DefaultResourceLoader(), shop.getDataSource(), new Anonymiser(new KeyedHash("test-key")));
    }

    /** Runs shop-mariadb.sql: drops and creates the tables, then inserts the rows. */
    private static void loadTheShopData() throws Exception {
        String script = new ClassPathResource("connectors/shop-mariadb.sql").getContentAsString(StandardCharsets.UTF_8);
        String withoutComments = script.lines().filter(line -> !line.stripLeading().startsWith("--"))
                .collect(Collectors.joining("\n")) + "\n";
        try (Connection connection = shop.getDataSource().getConnection(); Statement statement = connection.createStatement()) {
            for (String sql : Arrays.stream(withoutComments.split(";\\s*\n")).map(String::strip).filter(s -> !s.isEmpty()).toList()) {
                statement.execute(sql);
            }
        }
    }

    private static PersonalRecord only(List<PersonalRecord> records, String recordType, String recordId) {
        return records.stream().filter(r -> r.recordType().equals(recordType) && r.recordId().equals(recordId)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + recordType + " " + recordId + " in " + records));
    }

    private static org.springframework.jdbc.core.JdbcTemplate jdbcTemplate() {
        return new org.springframework.jdbc.core.JdbcTemplate(new org.springframework.jdbc.datasource.DriverManagerDataSource(
                "jdbc:mariadb://127.0.0.1:3306/privacy_shop_test", "root", ""));
    }

    private static int count(String sql) {
        return shop.queryForObject(sql, Integer.class);
    }

    private static Map<String, List<Map<String, Object>>> everyRow() {
        Map<String, List<Map<String, Object>>> rows = new LinkedHashMap<>();
        for (String table : TABLES) {
            rows.put(table, shop.queryForList("SELECT * FROM " + table + " ORDER BY 1"));
        }
        return rows;
    }
}
