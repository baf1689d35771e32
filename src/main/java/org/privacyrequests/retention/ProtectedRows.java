package org.privacyrequests.retention;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.privacyrequests.lookup.PersonalDataSource;
import org.privacyrequests.lookup.PersonalRecord;
import org.privacyrequests.requests.DataSubjectRequestRepository;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * The rows no sweep may touch: everything of a person with an open request (it is being answered from
 * that data), under a legal hold or whose processing is restricted (Art. 18: stored, nothing else), found per source the way a request finds a person's data: by the
 * address, and for a request also by the identifiers support verified (customer number, phone).
 */
@Service
class ProtectedRows {

    private final JdbcTemplate jdbc;
    private final LegalHolds holds;
    private final DataSubjectRequestRepository requests;
    private final org.privacyrequests.restriction.ProcessingRestrictions restrictions;

    public ProtectedRows(JdbcTemplate jdbc, LegalHolds holds, DataSubjectRequestRepository requests,
                         org.privacyrequests.restriction.ProcessingRestrictions restrictions) {
        this.restrictions = restrictions;
        this.jdbc = jdbc;
        this.holds = holds;
        this.requests = requests;
    }

    /** Per table of the source, the keys of protected rows. */
    public Map<String, Set<String>> in(PersonalDataSource source) {
        Map<String, Set<String>> keys = new HashMap<>();
        for (PersonalDataSource.Identity person : protectedPeople()) {
            for (PersonalRecord record : source.find(person)) {
                String table = record.recordType().contains(":") ? record.recordType().substring(0, record.recordType().indexOf(':'))
                        : record.recordType();
                keys.computeIfAbsent(table, t -> new HashSet<>()).add(record.recordId());
            }
        }
        return keys;
    }

    private List<PersonalDataSource.Identity> protectedPeople() {
        List<PersonalDataSource.Identity> people = new java.util.ArrayList<>();
        jdbc.query("SELECT reference, requester_email FROM data_subject_request WHERE status IN ('OPEN', 'OVERDUE')",
                (org.springframework.jdbc.core.RowCallbackHandler) rs -> people.add(new PersonalDataSource.Identity(
                        rs.getString("requester_email"), requests.otherIdentifiers(rs.getString("reference")))));
        Set<String> held = new HashSet<>();
        holds.activeAddresses().forEach(a -> held.add(a.toLowerCase(java.util.Locale.ROOT)));
        restrictions.restrictedAddresses().forEach(a -> held.add(a.toLowerCase(java.util.Locale.ROOT)));
        held.forEach(a -> people.add(new PersonalDataSource.Identity(a, Map.of())));
        return people;
    }
}
