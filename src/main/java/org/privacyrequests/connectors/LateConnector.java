package org.privacyrequests.connectors;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.privacyrequests.lookup.PersonalDataSource;
import org.privacyrequests.lookup.PersonalRecord;

/**
 * A source whose own database could not be reached at start-up: the product starts anyway, and the
 * source's names are checked at its first use. Until the database answers, every use fails (an incident
 * on that request, retried later), never a wrong "no data found".
 */
class LateConnector implements PersonalDataSource {

    private final String name;
    private final SourceDescription description;
    private final Supplier<JdbcConnector> connect;
    private volatile JdbcConnector connector;

    LateConnector(String name, SourceDescription description, Supplier<JdbcConnector> connect) {
        this.name = name;
        this.description = description;
        this.connect = connect;
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
    public List<PersonalRecord> find(Identity identity) {
        return connector().find(identity);
    }

    @Override
    public void find(Identity identity, java.util.function.Consumer<PersonalRecord> found) {
        connector().find(identity, found);
    }

    @Override
    public <T> T inTransaction(java.util.function.Supplier<T> work) {
        return connector().inTransaction(work);
    }

    @Override
    public boolean holdsAddress(String email) {
        return connector().holdsAddress(email);
    }

    @Override
    public int apply(ErasureAction action, String recordType, String recordId) {
        return connector().apply(action, recordType, recordId);
    }

    @Override
    public Map<String, Integer> correctionLimits() {
        return connector().correctionLimits();
    }

    @Override
    public int correct(String email, Map<String, String> corrections) {
        return connector().correct(email, corrections);
    }

    @Override
    public int stopDirectMarketing(String email) {
        return connector().stopDirectMarketing(email);
    }

    @Override
    public List<AgedTable> agedTables() {
        return connector().agedTables();
    }

    @Override
    public DueCount countDue(String table, RetentionCut cut, java.util.Set<String> protectedKeys) {
        return connector().countDue(table, cut, protectedKeys);
    }

    @Override
    public DoneBatch applyDue(String table, RetentionCut cut, java.util.Set<String> protectedKeys, int limit, Object after) {
        return connector().applyDue(table, cut, protectedKeys, limit, after);
    }

    private JdbcConnector connector() {
        if (connector == null) {
            synchronized (this) {
                if (connector == null) {
                    connector = connect.get();
                }
            }
        }
        return connector;
    }
}
