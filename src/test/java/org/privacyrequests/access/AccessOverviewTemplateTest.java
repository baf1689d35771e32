package org.privacyrequests.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.privacyrequests.company.AutomatedDecisionMaking;
import org.privacyrequests.company.DataCategories;
import org.privacyrequests.notifications.MailTemplates;

/**
 * The overview's texts for what the demo company does not do, so the scenarios cannot show it: a transfer outside the
 * EEA with its safeguard (Art. 15(2)) and automated decisions that are taken (Art. 15(1)(h)), in Dutch and English.
 */
class AccessOverviewTemplateTest {

    private final MailTemplates templates = new MailTemplates(DataCategories.NONE, org.privacyrequests.company.CompanyFolder.none());

    @Test
    void art15_2_a_transfer_outside_the_eea_names_the_country_and_its_safeguard() {
        assertThat(render("nl", false)).contains("Mail Cloud Inc. (verwerker, werkt in onze opdracht), Verenigde Staten: buiten de "
                + "Europese Economische Ruimte; de doorgifte is beschermd door de modelcontractbepalingen van de Europese Commissie (art. 46 AVG) "
                + "(EU-US Data Privacy Framework)")
                .doesNotContain("niet door aan ontvangers buiten de Europese Economische Ruimte");
        assertThat(render("en", false)).contains("Mail Cloud Inc. (processor, works on our behalf), United States: outside the European "
                + "Economic Area; the transfer is protected by the standard contractual clauses of the European Commission (Art. 46 GDPR)");
    }

    @Test
    void art15_1_h_automated_decisions_that_are_taken_are_explained() {
        assertThat(render("en", true)).contains("We take decisions about you based solely on automated processing (Art. 22 GDPR).",
                "A score from your payment history decides", "You may be asked to pay in advance.");
        assertThatThrownBy(() -> new AutomatedDecisionMaking(true, Map.of("en", "How"), Map.of("en", "What")))
                .as("the Dutch explanation is missing").hasMessageContaining("set logic.nl and consequences.nl");
    }

    @Test
    void a_category_reads_as_the_company_configured_it_with_its_description_and_what_its_own_date_is_called() {
        MailTemplates repairShop = new MailTemplates(() -> List.of(new DataCategories.ConfiguredCategory("repair",
                Map.of("nl", "reparaties", "en", "repairs"), Map.of("nl", "Wat we aan uw fiets deden", "en", "What we did to your bicycle"),
                Map.of("nl", "de reparatie", "en", "the repair"))), org.privacyrequests.company.CompanyFolder.none());
        Map<String, Object> repair = Map.of("category", "repair", "fields", List.of(),
                "keep", Map.of("amount", 1, "unit", "years", "countedFrom", "recordDate", "then", "ERASE", "endsOn", "2 maart 2027"));
        assertThat(render(repairShop, "nl", false, List.of(repair))).contains("Reparaties &ndash; verwijderd 1 jaar na de reparatie (2 maart 2027)",
                "<small>Wat we aan uw fiets deden</small>");
        assertThat(render(repairShop, "en", false, List.of(repair))).contains("Repairs &ndash; erased 1 year after the repair (2 maart 2027)",
                "<small>What we did to your bicycle</small>");
    }

    private String render(String language, boolean automatedDecisions) {
        return render(templates, language, automatedDecisions, List.of());
    }

    private String render(MailTemplates templates, String language, boolean automatedDecisions, List<Map<String, Object>> records) {
        Map<String, Object> model = new HashMap<>();
        model.put("company", Map.of("name", "Example B.V.", "supportEmail", "privacy@example.com",
                "authority", Map.of("name", "Autoriteit Persoonsgegevens", "website", "https://autoriteitpersoonsgegevens.nl")));
        model.put("request", Map.of("reference", "DSR-2026-000001", "receivedOn", "26 november 2026"));
        model.put("systems", List.of(Map.of("name", "Mail", "purpose", "Answering questions", "legalBases", List.of("contract"),
                "origin", "Your mails", "tables", records.isEmpty() ? List.of() : List.of(Map.of("category", "repair",
                        "count", records.size(), "fields", List.of(), "periods", List.of(), "records", records, "more", 0,
                        "file", "mail---repair.csv")),
                "recipients", List.of(Map.of("name", "Mail Cloud Inc.", "kind", "processor", "country", "en".equals(language)
                        ? "United States" : "Verenigde Staten", "outsideEea", true, "safeguard", "standard-contractual-clauses",
                        "details", "EU-US Data Privacy Framework")))));
        model.put("held", Map.of("REQUEST", List.of(), "COMPLAINT", List.of(), "MAIL", List.of(), "LEGAL_HOLD", List.of()));
        model.put("recordsKeptYears", 5);
        model.put("automatedDecisions", Map.of("takePlace", automatedDecisions,
                "logic", "A score from your payment history decides whether you may pay afterwards.",
                "consequences", "You may be asked to pay in advance."));
        model.put("redacted", false);
        model.put("portability", false);
        model.put("shown", 100);
        model.put("copyOfAll", true);
        return templates.renderDocument("access-overview.ftlh", language, model);
    }
}
