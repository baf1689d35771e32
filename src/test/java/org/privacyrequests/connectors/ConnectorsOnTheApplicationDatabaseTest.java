package org.privacyrequests.connectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.privacyrequests.lookup.PersonalDataSource;
import org.privacyrequests.lookup.PersonalDataSource.ErasureAction;
import org.privacyrequests.lookup.PersonalDataSource.RetentionCut;
import org.privacyrequests.requests.NewRequest;
import org.privacyrequests.support.ProcessScenario;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.DefaultResourceLoader;

/** The demo company's connectors on H2: bad configurations, hostile identity values, and a source that is down. */
class ConnectorsOnTheApplicationDatabaseTest extends ProcessScenario {

    @Autowired ConnectorCatalog catalog;
    @Autowired DataSource database;
    @Autowired Anonymiser anonymiser;

    @TempDir
    Path folder;

    @Test
    void the_demo_configuration_passes_the_check_of_what_its_erasures_and_corrections_need() {
        ConnectorCatalog demo = new ConnectorCatalog("classpath:connectors/demo-company.yml", new DefaultResourceLoader(), database, anonymiser);
        assertThat(demo.sources()).extracting(PersonalDataSource::name).containsExactly("Customer accounts", "Invoices and payments",
                "Webshop orders (on behalf of webshops)", "Website visits", "Support e-mails", "Newsletter");
    }

    @Test
    void identity_values_that_try_to_inject_sql_find_nothing_and_change_nothing() {
        int customers = company.count("SELECT COUNT(*) FROM customer WHERE email IS NOT NULL");
        for (String hostile : List.of("' OR 1=1 --", "x@example.org' OR '1'='1", "\"; DROP TABLE customer; --")) {
            for (PersonalDataSource source : catalog.sources()) {
                assertThat(source.findByEmail(hostile)).as(source.name() + " with " + hostile).isEmpty();
                assertThat(source.holdsAddress(hostile)).isFalse();
                source.correct(hostile, Map.of("phone", "0"));
            }
        }
        assertThat(company.count("SELECT COUNT(*) FROM customer WHERE email IS NOT NULL")).isEqualTo(customers);
        assertThat(company.count("SELECT COUNT(*) FROM customer WHERE phone = '0'")).isZero();
    }

    @Test
    void relations_are_walked_from_the_person_to_what_belongs_to_them_and_no_further() {
        var invoices = catalog.sources().stream().filter(s -> s.name().equals("Invoices and payments")).findFirst().orElseThrow();
        var sanne = invoices.findByEmail("sanne@fietsenjansen.nl");
        assertThat(sanne).hasSize(5).allSatisfy(r -> {
            assertThat(r.recordType()).isEqualTo("invoice");
            assertThat(r.relationshipActive()).isFalse();
            assertThat(r.relationshipEndedOn()).hasToString("2024-03-31");
        });
        var orders = catalog.sources().stream().filter(s -> s.name().startsWith("Webshop orders")).findFirst().orElseThrow();
        var piet = orders.findByEmail("piet.bakker@example.org");
        assertThat(piet).extracting(r -> r.recordType()).contains("consumer_order", "order_line", "shipment");
        assertThat(piet).allSatisfy(r -> assertThat(r.webshopId()).as("held for a webshop: " + r.recordType()).isNotNull());
    }

    @Test
    void a_configuration_that_cannot_work_stops_with_the_file_the_source_and_the_field() throws Exception {
        assertThatThrownBy(() -> load("""
                privacy.connectors.sources:
                  - name: Shop
                    role: controller
                    tables:
                      - { table: customer, key: id, category: contact, identity-columns: [emial] }
                """)).hasMessageContaining("broken.yml").hasMessageContaining("source 'Shop'")
                .hasMessageContaining("tables.customer.identity-columns").hasMessageContaining("no column 'emial'");
        assertThatThrownBy(() -> load("""
                privacy.connectors.sources:
                  - name: Shop
                    role: controller
                    tables:
                      - { table: customers, key: id, category: contact, identity-columns: [email] }
                """)).hasMessageContaining("no table 'customers'");
        assertThatThrownBy(() -> load("""
                privacy.connectors.sources:
                  - name: Shop
                    role: controller
                    tables:
                      - { table: customer, key: id, category: secrets, identity-columns: [email] }
                """)).hasMessageContaining("tables.customer.category").hasMessageContaining("'secrets'");
        assertThatThrownBy(() -> load("""
                privacy.connectors.sources:
                  - name: Shop
                    role: controller
                    tables:
                      - { table: invoice, key: id, category: financial, parent: { table: customer, column: customer_id } }
                      - { table: customer, key: id, category: contact, identity-columns: [email] }
                """)).hasMessageContaining("tables.invoice.parent.table");
        assertThatThrownBy(() -> load("""
                privacy.connectors.sources:
                  - name: Shop
                    role: owner
                    tables:
                      - { table: customer, key: id, category: contact, identity-columns: [email] }
                """)).hasMessageContaining("role").hasMessageContaining("controller or processor");
        assertThatThrownBy(() -> load("""
                privacy.connectors.sources:
                  - name: Shop
                    role: controller
                    tables:
                      - { table: "customer; DROP TABLE invoice", key: id, category: contact, identity-columns: [email] }
                """)).hasMessageContaining("no table");
    }

    @Test
    void a_relationship_runs_while_a_condition_on_its_table_holds_and_the_sweep_counts_only_those_that_ended() throws Exception {
        company.activeCustomer("runs.while.empty@example.org", 1, 0);
        company.formerCustomer("ended.long.ago@example.org", LocalDate.of(1990, 5, 31), 1);
        ConnectorCatalog byCondition = load("""
                privacy.connectors.sources:
                  - name: Invoices by condition
                    role: controller
                    relationship: { table: customer, key: id, active-when: "cancelled_on IS NULL", ended-column: cancelled_on }
                    tables:
                      - { table: customer, key: id, link-only: true, identity-columns: [email] }
                      - { table: invoice, key: id, category: financial, parent: { table: customer, column: customer_id },
                          customer-column: customer_id, record-date-column: invoice_date }
                """);
        PersonalDataSource invoices = byCondition.sources().get(0);

        assertThat(invoices.findByEmail("runs.while.empty@example.org")).singleElement().satisfies(r -> {
            assertThat(r.relationshipActive()).isTrue();
            assertThat(r.relationshipEndedOn()).isNull();
        });
        assertThat(invoices.findByEmail("ended.long.ago@example.org")).singleElement().satisfies(r -> {
            assertThat(r.relationshipActive()).isFalse();
            assertThat(r.relationshipEndedOn()).isEqualTo(LocalDate.of(1990, 5, 31));
        });
        // Ended the day before the cutoff: due; on the cutoff itself: not yet.
        assertThat(invoices.countDue("invoice", new RetentionCut(ErasureAction.ERASE, "relationshipEnd", LocalDate.of(1990, 6, 1)), Set.of()).due())
                .isEqualTo(1);
        assertThat(invoices.countDue("invoice", new RetentionCut(ErasureAction.ERASE, "relationshipEnd", LocalDate.of(1990, 5, 31)), Set.of()).due())
                .isZero();
    }

    @Test
    void a_retention_batch_hashes_as_anonymising_one_record_does_leaves_the_protected_row_and_goes_on_after_its_last_key() throws Exception {
        ConnectorCatalog hashing = load("""
                privacy.connectors.sources:
                  - name: Visits, hashed
                    role: controller
                    tables:
                      - { table: website_visit, key: id, category: usage, identity-columns: [visitor_email], record-date-column: visited_at,
                          anonymise: { visitor_email: hash, ip_address: "placeholder:removed" } }
                """);
        PersonalDataSource visits = hashing.sources().get(0);
        try {
            visit(980_001, "anna@retention-batch.example", "1980-01-10");
            visit(980_002, "bert@retention-batch.example", "1980-02-10");
            visit(980_003, "carla@retention-batch.example", "1980-03-10");
            visit(980_004, "dirk@retention-batch.example", "1981-03-10");
            RetentionCut cut = new RetentionCut(ErasureAction.ANONYMISE, "recordDate", LocalDate.of(1981, 1, 1));
            Set<String> bertsRequestIsOpen = Set.of("980002");

            assertThat(visits.countDue("website_visit", cut, bertsRequestIsOpen)).isEqualTo(new PersonalDataSource.DueCount(3, 1));
            var first = visits.applyDue("website_visit", cut, bertsRequestIsOpen, 1, null);
            assertThat(first).isEqualTo(new PersonalDataSource.DoneBatch(1, 980_001L));
            var second = visits.applyDue("website_visit", cut, bertsRequestIsOpen, 1, first.lastKey());
            assertThat(second).as("the protected row is passed over, not counted").isEqualTo(new PersonalDataSource.DoneBatch(1, 980_003L));
            assertThat(visits.applyDue("website_visit", cut, bertsRequestIsOpen, 1, second.lastKey()).lastKey()).as("nothing left").isNull();

            assertThat(jdbc.queryForMap("SELECT visitor_email, ip_address FROM website_visit WHERE id = 980001"))
                    .containsEntry("VISITOR_EMAIL", anonymiser.hash("anna@retention-batch.example")).containsEntry("IP_ADDRESS", "removed");
            assertThat(jdbc.queryForObject("SELECT visitor_email FROM website_visit WHERE id = 980003", String.class))
                    .isEqualTo(anonymiser.hash("carla@retention-batch.example"));
            assertThat(jdbc.queryForList("SELECT visitor_email FROM website_visit WHERE id IN (980002, 980004) ORDER BY id", String.class))
                    .as("protected, and not yet due").containsExactly("bert@retention-batch.example", "dirk@retention-batch.example");
            assertThat(visits.countDue("website_visit", cut, Set.of()).due()).as("a stand-in is not due again").isEqualTo(1);
        } finally {
            jdbc.update("DELETE FROM website_visit WHERE id BETWEEN 980001 AND 980004");
            hashing.destroy();
        }
    }

    private void visit(long id, String email, String day) {
        jdbc.update("INSERT INTO website_visit (id, visitor_email, ip_address, page, visited_at) VALUES (?, ?, '192.0.2.1', '/pricing', ?)",
                id, email, java.sql.Timestamp.valueOf(day + " 12:00:00"));
    }

    @Test
    void a_relationship_says_when_it_runs_in_exactly_one_way_and_its_condition_is_one_condition_the_database_accepts() {
        String source = """
                privacy.connectors.sources:
                  - name: Shop
                    role: controller
                    relationship: %s
                    tables:
                      - { table: customer, key: id, category: contact, identity-columns: [email], customer-column: id }
                """;
        assertThatThrownBy(() -> load(source.formatted("{ table: customer, key: id, ended-column: cancelled_on }")))
                .as("neither: today's 'no column null' becomes what to write")
                .hasMessageContaining("broken.yml, source 'Shop', relationship: say when a relationship runs by exactly one of "
                        + "status-column (with active-values) or active-when");
        assertThatThrownBy(() -> load(source.formatted("{ table: customer, key: id, status-column: status, active-values: [active], "
                + "active-when: \"cancelled_on IS NULL\" }"))).hasMessageContaining("relationship: say when a relationship runs by exactly one");
        assertThatThrownBy(() -> load(source.formatted("{ table: customer, key: id, status-column: status }")))
                .hasMessageContaining("relationship.active-values: status-column needs the values");
        assertThatThrownBy(() -> load(source.formatted("{ table: customer, key: id, active-when: \"cancelled_on IS NULL; DELETE FROM invoice\" }")))
                .hasMessageContaining("relationship.active-when: must be one condition on the table, without ';' or comments");
        assertThatThrownBy(() -> load(source.formatted("{ table: customer, key: id, active-when: \"cancelled_on IS NULL -- always\" }")))
                .hasMessageContaining("without ';' or comments");
        assertThatThrownBy(() -> load(source.formatted("{ table: customer, key: id, active-when: \"opgezegd_op IS NULL\" }")))
                .hasMessageContaining("relationship.active-when: the database does not accept 'opgezegd_op IS NULL' as a condition on table customer");
        assertThat(company.count("SELECT COUNT(*) FROM invoice")).as("nothing ran").isPositive();
    }

    @Test
    void columns_with_a_category_of_their_own_are_records_of_their_own_and_erased_on_their_own() throws Exception {
        long id = company.activeCustomer("column.categories@example.org", 0, 0);
        ConnectorCatalog catalog = load("""
                privacy.connectors.sources:
                  - name: Accounts with billing
                    role: controller
                    tables:
                      - table: customer
                        key: id
                        category: contact
                        identity-columns: [email]
                        columns: [contact_name, email, phone, billing_address, postal_code]
                        column-categories: { billing_address: financial, postal_code: financial }
                        erase: nullify
                        nullify-columns: [contact_name, email, phone]
                """);
        PersonalDataSource accounts = catalog.sources().get(0);

        var records = accounts.findByEmail("column.categories@example.org");
        assertThat(records).extracting(r -> r.recordType() + "/" + r.category().code())
                .containsExactly("customer/contact", "customer:financial/financial");
        assertThat(records.get(0).fields()).containsKeys("contact_name", "email", "phone").doesNotContainKeys("billing_address");
        assertThat(records.get(1).fields()).containsOnlyKeys("billing_address", "postal_code");

        assertThat(accounts.apply(PersonalDataSource.ErasureAction.ERASE, "customer", String.valueOf(id))).isEqualTo(1);
        assertThat(accounts.apply(PersonalDataSource.ErasureAction.KEEP, "customer:financial", String.valueOf(id))).isZero();
        assertThat(jdbc.queryForMap("SELECT contact_name, email, billing_address FROM customer WHERE id = ?", id))
                .containsEntry("CONTACT_NAME", null).containsEntry("EMAIL", null).containsEntry("BILLING_ADDRESS", "Teststraat 1");
        assertThat(accounts.apply(PersonalDataSource.ErasureAction.ERASE, "customer:financial", String.valueOf(id))).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT billing_address FROM customer WHERE id = ?", String.class, id)).isNull();

        assertThatThrownBy(() -> load("""
                privacy.connectors.sources:
                  - name: Accounts with billing
                    role: controller
                    tables:
                      - { table: customer, key: id, category: contact, identity-columns: [email], erase: delete,
                          column-categories: { billing_address: financial } }
                """)).hasMessageContaining("tables.customer.erase").hasMessageContaining("nullify");
    }

    @Test
    void a_source_whose_database_is_down_fails_the_look_up_instead_of_finding_nothing() throws Exception {
        ConnectorCatalog down = load("""
                privacy.connectors.sources:
                  - name: Remote shop
                    role: controller
                    connection: { url: "jdbc:postgresql://127.0.0.1:1/nothing", username: nobody, password: "" }
                    tables:
                      - { table: customer, key: id, category: contact, identity-columns: [email] }
                """);
        try {
            assertThatThrownBy(() -> down.sources().get(0).findByEmail("jan@bakkerijdevries.nl"))
                    .isInstanceOf(ConnectorCatalog.SourceUnavailable.class).hasMessageContaining("Remote shop");
        } finally {
            down.destroy();
        }
    }

    @Test
    void a_request_whose_source_is_unavailable_waits_as_an_incident_and_goes_on_after_the_retry() {
        jdbc.execute("ALTER TABLE website_visit RENAME TO website_visit_offline");
        try {
            var filed = intake.file(new NewRequest("jan@bakkerijdevries.nl", null, List.of("access"), "Inzage", "nl", null), "api");
            ProcessInstance request = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(filed.reference()).singleResult();
            for (int attempt = 1; attempt <= 10 && runtimeService.createIncidentQuery().processInstanceId(request.getId()).count() == 0; attempt++) {
                moveClockTo(NOW.plus(Duration.ofMinutes(6L * attempt)));
                for (Job job : managementService.createJobQuery().processInstanceId(request.getId()).executable().list()) {
                    try {
                        managementService.executeJob(job.getId());
                    } catch (RuntimeException expectedWhileTheSourceIsDown) {
                        // the job executor records the failure and retries
                    }
                }
            }
            Incident incident = runtimeService.createIncidentQuery().processInstanceId(request.getId()).singleResult();
            assertThat(incident.getActivityId()).isEqualTo("Task_FindPersonalData");
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM found_record WHERE reference = ?", Integer.class, filed.reference())).isZero();

            jdbc.execute("ALTER TABLE website_visit_offline RENAME TO website_visit");
            managementService.setJobRetries(incident.getConfiguration(), 1);
            moveClockTo(NOW.plus(Duration.ofHours(2)));
            runJobs();
            BpmnAwareTests.assertThat(request).isWaitingAt("UserTask_ReviewAccessAnswer");
        } finally {
            if (company.count("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE UPPER(TABLE_NAME) = 'WEBSITE_VISIT_OFFLINE'") > 0) {
                jdbc.execute("ALTER TABLE website_visit_offline RENAME TO website_visit");
            }
        }
    }

    @Test
    void art15_2_a_recipient_outside_the_eea_needs_the_safeguard_of_the_transfer_and_then_reads_as_one() throws Exception {
        String source = """
                privacy.connectors.sources:
                  - name: Visits
                    role: controller
                    legal-basis: [legitimate-interests]
                    recipients:
                      - { name: Hosting provider, kind: processor, country: NL }
                      - { name: Mail Cloud Inc., kind: processor, country: us%s }
                    tables:
                      - { table: website_visit, key: id, category: usage, identity-columns: [visitor_email], columns: [page, visited_at],
                          labels: { page: { nl: Pagina, en: Page } }, provided: [page] }
                """;
        assertThatThrownBy(() -> load(source.formatted(""))).isInstanceOf(ConnectorConfigurationError.class)
                .hasMessageContaining("source 'Visits', recipients[1].safeguard: US is outside the European Economic Area");
        assertThatThrownBy(() -> load(source.formatted("").replace("country: NL", "country: Holland")))
                .hasMessageContaining("recipients[0].country: must be an ISO 3166 two-letter country code");
        assertThatThrownBy(() -> load(source.formatted(", safeguard: standard-contractual-clauses").replace("provided: [page]", "provided: [ip_address]")))
                .hasMessageContaining("tables.website_visit.provided: 'ip_address' is not one of the table's columns");

        var description = load(source.formatted(", safeguard: standard-contractual-clauses, details: EU-US Data Privacy Framework"))
                .sources().get(0).description();
        assertThat(description.recipients()).extracting(r -> r.name() + " " + r.country() + " " + r.insideEea() + " " + r.safeguard())
                .containsExactly("Hosting provider NL true null", "Mail Cloud Inc. US false STANDARD_CONTRACTUAL_CLAUSES");
        assertThat(description.table("website_visit").label("page", "nl")).contains("Pagina");
        assertThat(description.table("website_visit").provided("page")).isTrue();
        assertThat(description.portable()).as("legitimate interests only: no portability").isFalse();
    }

    private ConnectorCatalog load(String yaml) throws Exception {
        Path file = folder.resolve("broken.yml");
        Files.writeString(file, DemoCategories.with(yaml));
        return new ConnectorCatalog("file:" + file, new DefaultResourceLoader(), database, anonymiser);
    }
}
