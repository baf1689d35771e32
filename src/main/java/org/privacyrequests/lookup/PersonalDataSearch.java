package org.privacyrequests.lookup;

import org.privacyrequests.audit.AuditAction;
import org.privacyrequests.audit.AuditEvent;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.privacyrequests.audit.AuditTrail;
import org.springframework.stereotype.Service;

/**
 * Asks every personal data source (as configured, see {@link PersonalDataSources}) for a person's records and keeps what was found with the request, so
 * that routing, the access overview and the erasure plan all work from the same picture.
 */
@Service
public class PersonalDataSearch {

    /** The audit facts of a search name each system searched, with how many records were found there: {@code found.Orders}. */
    public static final String FOUND = "found.";

    private final List<PersonalDataSource> sources;
    private final FoundRecords foundRecords;
    private final AuditTrail audit;

    public PersonalDataSearch(PersonalDataSources catalog, FoundRecords foundRecords, AuditTrail audit) {
        this.sources = catalog.sources();
        this.foundRecords = foundRecords;
        this.audit = audit;
    }

    public SearchResult search(String reference, String email) {
        return search(reference, new PersonalDataSource.Identity(email, java.util.Map.of()));
    }

    public SearchResult search(String reference, PersonalDataSource.Identity identity) {
        List<PersonalRecord> all = new ArrayList<>();
        AuditEvent searched = AuditEvent.of(AuditAction.PERSONAL_DATA_SEARCHED)
                .with("alsoBy", identity.others().isEmpty() ? null : String.join(", ", identity.others().keySet()));
        for (PersonalDataSource source : sources) {
            List<PersonalRecord> found = source.find(identity);
            all.addAll(found);
            searched = searched.with(FOUND + source.name(), found.size());
        }
        foundRecords.replace(reference, all);
        audit.record(reference, searched);
        return new SearchResult(all);
    }

    /**
     * Finds what the company holds for one webshop, as its processor, about the person with this address: the
     * records a webshop's instruction may touch, and only those are kept for the request.
     */
    public SearchResult searchForWebshop(String reference, String email, long webshopId) {
        List<PersonalRecord> held = new ArrayList<>();
        AuditEvent searched = AuditEvent.of(AuditAction.WEBSHOP_DATA_SEARCHED).with("webshopId", webshopId);
        for (PersonalDataSource source : sources) {
            List<PersonalRecord> found = source.find(new PersonalDataSource.Identity(email, java.util.Map.of())).stream()
                    .filter(r -> r.role() == ProcessingRole.PROCESSOR && Objects.equals(r.webshopId(), webshopId)).toList();
            held.addAll(found);
            searched = searched.with(FOUND + source.name(), found.size());
        }
        foundRecords.replace(reference, held);
        audit.record(reference, searched);
        return new SearchResult(held);
    }

    public boolean addressOnFile(String email) {
        return sources.stream().anyMatch(s -> s.holdsAddress(email));
    }

    public List<PersonalDataSource> sources() {
        return sources;
    }

    public PersonalDataSource source(String name) {
        return sources.stream().filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalStateException("No personal data source named " + name));
    }

    /** What a search found, seen by who decides about it. */
    public record SearchResult(List<PersonalRecord> records) {

        public boolean controllerDataFound() {
            return records.stream().anyMatch(r -> r.role() == ProcessingRole.CONTROLLER);
        }

        public boolean processorDataFound() {
            return records.stream().anyMatch(r -> r.role() == ProcessingRole.PROCESSOR);
        }

        /** The webshops that decide about the processor data, each once. */
        public List<Long> webshops() {
            return new ArrayList<>(records.stream().filter(r -> r.role() == ProcessingRole.PROCESSOR)
                    .map(PersonalRecord::webshopId).filter(Objects::nonNull).distinct().sorted().toList());
        }
    }
}
