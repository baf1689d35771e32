package org.privacyrequests.references;

import java.time.Clock;
import java.util.Optional;
import org.privacyrequests.company.CompanyProperties;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Hands out the references a requester or complainant quotes and staff search for, such as
 * {@code DSR-2026-000123} (a request) or {@code PC-2026-000042} (a complaint): the business keys of the
 * processes. Numbers restart each year and never repeat, also with several engine nodes.
 *
 * <p>A reference that comes from outside (a mail's subject, an API path, a form field) is checked here before
 * it reaches the engine as a business key or a query: anything not in this format is no reference.
 */
@Service
public class References {

    public static final String REQUEST = Reference.Kind.REQUEST.prefix();
    public static final String COMPLAINT = Reference.Kind.COMPLAINT.prefix();
    public static final String REQUEST_PATTERN = Reference.REQUEST_PATTERN;
    public static final String COMPLAINT_PATTERN = Reference.COMPLAINT_PATTERN;

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final CompanyProperties company;
    private final TransactionTemplate ownTransaction;
    /** The database the counter is kept in, known from the first number on. */
    private volatile Database database;

    public References(JdbcTemplate jdbc, Clock clock, CompanyProperties company, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.company = company;
    }

    /** Whether this is a request's or a complaint's reference, exactly: nothing before, after or instead. */
    public static boolean isReference(String candidate) {
        return Reference.parse(candidate).isPresent();
    }

    public static boolean isRequest(String candidate) {
        return Reference.parse(candidate).filter(Reference::isRequest).isPresent();
    }

    public static boolean isComplaint(String candidate) {
        return Reference.parse(candidate).filter(Reference::isComplaint).isPresent();
    }

    /** The first reference quoted in a text (a subject, a returned mail), as a word of its own. */
    public static Optional<String> findIn(String text) {
        return Reference.findIn(text).map(Reference::toString);
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public String next(String prefix) {
        int year = clock.instant().atZone(company.zone()).getYear();
        if (database() == Database.POSTGRESQL) {
            // This transaction's commit need not wait for the disk (on the build machine 0.7 ms a commit that waits, 0.04 ms
            // one that does not; each filing waits for two). The transaction that uses the number commits after this one and
            // does wait, which writes the log up to and including this commit: once a request holding the number is kept,
            // so is the count; a count lost with a crash was held by nothing that was kept, so no number is given twice.
            jdbc.execute("SET LOCAL synchronous_commit TO OFF");
        }
        // The UPDATE takes a row lock until this transaction ends, so two nodes asking at once get consecutive numbers
        // and each reads its own.
        Optional<Integer> number = increment(prefix, year);
        if (number.isEmpty()) {
            // The year's first number. Two filings at once both find no counter; the one whose row comes second fails on
            // the key. That attempt has a transaction of its own: PostgreSQL refuses every further statement in a
            // transaction once one failed, so the loser could not take the next number in this one. The winner's row is
            // committed at once and not locked, so the winner takes its 1 from what it wrote, not by reading it back.
            try {
                ownTransaction.executeWithoutResult(status -> jdbc.update(
                        "INSERT INTO reference_counter (reference_prefix, reference_year, last_number) VALUES (?, ?, 1)", prefix, year));
                number = Optional.of(1);
            } catch (DuplicateKeyException raced) {
                number = increment(prefix, year);
            }
        }
        Reference.Kind kind = prefix.equals(REQUEST) ? Reference.Kind.REQUEST : Reference.Kind.COMPLAINT;
        return new Reference(kind, year, number.orElseThrow()).toString();
    }

    /** The year's next number, counted and read in one statement where the database can; empty if the year has no counter. */
    private Optional<Integer> increment(String prefix, int year) {
        String update = "UPDATE reference_counter SET last_number = last_number + 1 WHERE reference_prefix = ? AND reference_year = ?";
        return switch (database()) {
            case POSTGRESQL -> jdbc.queryForList(update + " RETURNING last_number", Integer.class, prefix, year).stream().findFirst();
            case H2 -> jdbc.queryForList("SELECT last_number FROM FINAL TABLE (" + update + ")", Integer.class, prefix, year).stream().findFirst();
            case OTHER -> jdbc.update(update, prefix, year) == 0 ? Optional.empty() : Optional.of(jdbc.queryForObject(
                    "SELECT last_number FROM reference_counter WHERE reference_prefix = ? AND reference_year = ?", Integer.class, prefix, year));
        };
    }

    private Database database() {
        Database known = database;
        if (known == null) {
            String product = jdbc.execute((ConnectionCallback<String>) c -> c.getMetaData().getDatabaseProductName());
            known = "PostgreSQL".equals(product) ? Database.POSTGRESQL : "H2".equals(product) ? Database.H2 : Database.OTHER;
            database = known;
        }
        return known;
    }

    private enum Database { POSTGRESQL, H2, OTHER }
}
