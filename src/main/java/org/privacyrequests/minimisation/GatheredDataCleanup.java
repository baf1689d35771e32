package org.privacyrequests.minimisation;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.privacyrequests.company.CompanyProperties;
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
 * Each feature forgets its own data ({@link KeepsCaseData}); this only says which cases are due and when.
 */
@Service
public class GatheredDataCleanup {

    private final List<KeepsCaseData> keepers;
    private final MinimisationProperties properties;
    private final org.springframework.transaction.PlatformTransactionManager transactionManager;
    private final Clock clock;
    private final CompanyProperties company;

    public GatheredDataCleanup(List<KeepsCaseData> keepers, MinimisationProperties properties,
                               org.springframework.transaction.PlatformTransactionManager transactionManager, Clock clock, CompanyProperties company) {
        this.keepers = keepers;
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
        Instant gatheredBefore = now.atZone(company.zone()).minus(properties.gatheredDataKeptFor()).toInstant();
        Instant recordsBefore = now.atZone(company.zone()).minus(properties.requestRecordsKeptFor()).toInstant();
        // Which cases closed long enough ago, asked first, so that forgetting one feature's rows cannot hide a case from another.
        Set<String> answered = closedBefore(gatheredBefore);
        Set<String> expired = closedBefore(recordsBefore);
        int gathered = keepers.stream().mapToInt(k -> k.forgetGathered(answered, gatheredBefore)).sum();
        int records = keepers.stream().mapToInt(k -> k.forgetRecords(expired, recordsBefore)).sum();
        return new Result(gathered, records);
    }

    private Set<String> closedBefore(Instant before) {
        Set<String> closed = new LinkedHashSet<>();
        keepers.forEach(k -> closed.addAll(k.casesClosedBefore(before)));
        return closed;
    }

    /** Rows deleted: gathered personal data, and expired records. */
    public record Result(int gatheredRows, int recordRows) {
    }
}
