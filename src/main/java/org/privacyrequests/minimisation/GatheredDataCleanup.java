package org.privacyrequests.minimisation;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import org.privacyrequests.company.CompanyProperties;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps no more personal data, for no longer, than answering a request needs. A set period after a request
 * closes, what was gathered to answer it goes: the records found, the access answer, the mails about it and
 * unreadable mails kept for review. After the accountability period the request record itself goes, with
 * its erasure plan, sent-mail log and audit trail. Runs nightly; the engine's own history is cleaned up by
 * its history cleanup (each process has a history time to live). Runs nightly on its own schedule, whatever
 * becomes of the day's retention sweep (which reports it, counting first with {@link #countDue()}, and runs it
 * again: it is idempotent). Lifted legal holds go with the request records, after the accountability period.
 */
@Service
public class GatheredDataCleanup {

    private final JdbcTemplate jdbc;
    private final MinimisationProperties properties;
    private final org.springframework.transaction.PlatformTransactionManager transactionManager;
    private final Clock clock;
    private final CompanyProperties company;

    public GatheredDataCleanup(JdbcTemplate jdbc, MinimisationProperties properties,
                               org.springframework.transaction.PlatformTransactionManager transactionManager, Clock clock, CompanyProperties company) {
        this.jdbc = jdbc;
        this.transactionManager = transactionManager;
        this.properties = properties;
        this.clock = clock;
        this.company = company;
    }

    @Scheduled(cron = "${privacy.minimisation.cron}")
    public void nightly() {
        cleanUp();
    }

    /** What {@link #cleanUp()} would delete now: it runs, counts, and is rolled back. */
    public Result countDue() {
        // A transaction of its own: rolling it back must not take the caller's (the engine's job) with it.
        var transaction = new org.springframework.transaction.support.TransactionTemplate(transactionManager);
        transaction.setPropagationBehavior(org.springframework.transaction.TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        return transaction.execute(status -> {
            Result due = cleanUp();
            status.setRollbackOnly();
            return due;
        });
    }

    @Transactional
    public Result cleanUp() {
        Instant now = clock.instant();
        Timestamp gatheredBefore = Timestamp.from(now.atZone(company.zone()).minus(properties.gatheredDataKeptFor()).toInstant());
        Timestamp recordsBefore = Timestamp.from(now.atZone(company.zone()).minus(properties.requestRecordsKeptFor()).toInstant());
        String closedBefore = "SELECT reference FROM data_subject_request WHERE status = 'CLOSED' AND closed_at < ?";
        String complaintsClosedBefore = "SELECT reference FROM privacy_complaint WHERE status = 'CLOSED' AND closed_at < ?";

        int gathered = 0;
        gathered += jdbc.update("DELETE FROM found_record WHERE reference IN (" + closedBefore + ")", gatheredBefore);
        gathered += jdbc.update("DELETE FROM access_answer WHERE reference IN (" + closedBefore + ")", gatheredBefore);
        // An access export that went out is deleted after the period too, even while other rights are still handled.
        gathered += jdbc.update("DELETE FROM access_answer WHERE sent_at < ?", gatheredBefore);
        gathered += jdbc.update("DELETE FROM correspondence WHERE reference IN (" + closedBefore + ")", gatheredBefore);
        gathered += jdbc.update("DELETE FROM correspondence WHERE reference IN (" + complaintsClosedBefore + ")", gatheredBefore);
        gathered += jdbc.update("UPDATE data_subject_request SET other_identifiers = NULL WHERE other_identifiers IS NOT NULL "
                + "AND reference IN (" + closedBefore + ")", gatheredBefore);
        gathered += jdbc.update("DELETE FROM request_link_confirmation WHERE reference IN (" + closedBefore + ")", gatheredBefore);
        gathered += jdbc.update("UPDATE incoming_mail SET raw_message = NULL WHERE raw_message IS NOT NULL AND handled_at < ?", gatheredBefore);

        int records = 0;
        for (String table : new String[] {"erasure_plan_item", "request_decision", "sent_mail", "audit_entry", "found_record", "access_answer", "correspondence"}) {
            records += jdbc.update("DELETE FROM " + table + " WHERE reference IN (" + closedBefore + ")", recordsBefore);
            records += jdbc.update("DELETE FROM " + table + " WHERE reference IN (" + complaintsClosedBefore + ")", recordsBefore);
        }
        records += jdbc.update("DELETE FROM data_subject_request WHERE status = 'CLOSED' AND closed_at < ?", recordsBefore);
        records += jdbc.update("DELETE FROM privacy_complaint WHERE status = 'CLOSED' AND closed_at < ?", recordsBefore);
        records += jdbc.update("DELETE FROM incoming_mail WHERE handled_at < ?", recordsBefore);
        records += jdbc.update("DELETE FROM audit_entry WHERE reference IN (SELECT CONCAT('LH-', CAST(id AS VARCHAR(20))) "
                + "FROM legal_hold WHERE lifted_at < ?)", recordsBefore);
        records += jdbc.update("DELETE FROM legal_hold WHERE lifted_at < ?", recordsBefore);
        return new Result(gathered, records);
    }

    /** Rows deleted: gathered personal data, and expired records. */
    public record Result(int gatheredRows, int recordRows) {
    }
}
