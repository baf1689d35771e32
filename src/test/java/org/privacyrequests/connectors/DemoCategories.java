package org.privacyrequests.connectors;

/**
 * The demo company's categories, for a test's own small connector file: every table names one of the file's
 * categories, and a test about something else should not have to repeat them.
 */
final class DemoCategories {

    static final String YAML = """
            privacy.connectors.categories:
              - { code: contact, labels: { nl: contactgegevens, en: contact details } }
              - { code: account, labels: { nl: accountgegevens, en: account details } }
              - { code: financial, labels: { nl: facturen en betalingen, en: invoices and payments }, record-date: { nl: de factuurdatum, en: the date of the invoice } }
              - { code: order, labels: { nl: bestellingen, en: orders } }
              - { code: shipment, labels: { nl: zendingen, en: shipments } }
              - { code: usage, labels: { nl: gebruiksgegevens, en: usage data }, record-date: { nl: uw bezoek, en: your visit } }
              - { code: correspondence, labels: { nl: correspondentie, en: correspondence } }
            """;

    private DemoCategories() {
    }

    /** The file as written when it names its own categories, else with the demo's before its sources. */
    static String with(String yaml) {
        return yaml.contains("privacy.connectors.categories") ? yaml : YAML + yaml;
    }
}
