package org.privacyrequests.connectors;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.privacyrequests.lookup.PersonalDataSource;
import org.privacyrequests.lookup.PersonalRecord;
import org.privacyrequests.lookup.ProcessingRole;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One configured system, read and changed with plain SQL built from checked, quoted names and bound values.
 * The work is done by one class per job: {@link PersonLookup} finds a person's rows, {@link ErasureStatements},
 * {@link CorrectionStatements} and {@link ObjectionStatements} change them on a request, {@link RetentionStatements} on the retention sweep.
 */
class JdbcConnector implements PersonalDataSource {

    private final String name;
    private final SourceDescription description;
    private final TransactionTemplate transactions;
    private final PersonLookup lookup;
    private final ErasureStatements erasure;
    private final CorrectionStatements correction;
    private final RetentionStatements retention;
    private final ObjectionStatements objection;
    private final ProcessingRole role;
    private final Map<String, Integer> correctionLimits;

    /** @param ownDatabase whether the source has a database of its own (changes then run in its own transactions) */
    JdbcConnector(String name, SourceDescription description, ProcessingRole role, DataSource database, boolean ownDatabase,
                  Map<String, ResolvedTable> resolvedTables, RelationshipColumns relationshipColumns, Anonymiser anonymiser,
                  Map<String, Integer> correctionLimits) {
        this.name = name;
        this.correctionLimits = Map.copyOf(correctionLimits);
        this.role = role;
        this.description = description;
        this.transactions = ownDatabase ? new TransactionTemplate(new DataSourceTransactionManager(database)) : null;
        JdbcTemplate jdbc = new JdbcTemplate(database);
        SourceTables tables = new SourceTables(name, resolvedTables);
        RelationshipState relationship = new RelationshipState(jdbc, tables, relationshipColumns);
        this.lookup = new PersonLookup(name, role, jdbc, tables, relationship);
        this.erasure = new ErasureStatements(jdbc, tables, anonymiser);
        this.correction = new CorrectionStatements(jdbc, tables);
        this.retention = new RetentionStatements(name, role, jdbc, tables, relationship, erasure);
        this.objection = new ObjectionStatements(jdbc, tables);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public SourceDescription description() {
        return description;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        // On the application's database the caller's transaction (the engine's job) already spans the work.
        return transactions == null ? work.get() : transactions.execute(status -> work.get());
    }

    @Override
    public List<PersonalRecord> find(Identity identity) {
        List<PersonalRecord> records = new java.util.ArrayList<>();
        find(identity, records::add);
        return records;
    }

    /** Read in a transaction: a database streams a large result (fetch size) only inside one. */
    @Override
    public void find(Identity identity, java.util.function.Consumer<PersonalRecord> found) {
        inTransaction(() -> {
            lookup.find(identity, found);
            return null;
        });
    }

    @Override
    public boolean holdsAddress(String email) {
        return lookup.holdsAddress(email);
    }

    @Override
    public int apply(ErasureAction action, String recordType, String recordId) {
        return erasure.apply(action, recordType, recordId);
    }

    @Override
    public Map<String, Integer> correctionLimits() {
        return correctionLimits;
    }

    /** A person's own request corrects what the company decides about; a webshop's data changes on its instruction only. */
    @Override
    public int correct(String email, Map<String, String> corrections) {
        return role == ProcessingRole.CONTROLLER ? correction.correct(email, corrections, null) : 0;
    }

    @Override
    public int correctForWebshop(long webshopId, String email, Map<String, String> corrections) {
        return role == ProcessingRole.PROCESSOR ? correction.correct(email, corrections, webshopId) : 0;
    }

    /** Direct marketing is the company's own: a webshop's data is not ours to use for it, nor to change on an objection. */
    @Override
    public int stopDirectMarketing(String email) {
        return role == ProcessingRole.CONTROLLER ? inTransaction(() -> objection.stopDirectMarketing(email)) : 0;
    }

    @Override
    public List<AgedTable> agedTables() {
        return retention.agedTables();
    }

    @Override
    public DueCount countDue(String table, RetentionCut cut, Set<String> protectedKeys) {
        return retention.countDue(table, cut, protectedKeys);
    }

    @Override
    public DoneBatch applyDue(String table, RetentionCut cut, Set<String> protectedKeys, int limit, Object after) {
        return inTransaction(() -> retention.applyDue(table, cut, protectedKeys, limit, after));
    }
}
