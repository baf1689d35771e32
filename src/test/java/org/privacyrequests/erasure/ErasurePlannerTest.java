package org.privacyrequests.erasure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.privacyrequests.audit.AuditTrail;
import org.privacyrequests.lookup.DataCategory;
import org.privacyrequests.lookup.FoundRecords;
import org.privacyrequests.lookup.PersonalDataSource.ErasureAction;
import org.privacyrequests.lookup.PersonalRecord;
import org.privacyrequests.lookup.ProcessingRole;
import org.privacyrequests.policy.RetentionDecision;
import org.privacyrequests.policy.RetentionPolicy;

/**
 * The erasure plan as the preparer and the approving manager read it: per action, which systems and categories,
 * how many records, and for what is kept until when and why. No personal data in it.
 */
class ErasurePlannerTest {

    private static final String REFERENCE = "DSR-2026-000007";

    @Test
    void a_request_without_controller_data_gets_a_plan_that_says_there_is_nothing_to_erase() {
        assertThat(ErasurePlanner.summary(List.of())).isEqualTo("Nothing to erase: no controller data was found.");
    }

    @Test
    void the_plan_counts_records_per_system_and_category_under_erase_anonymise_and_keep() {
        String summary = ErasurePlanner.summary(List.of(
                item("Bookkeeping", "financial", ErasureAction.KEEP, LocalDate.of(2031, 12, 31), null, "fiscal-retention"),
                item("Customer accounts", "contact", ErasureAction.ERASE, null, null, null),
                item("Website statistics", "usage", ErasureAction.ANONYMISE, null, null, null),
                item("Customer accounts", "contact", ErasureAction.ERASE, null, null, null)));
        assertThat(summary).isEqualTo("""
                **Erase**

                - Customer accounts / contact: 2 record(s)

                **Anonymise**

                - Website statistics / usage: 1 record(s)

                **Keep**

                - Bookkeeping / financial (until 2031-12-31; fiscal retention duty): 1 record(s)""");
    }

    @Test
    void a_kept_record_says_until_when_or_on_which_condition_and_on_which_legal_ground_in_words() {
        String summary = ErasurePlanner.summary(List.of(
                item("Customer accounts", "account", ErasureAction.KEEP, null, "while-customer", "contract"),
                item("Bookkeeping", "financial", ErasureAction.KEEP, null, "after-relationship:P7Y", "fiscal-retention"),
                item("Bookkeeping", "financial", ErasureAction.KEEP, null, "after-relationship:P1Y", "fiscal-retention"),
                item("Mailbox", "correspondence", ErasureAction.KEEP, LocalDate.of(2030, 5, 1), null, "legal-claims"),
                item("Archive", "order", ErasureAction.KEEP, LocalDate.of(2027, 1, 1), null, "court-order")));
        assertThat(summary.lines()).containsExactly(
                "**Keep**",
                "",
                "- Customer accounts / account (while a customer; needed for the contract): 1 record(s)",
                "- Bookkeeping / financial (for 7 years after the relationship ends; fiscal retention duty): 1 record(s)",
                "- Bookkeeping / financial (for 1 year after the relationship ends; fiscal retention duty): 1 record(s)",
                "- Mailbox / correspondence (until 2030-05-01; evidence of what was agreed): 1 record(s)",
                "- Archive / order (until 2027-01-01; court-order): 1 record(s)");
    }

    @Test
    void working_out_a_plan_stores_one_line_per_record_with_the_retention_decision_and_audits_the_summary() {
        FoundRecords found = mock(FoundRecords.class);
        RetentionPolicy policy = mock(RetentionPolicy.class);
        ErasurePlans plans = mock(ErasurePlans.class);
        AuditTrail audit = mock(AuditTrail.class);
        PersonalRecord invoice = record("invoice", "INV-1", new DataCategory("financial"));
        PersonalRecord newsletter = record("newsletter", "NL-1", new DataCategory("contact"));
        when(found.controllerRecords(REFERENCE)).thenReturn(List.of(invoice, newsletter));
        when(policy.onErasureRequest(invoice)).thenReturn(new RetentionDecision(ErasureAction.KEEP, null, "after-relationship",
                Period.ofYears(7), "fiscal-retention"));
        when(policy.onErasureRequest(newsletter)).thenReturn(new RetentionDecision(ErasureAction.ERASE, null, null, null, null));
        List<ErasurePlanItem> stored = List.of();
        when(plans.of(REFERENCE)).thenReturn(stored);

        List<ErasurePlanItem> plan = new ErasurePlanner(found, policy, plans, audit).workOut(REFERENCE);

        @SuppressWarnings("unchecked")
        ArgumentCaptor<List<ErasurePlanItem>> items = ArgumentCaptor.forClass(List.class);
        verify(plans).replace(eq(REFERENCE), items.capture());
        assertThat(items.getValue()).containsExactly(
                new ErasurePlanItem(0, REFERENCE, "Bookkeeping", "invoice", "INV-1", "financial", ErasureAction.KEEP, null,
                        "after-relationship:P7Y", "fiscal-retention", null),
                new ErasurePlanItem(0, REFERENCE, "Bookkeeping", "newsletter", "NL-1", "contact", ErasureAction.ERASE, null,
                        null, null, null));
        ArgumentCaptor<String> detail = ArgumentCaptor.forClass(String.class);
        verify(audit).record(eq(REFERENCE), eq("Erasure plan worked out"), detail.capture());
        assertThat(detail.getValue()).doesNotContain("\n")
                .contains("Bookkeeping / contact: 1 record(s)")
                .contains("Bookkeeping / financial (for 7 years after the relationship ends; fiscal retention duty): 1 record(s)");
        assertThat(plan).isSameAs(stored);
    }

    private static ErasurePlanItem item(String source, String category, ErasureAction action, LocalDate keepUntil,
                                        String keepCondition, String legalGround) {
        return new ErasurePlanItem(0, REFERENCE, source, "row", "1", category, action, keepUntil, keepCondition, legalGround, null);
    }

    private static PersonalRecord record(String type, String id, DataCategory category) {
        return new PersonalRecord("Bookkeeping", type, id, category, ProcessingRole.CONTROLLER, null, Map.of(), false,
                LocalDate.of(2025, 6, 30), LocalDate.of(2024, 3, 1));
    }
}
