package org.privacyrequests.retention;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.privacyrequests.lookup.PersonalDataSource;
import org.privacyrequests.lookup.PersonalRecord;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * The rows no sweep may touch: everything of a person with an open request (it is being answered from
 * that data) or under a legal hold, found per source the way a request finds a person's data.
 */
@Service
public class ProtectedRows {

    private final JdbcTemplate jdbc;
    private final LegalHolds holds;

    public ProtectedRows(JdbcTemplate jdbc, LegalHolds holds) {
        this.jdbc = jdbc;
        this.holds = holds;
    }

    /** Per table of the source, the keys of protected rows. */
    public Map<String, Set<String>> in(PersonalDataSource source) {
        Map<String, Set<String>> keys = new HashMap<>();
        for (String email : protectedAddresses()) {
            for (PersonalRecord record : source.find(new PersonalDataSource.Identity(email, Map.of()))) {
                String table = record.recordType().contains(":") ? record.recordType().substring(0, record.recordType().indexOf(':'))
                        : record.recordType();
                keys.computeIfAbsent(table, t -> new HashSet<>()).add(record.recordId());
            }
        }
        return keys;
    }

    private Set<String> protectedAddresses() {
        List<String> openRequests = jdbc.queryForList(
                "SELECT DISTINCT requester_email FROM data_subject_request WHERE status IN ('OPEN', 'OVERDUE')", String.class);
        Set<String> addresses = new HashSet<>();
        Stream.concat(openRequests.stream(), holds.activeAddresses().stream()).forEach(a -> addresses.add(a.toLowerCase(java.util.Locale.ROOT)));
        return addresses;
    }
}
