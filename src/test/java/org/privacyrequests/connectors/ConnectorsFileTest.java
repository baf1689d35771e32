package org.privacyrequests.connectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.privacyrequests.lookup.DataCategory;
import org.privacyrequests.lookup.ProcessingRole;
import org.springframework.core.io.DefaultResourceLoader;

/** The connector configuration file read into its records, the words bound to their types, without a database. */
class ConnectorsFileTest {

    @TempDir
    Path folder;

    @Test
    void the_demo_companys_words_arrive_as_their_types() {
        ConnectorsSpec spec = ConnectorsFile.read("classpath:connectors/demo-company.yml", new DefaultResourceLoader());
        ConnectorsSpec.Source accounts = spec.sources().get(0);
        assertThat(accounts.role()).isEqualTo(ProcessingRole.CONTROLLER);
        ConnectorsSpec.Table customer = accounts.tables().get(0);
        assertThat(customer.category()).isEqualTo(new DataCategory("contact"));
        assertThat(customer.erase()).isEqualTo(ErasureMode.NULLIFY);
        assertThat(customer.identityMatch()).isEqualTo(IdentityMatch.EXACT);
        ConnectorsSpec.Table invoice = spec.sources().get(1).tables().get(1);
        assertThat(invoice.anonymise()).containsEntry("billing_name", new Masking.Nullify());
        assertThat(spec.sources().get(2).role()).isEqualTo(ProcessingRole.PROCESSOR);
        assertThat(spec.sources().get(2).tables().get(1).erase()).as("the default").isEqualTo(ErasureMode.DELETE);
        assertThat(spec.sources().get(2).tables().get(1).identityMatch()).as("the default").isEqualTo(IdentityMatch.CASE_INSENSITIVE);
    }

    @Test
    void the_shops_hash_and_placeholder_arrive_as_their_masking() {
        ConnectorsSpec.Source shop = ConnectorsFile.read("classpath:connectors/shop-mariadb.yml", new DefaultResourceLoader()).sources().get(0);
        assertThat(shop.tables().get(3).anonymise()).containsExactly(java.util.Map.entry("naam_op_factuur", new Masking.Placeholder("verwijderd")));
        assertThat(shop.tables().get(4).anonymise()).containsEntry("emailadres", new Masking.Hash()).containsEntry("ip_adres", new Masking.Nullify());
    }

    @Test
    void on_objection_is_a_word_or_names_its_columns() throws Exception {
        ConnectorsSpec spec = read("""
                privacy.connectors.sources:
                  - name: Marketing
                    role: controller
                    tables:
                      - { table: newsletter_subscriber, key: id, category: contact, identity-columns: [email], on-objection: delete }
                      - { table: customer, key: id, category: contact, identity-columns: [email], on-objection: { set: { newsletter: "false" } } }
                      - { table: lead, key: id, category: contact, identity-columns: [email], on-objection: { nullify: [phone] } }
                """);
        var tables = spec.sources().get(0).tables();
        assertThat(tables.get(0).onObjection()).isEqualTo(new ConnectorsSpec.OnObjection(true, null, null));
        assertThat(tables.get(1).onObjection().set()).containsEntry("newsletter", "false");
        assertThat(tables.get(2).onObjection().nullify()).containsExactly("phone");
        assertThat(ObjectionAction.SetValues.bound("false", false)).isEqualTo(false);
        assertThat(ObjectionAction.SetValues.bound("false", true)).as("a TINYINT flag").isEqualTo(0);
        assertThatThrownBy(() -> read("""
                privacy.connectors.sources:
                  - { name: Shop, role: controller, tables: [ { table: customer, key: id, category: contact, on-objection: erase } ] }
                """)).hasMessageContaining("source 'Shop', tables.customer.on-objection: must be delete, {nullify: [columns]} or {set: {column: value}}, not 'erase'");
    }

    @Test
    void an_unknown_anonymise_word_names_the_file_the_source_the_table_and_the_column() throws Exception {
        assertThatThrownBy(() -> read("""
                privacy.connectors.sources:
                  - name: Shop
                    role: controller
                    tables:
                      - { table: customer, key: id, category: contact, identity-columns: [email] }
                      - { table: invoice, key: id, category: financial, anonymise: { billing_name: "null", billing_address: erase } }
                """)).isInstanceOf(ConnectorConfigurationError.class)
                .hasMessageContaining("broken.yml, source 'Shop', tables.invoice.anonymise.billing_address: "
                        + "must be null, hash or placeholder:<text>, not 'erase'");
    }

    @Test
    void an_unknown_erase_identity_match_role_or_category_names_its_field() throws Exception {
        assertThatThrownBy(() -> read("""
                privacy.connectors.sources:
                  - { name: Shop, role: controller, tables: [ { table: customer, key: id, category: contact, erase: wipe } ] }
                """)).isInstanceOf(ConnectorConfigurationError.class)
                .hasMessageContaining("source 'Shop', tables.customer.erase: must be delete or nullify, not 'wipe'");
        assertThatThrownBy(() -> read("""
                privacy.connectors.sources:
                  - { name: Shop, role: controller, tables: [ { table: customer, key: id, category: contact, identity-match: lower } ] }
                """)).hasMessageContaining("source 'Shop', tables.customer.identity-match: must be case-insensitive or exact, not 'lower'");
        assertThatThrownBy(() -> read("""
                privacy.connectors.sources:
                  - { name: Shop, role: controller }
                  - { name: Webshop, role: owner }
                """)).hasMessageContaining("source 'Webshop', role: must be controller or processor, not 'owner'");
        assertThatThrownBy(() -> read("""
                privacy.connectors.sources:
                  - { name: Shop, role: controller, tables: [ { table: customer, key: id, category: contact,
                      column-categories: { billing_address: fiscal } } ] }
                """)).hasMessageContaining("source 'Shop', tables.customer.column-categories.billing_address: "
                + "'fiscal' is not one of the categories of privacy.connectors.categories (contact, account, financial, order, shipment, usage, "
                + "correspondence)");
    }

    @Test
    void words_are_read_regardless_of_case_where_they_always_were() throws Exception {
        ConnectorsSpec spec = read("""
                privacy.connectors.sources:
                  - { name: Shop, role: Processor, tables: [ { table: customer, key: id, category: Contact } ] }
                """);
        assertThat(spec.sources().get(0).role()).isEqualTo(ProcessingRole.PROCESSOR);
        assertThat(spec.sources().get(0).tables().get(0).category()).isEqualTo(new DataCategory("contact"));
    }

    @Test
    void a_table_names_one_of_the_files_own_categories_and_each_category_reads_in_every_language() throws Exception {
        assertThatThrownBy(() -> read("""
                privacy.connectors.sources:
                  - { name: Workshop, role: controller, tables: [ { table: repair, key: id, category: repairs, identity-columns: [email] } ] }
                """)).isInstanceOf(ConnectorConfigurationError.class)
                .hasMessageContaining("broken.yml, source 'Workshop', tables.repair.category: 'repairs' is not one of the categories "
                        + "of privacy.connectors.categories (contact, account, financial, order, shipment, usage, correspondence)");
        ConnectorsSpec repairShop = read("""
                privacy.connectors.categories:
                  - { code: repair, labels: { nl: reparaties, en: repairs }, record-date: { nl: de reparatie, en: the repair } }
                privacy.connectors.sources:
                  - { name: Workshop, role: controller, tables: [ { table: repair, key: id, category: repair, identity-columns: [email] } ] }
                """);
        assertThat(repairShop.sources().get(0).tables().get(0).category()).isEqualTo(new DataCategory("repair"));
        assertThat(ConnectorsFile.categories(repairShop, "repairs.yml").label("repair", "en")).isEqualTo("repairs");
        assertThat(ConnectorsFile.categories(repairShop, "repairs.yml").texts("nl"))
                .containsEntry("repair", java.util.Map.of("label", "reparaties", "recordDate", "de reparatie"));
        assertThatThrownBy(() -> read("""
                privacy.connectors.categories:
                  - { code: repair, labels: { nl: reparaties } }
                """)).hasMessageContaining("broken.yml, categories[0] 'repair': labels needs a text for every language: nl, en (missing: en)");
        assertThatThrownBy(() -> read("""
                privacy.connectors.categories:
                  - { code: repair, labels: { nl: reparaties, en: repairs }, descriptions: { en: What we repaired } }
                """)).hasMessageContaining("categories[0] 'repair': descriptions needs a text for every language: nl, en (missing: nl)");
        assertThatThrownBy(() -> read("""
                privacy.connectors.categories:
                  - { code: Repair Jobs, labels: { nl: reparaties, en: repairs } }
                """)).hasMessageContaining("categories[0] 'Repair Jobs': code must be a word in lower case");
        assertThatThrownBy(() -> read("""
                privacy.connectors.categories:
                  - { code: repair, labels: { nl: reparaties, en: repairs } }
                  - { code: repair, labels: { nl: herstel, en: mending } }
                """)).hasMessageContaining("categories[1] 'repair': the code is given twice");
    }

    private ConnectorsSpec read(String yaml) throws Exception {
        Path file = folder.resolve("broken.yml");
        Files.writeString(file, DemoCategories.with(yaml));
        return ConnectorsFile.read("file:" + file, new DefaultResourceLoader());
    }
}
