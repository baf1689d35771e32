package org.privacyrequests.access;

import org.privacyrequests.audit.AuditAction;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipInputStream;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.Test;
import org.privacyrequests.audit.AuditTrail;
import org.privacyrequests.complaints.ComplaintIntake;
import org.privacyrequests.complaints.NewComplaint;
import org.privacyrequests.intake.IncomingMails;
import org.privacyrequests.lookup.FoundRecords;
import org.privacyrequests.lookup.PersonalDataSearch;
import org.privacyrequests.recipients.DataRecipientsProperties;
import org.privacyrequests.support.ProcessScenario;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The access answer as EDPB Guidelines 01/2022 describe it, one scenario per part of Art. 15 and Art. 20, on the
 * demo company's systems: named recipients, automated decisions, source and legal basis, what the product itself
 * holds, readable labels and dates, other people's data blacked out in review, and portability of provided data.
 */
class AccessAnswerTest extends ProcessScenario {

    static final String JAN = "jan@bakkerijdevries.nl";

    @Autowired AccessAnswers answers;
    @Autowired FoundRecords foundRecords;
    @Autowired AuditTrail audit;
    @Autowired ComplaintIntake complaints;
    @Autowired IncomingMails incomingMails;
    @Autowired DataRecipientsProperties recipients;
    @Autowired PersonalDataSearch search;

    @Test
    void art15_1_c_recipients_are_named_with_their_country() {
        String overview = overview(fileRequest(JAN, "nl", "access"));

        String accounts = section(overview, "Customer accounts");
        assertThat(accounts).contains("Payment provider (verwerker, werkt in onze opdracht), Nederland",
                "Hosting provider (verwerker, werkt in onze opdracht), Nederland").doesNotContain("None outside the company");
        assertThat(section(overview, "Invoices and payments")).contains("Belastingdienst (the Dutch tax authority) (overheidsinstantie",
                "Accountant (verwerker");
        assertThat(overview).contains("Wij geven uw gegevens niet door aan ontvangers buiten de Europese Economische Ruimte.");
    }

    @Test
    void art19_every_recipient_told_of_a_correction_or_erasure_is_named_in_the_access_answer_of_its_systems() {
        for (var recipient : recipients.recipients()) {
            for (String source : recipient.sources()) {
                assertThat(search.source(source).description().recipients()).as(recipient.name() + " in " + source)
                        .anyMatch(r -> r.name().equals(recipient.name()));
            }
        }
    }

    @Test
    void art15_1_h_says_whether_automated_decisions_are_taken() {
        assertThat(overview(fileRequest(JAN, "nl", "access"))).contains("Geautomatiseerde besluiten",
                "Wij nemen geen besluiten over u die uitsluitend op geautomatiseerde verwerking berusten, en wij maken geen profiel");
        assertThat(overview(fileRequest(JAN, "en", "access"))).contains("Automated decisions",
                "We take no decisions about you based solely on automated processing, and we do not profile you");
    }

    @Test
    void art15_1_c_d_g_each_system_states_its_purpose_legal_basis_period_and_source() {
        String overview = overview(fileRequest(JAN, "en", "access"));

        assertThat(section(overview, "Customer accounts")).contains("Purpose: Providing the subscription",
                "Legal basis: performing our contract with you (Art. 6(1)(b) GDPR)",
                "Source: Provided by the customer at sign-up", "kept as long as you are our customer");
        assertThat(section(overview, "Invoices and payments"))
                .contains("performing our contract with you (Art. 6(1)(b) GDPR); a legal obligation (Art. 6(1)(c) GDPR)");
        assertThat(section(overview, "Website visits")).contains("our legitimate interests (Art. 6(1)(f) GDPR)",
                "Source: Your browser when you visited the website");
    }

    @Test
    void the_access_answer_to_jan_shows_no_raw_column_names_and_dates_in_the_companys_time() {
        for (String language : List.of("nl", "en")) {
            ProcessInstance request = fileRequest(JAN, language, "access");
            String overview = overview(request);

            var columns = foundRecords.controllerRecords(reference(request)).stream()
                    .flatMap(r -> r.fields().keySet().stream()).distinct().toList();
            assertThat(columns).contains("billing_address", "visited_at", "email");
            assertThat(headings(overview)).as(language).doesNotContainAnyElementsOf(columns)
                    .noneMatch(h -> h.matches("[a-z]+(_[a-z]+)+"));
            assertThat(overview).doesNotContain("billing_address", "visited_at", "customer_since");
        }
        String dutch = overview(fileRequest(JAN, "nl", "access"));
        assertThat(dutch).contains("<th>Factuuradres</th>", "<th>Bezocht op</th>", "<th>Klant sinds</th>");
        // Stored 2026-09-15 05:50 UTC: shown as the company's (Amsterdam) time, the date written out.
        assertThat(dutch).contains("15 september 2026, 07:50").doesNotContain("2026-09-15T");
        assertThat(overview(fileRequest(JAN, "en", "access"))).contains("<th>Billing address</th>", "15 September 2026, 07:50");
    }

    @Test
    void art15_3_the_copy_includes_what_the_product_itself_holds() {
        String email = "kees@bakkerijkees.nl";
        company.activeCustomer(email, 1, 0);
        ProcessInstance earlier = fileRequest(email, "nl", "access");
        complete(earlier, "UserTask_ReviewAccessAnswer", "support", Map.of("accessAnswerApproved", "yes"));
        var complaint = complaints.file(new NewComplaint(email, "Kees", "Mijn inzage was te laat.", "nl", null), "api");
        incomingMails.record("<kees-1@bakkerijkees.nl>", Instant.parse("2026-11-20T08:30:00Z"), email, "Vraag over mijn abonnement",
                "REQUEST", null, null);
        // As a manager places it through POST /api/legal-holds.
        jdbc.update("INSERT INTO legal_hold (email, reason, placed_by, placed_at) VALUES (?, ?, 'manager', ?)", email,
                "Geschil over de laatste factuur", java.sql.Timestamp.from(NOW));

        ProcessInstance request = fileRequest(email, "nl", "access");
        String overview = overview(request);

        String held = overview.substring(overview.indexOf("Wat wij bijhouden over uw verzoeken"));
        assertThat(held).contains("Eerdere privacyverzoeken", reference(earlier), "inzage gegeven",
                "Klachten", complaint.reference(), "in behandeling",
                "Vraag over mijn abonnement", "20 november 2026",
                "Geschil over de laatste factuur", "van kracht", "tot 5 jaar nadat de zaak is afgesloten");
        assertThat(held).doesNotContain(reference(request) + "</td>");
        String copy = entries(answers.find(reference(request)).orElseThrow().zip()).get(reference(request) + "/personal-data.json");
        assertThat(copy).contains("\"heldByThisProduct\"", reference(earlier), "ACCESS_ANSWERED", complaint.reference(),
                "Vraag over mijn abonnement", "\"legal-hold\"");
    }

    @Test
    void art15_4_support_redacts_another_persons_data() {
        String email = "anna@bakkerijanna.nl";
        company.activeCustomer(email, 0, 0);
        jdbc.update("INSERT INTO support_email (id, from_address, subject, body, received_at) VALUES (?, ?, ?, ?, ?)",
                990_001L, email, "Doorgestuurd", "Mijn collega Piet Pietersen (piet@elders.nl) belde hierover al.",
                java.sql.Timestamp.from(Instant.parse("2026-11-02T09:00:00Z")));
        ProcessInstance request = fileRequest(email, "en", "access");
        assertThat(overview(request)).contains("Piet Pietersen");

        complete(request, "UserTask_ReviewAccessAnswer", "support",
                Map.of("accessAnswerApproved", "yes", "accessRedactions", "Piet Pietersen\npiet@elders.nl\n"));

        BpmnAwareTests.assertThat(request).as("built again for review, not sent").isWaitingAt("UserTask_ReviewAccessAnswer");
        assertThat(mailsTo(email)).hasSize(1);
        String overview = overview(request);
        assertThat(overview).doesNotContain("Piet Pietersen", "piet@elders.nl")
                .contains("Mijn collega " + AccessRedactions.BLACKED_OUT + " (" + AccessRedactions.BLACKED_OUT + ") belde", "Art. 15(4) GDPR");
        assertThat(jdbc.queryForObject("SELECT body FROM support_email WHERE id = 990001", String.class))
                .as("the source system is unchanged").contains("Piet Pietersen");
        assertThat(runtimeService.getVariable(request.getId(), "accessRedactions")).as("not kept in the process").isNull();
        assertThat(audit.of(reference(request))).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo(AuditAction.ACCESS_ANSWER_REDACTED.code());
            assertThat(e.actor()).isEqualTo("support");
            assertThat(e.facts()).isEqualTo(Map.of("values", "2"));
        });

        complete(request, "UserTask_ReviewAccessAnswer", "support", Map.of("accessAnswerApproved", "yes"));

        BpmnAwareTests.assertThat(request).isEnded();
        assertThat(mailsTo(email)).hasSize(2);
        assertThat(String.join("\n", entries(answers.find(reference(request)).orElseThrow().zip()).values()))
                .doesNotContain("Piet Pietersen", "piet@elders.nl").contains(AccessRedactions.BLACKED_OUT);
    }

    @Test
    void art20_portability_covers_provided_data_only() {
        ProcessInstance request = fileRequest(JAN, "en", "portability");

        Map<String, String> zip = entries(answers.find(reference(request)).orElseThrow().zip());
        String folder = reference(request) + "/portability/";
        assertThat(zip.keySet()).containsExactlyInAnyOrder(folder + "personal-data.json", folder + "customer-accounts---customer.csv",
                folder + "customer-accounts---account_user.csv", folder + "support-e-mails---support_email.csv");
        String json = zip.get(folder + "personal-data.json");
        assertThat(json).contains("\"company_name\"", "\"billing_address\"", "Bakkerij De Vries")
                .as("made or observed by the company, or processed on legitimate interests only")
                .doesNotContain("\"customer_since\"", "\"status\"", "\"last_login_at\"", "\"invoice_number\"", "\"ip_address\"",
                        "\"received_at\"", "Invoices and payments", "Website visits");
        assertThat(overview(request)).contains("You asked for data portability");
    }

    @Test
    void a_long_standing_customer_reads_the_first_hundred_visits_in_the_overview_and_finds_every_one_in_the_copy() {
        String email = "trouw@bakkerijtrouw.nl";
        company.activeCustomer(email, 0, 130);

        ProcessInstance request = fileRequest(email, "en", "access");

        String visits = section(overview(request), "Website visits");
        assertThat(visits).contains("130 records with: E-mail address, IP address, Page visited, Visited on.",
                "How long we keep it: anonymised 14 months after your visit.",
                "And 30 more records like these: all of them are in the attached copy (the zip file, website-visits---website_visit.csv).");
        assertThat(visits.split("<table>", -1)).as("the first hundred in full").hasSize(101);
        Map<String, String> zip = entries(answers.find(reference(request)).orElseThrow().zip());
        assertThat(zip.get(reference(request) + "/website-visits---website_visit.csv").lines())
                .as("a header and every visit").hasSize(131);
        assertThat(zip.get(reference(request) + "/personal-data.json").split("\"type\" : \"website_visit\"", -1)).hasSize(131);
        assertThat(section(overview(fileRequest(email, "nl", "access")), "Website visits"))
                .contains("130 vermeldingen met: E-mailadres, IP-adres, Bezochte pagina, Bezocht op.",
                        "En nog 30 vermeldingen zoals deze: die staan allemaal in de bijgevoegde kopie");
    }

    // --- reading the answer

    private String overview(ProcessInstance request) {
        return answers.find(reference(request)).orElseThrow().html();
    }

    /** The part of the overview about one system: from its heading to the next. */
    private static String section(String overview, String system) {
        int start = overview.indexOf("<h2>" + system + "</h2>");
        assertThat(start).as("section " + system).isNotNegative();
        int end = overview.indexOf("<h2>", start + 4);
        return overview.substring(start, end < 0 ? overview.length() : end);
    }

    private static List<String> headings(String html) {
        Matcher m = Pattern.compile("<th>(.*?)</th>").matcher(html);
        List<String> headings = new java.util.ArrayList<>();
        while (m.find()) {
            headings.add(m.group(1));
        }
        return headings;
    }

    private static Map<String, String> entries(byte[] zip) {
        Map<String, String> entries = new LinkedHashMap<>();
        try (var in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return entries;
    }
}
