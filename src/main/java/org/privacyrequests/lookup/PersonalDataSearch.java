package org.privacyrequests.lookup;

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
        StringBuilder perSource = new StringBuilder();
        for (PersonalDataSource source : sources) {
            List<PersonalRecord> found = source.find(identity);
            all.addAll(found);
            perSource.append(source.name()).append(": ").append(found.size()).append("; ");
        }
        foundRecords.replace(reference, all);
        audit.record(reference, "Personal data searched", "By address" + (identity.others().isEmpty() ? "" : " and "
                + String.join(", ", identity.others().keySet())) + ". " + perSource.toString().trim());
        return new SearchResult(all);
    }

    /**
     * Finds what the company holds for one webshop, as its processor, about the person with this address: the
     * records a webshop's instruction may touch, and only those are kept for the request.
     */
    public SearchResult searchForWebshop(String reference, String email, long webshopId) {
        List<PersonalRecord> held = new ArrayList<>();
        StringBuilder perSource = new StringBuilder();
        for (PersonalDataSource source : sources) {
            List<PersonalRecord> found = source.find(new PersonalDataSource.Identity(email, java.util.Map.of())).stream()
                    .filter(r -> r.role() == ProcessingRole.PROCESSOR && Objects.equals(r.webshopId(), webshopId)).toList();
            held.addAll(found);
            perSource.append(source.name()).append(": ").append(found.size()).append("; ");
        }
        foundRecords.replace(reference, held);
        audit.record(reference, "Webshop's data searched", "By address, for webshop " + webshopId + " only. " + perSource.toString().trim());
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
