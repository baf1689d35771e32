package org.privacyrequests.references;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.Optional;
import org.privacyrequests.company.CompanyProperties;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
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
    private final TransactionTemplate outsideTransactions;
    /** The database the counter is kept in, known from the first number on. */
    private volatile Database database;

    public References(JdbcTemplate jdbc, Clock clock, CompanyProperties company, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.outsideTransactions = new TransactionTemplate(transactions);
        this.outsideTransactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_NOT_SUPPORTED);
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

    public String next(String prefix) {
        int year = clock.instant().atZone(company.zone()).getYear();
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

    /**
     * Counts the year's next number and reads it, or empty if the year has no counter yet; never in the caller's
     * transaction, which would keep the counter locked until the whole filing ends. The UPDATE locks the counter's row
     * until its own commit, so two nodes asking at once get consecutive numbers and each reads its own.
     *
     * <p>On PostgreSQL and H2 one statement counts and reads, committed as it ends (a filing waited for a transaction of
     * three round trips here). On PostgreSQL that commit does not wait for the disk ({@code set_config} for this statement
     * only; on the build machine 0.7 ms a commit that waits, 0.1 ms this statement): the filing that uses the number
     * commits after it and does wait, which writes the log up to and including this count. So once a request holding the
     * number is kept, so is the count, and a count lost with a crash was held by nothing that was kept: no number is
     * given twice. Elsewhere an UPDATE and a SELECT in a transaction of their own.
     */
    private Optional<Integer> increment(String prefix, int year) {
        String update = "UPDATE reference_counter SET last_number = last_number + 1";
        String where = " WHERE reference_prefix = ? AND reference_year = ?";
        return switch (database()) {
            case POSTGRESQL -> committedAlone(update
                    + " FROM (SELECT set_config('synchronous_commit', 'off', true)) AS no_wait_for_disk" + where + " RETURNING last_number",
                    prefix, year);
            case H2 -> committedAlone("SELECT last_number FROM FINAL TABLE (" + update + where + ")", prefix, year);
            case OTHER -> ownTransaction.execute(status -> jdbc.update(update + where, prefix, year) == 0 ? Optional.<Integer>empty()
                    : Optional.of(jdbc.queryForObject("SELECT last_number FROM reference_counter" + where, Integer.class, prefix, year)));
        };
    }

    /** Runs one statement that reads a number, outside any transaction, committed when it has run. */
    private Optional<Integer> committedAlone(String sql, String prefix, int year) {
        return outsideTransactions.execute(status -> jdbc.execute((ConnectionCallback<Optional<Integer>>) connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.setString(1, prefix);
                statement.setInt(2, year);
                Optional<Integer> number;
                try (ResultSet result = statement.executeQuery()) {
                    number = result.next() ? Optional.of(result.getInt(1)) : Optional.empty();
                }
                if (!connection.getAutoCommit()) {
                    // A pool set up without auto-commit would otherwise roll the count back when the connection returns.
                    connection.commit();
                }
                return number;
            }
        }));
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
