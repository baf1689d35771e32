package org.privacyrequests.staffpages;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.privacyrequests.access.ReadableValues;
import org.privacyrequests.audit.AuditAction;
import org.privacyrequests.audit.AuditEvent;

/**
 * The audit trail's entries as staff read them: a sentence in the staff language with the facts in words, moments in the
 * company's zone, codes of outcomes, rights and choices as their texts.
 */
class AuditSentencesTest {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    @Test
    void a_request_received_reads_with_its_channel_rights_and_deadline_in_words() {
        AuditEvent received = AuditEvent.of(AuditAction.REQUEST_RECEIVED).with("channel", "email").with("rights", "access,erasure")
                .with("deadline", Instant.parse("2026-12-24T22:59:59Z"));

        assertThat(sentences("nl").sentence(received))
                .isEqualTo("Verzoek ontvangen (per e-mail); gevraagde rechten: inzage, verwijdering; antwoord uiterlijk 24 december 2026");
        assertThat(sentences("en").sentence(received))
                .isEqualTo("Request received (by e-mail); rights asked: access, erasure; answer due 24 December 2026");
    }

    @Test
    void a_completed_task_lists_its_decisions_under_their_labels_never_as_codes() {
        AuditEvent completed = AuditEvent.of(AuditAction.TASK_COMPLETED).with(AuditEvent.TASK, "Respond to the complainant")
                .with("proposedOutcome", "notUpheld").with("processorOnly", false).with("notCorrectedFields", "email,city");

        assertThat(sentences("nl").sentence(completed)).isEqualTo("Taak afgerond: Respond to the complainant — Voorgestelde uitkomst: "
                + "ongegrond; Alleen over gegevens van een webshop: nee; Niet gecorrigeerd: e-mailadres, woonplaats");
        assertThat(sentences("en").sentence(completed)).doesNotContain("notUpheld", "false", "email,")
                .contains("Proposed outcome: not upheld");
    }

    @Test
    void facts_there_only_sometimes_are_added_by_their_own_text() {
        AuditEvent before = AuditEvent.of(AuditAction.SUPPORT_REMINDED).with("daysBefore", 3);
        AuditEvent after = AuditEvent.of(AuditAction.SUPPORT_REMINDED).with("daysAfter", 2);
        AuditEvent onInstruction = AuditEvent.of(AuditAction.ERASURE_PLAN_WORKED_OUT).with("erase", 2).with("anonymise", 1)
                .with("keep", 4).with("onWebshopInstruction", true);

        assertThat(sentences("en").sentence(before)).isEqualTo("Support reminded of the deadline, 3 day(s) before it");
        assertThat(sentences("en").sentence(after)).isEqualTo("Support reminded of the deadline, 2 day(s) after it passed");
        assertThat(sentences("nl").sentence(onInstruction))
                .isEqualTo("Verwijderplan opgesteld: 2 record(s) te verwijderen, 1 te anonimiseren, 4 te bewaren, in opdracht van de webshop");
    }

    @Test
    void a_search_names_each_system_with_the_records_found_there() {
        AuditEvent searched = AuditEvent.of(AuditAction.PERSONAL_DATA_SEARCHED).with("found.Customer accounts", 1).with("found.Billing", 3);

        assertThat(sentences("en").sentence(searched))
                .isEqualTo("Personal data searched by e-mail address; records found: Customer accounts: 1, Billing: 3");
    }

    @Test
    void outcomes_mails_and_grounds_read_as_words() {
        assertThat(sentences("nl").sentence(AuditEvent.of(AuditAction.COMPLAINT_RESOLVED).with("complaintOutcome", "PARTLY_UPHELD")))
                .startsWith("Klacht afgehandeld: deels gegrond;");
        assertThat(sentences("nl").sentence(AuditEvent.of(AuditAction.MAIL_SENT).with("template", "request-received").with("language", "en")))
                .isEqualTo("Mail verstuurd: Ontvangstbevestiging (Engels)");
        assertThat(sentences("en").sentence(AuditEvent.of(AuditAction.REFUSED_UNDER_ART_12_5).with("ground", "EXCESSIVE")
                .with("reasons", "The fourth copy this month.")))
                .isEqualTo("Refused as excessive (Art. 12(5)): The fourth copy this month.");
        assertThat(sentences("en").sentence(AuditEvent.of(AuditAction.IDENTITY_VERIFIED).with("basis", "STAFF_ENTRY").with("filedBy", "support")))
                .isEqualTo("Identity established: the request came from an address on file and was filed by staff (filed by support)");
    }

    private static AuditSentences sentences(String language) {
        ResourceBundle bundle = ResourceBundle.getBundle("web/staff-texts", Locale.forLanguageTag(language),
                AuditSentencesTest.class.getClassLoader(), ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        Map<String, String> texts = new HashMap<>();
        bundle.keySet().forEach(k -> texts.put(k, bundle.getString(k)));
        return new AuditSentences(texts, new ReadableValues(language, AMSTERDAM));
    }
}
