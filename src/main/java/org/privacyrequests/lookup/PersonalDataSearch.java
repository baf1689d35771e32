package org.privacyrequests.lookup;

import org.privacyrequests.audit.AuditAction;
import org.privacyrequests.audit.AuditEvent;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.privacyrequests.audit.AuditTrail;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

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

    /**
     * Keeps the records as each source reads them, in batches, in one transaction: what was found replaces what an
     * earlier search found at once, and a long-standing customer's records are never all held in memory.
     */
    @Transactional
    public SearchResult search(String reference, PersonalDataSource.Identity identity) {
        AuditEvent searched = AuditEvent.of(AuditAction.PERSONAL_DATA_SEARCHED)
                .with("alsoBy", identity.others().isEmpty() ? null : String.join(", ", identity.others().keySet()));
        SearchResult.Tally tally = new SearchResult.Tally();
        try (FoundRecords.Replacement kept = foundRecords.replacing(reference)) {
            for (PersonalDataSource source : sources) {
                int before = tally.records;
                source.find(identity, record -> {
                    kept.add(record);
                    tally.add(record);
                });
                searched = searched.with(FOUND + source.name(), tally.records - before);
            }
        }
        audit.record(reference, searched);
        return tally.result();
    }

    /**
     * Finds what the company holds for one webshop, as its processor, about the person with this address: the
     * records a webshop's instruction may touch, and only those are kept for the request.
     */
    @Transactional
    public SearchResult searchForWebshop(String reference, String email, long webshopId) {
        AuditEvent searched = AuditEvent.of(AuditAction.WEBSHOP_DATA_SEARCHED).with("webshopId", webshopId);
        SearchResult.Tally tally = new SearchResult.Tally();
        try (FoundRecords.Replacement kept = foundRecords.replacing(reference)) {
            for (PersonalDataSource source : sources) {
                int before = tally.records;
                source.find(new PersonalDataSource.Identity(email, java.util.Map.of()), record -> {
                    if (record.role() == ProcessingRole.PROCESSOR && Objects.equals(record.webshopId(), webshopId)) {
                        kept.add(record);
                        tally.add(record);
                    }
                });
                searched = searched.with(FOUND + source.name(), tally.records - before);
            }
        }
        audit.record(reference, searched);
        return tally.result();
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

    /**
     * What a search found, seen by who decides about it: how many records, whether any are the company's own or held
     * for webshops, and which webshops. The records themselves are kept with the request ({@link FoundRecords}).
     */
    public record SearchResult(int count, boolean controllerDataFound, boolean processorDataFound, List<Long> webshops) {

        public SearchResult {
            webshops = List.copyOf(webshops);
        }

        /** The webshops that decide about the processor data, each once. */
        @Override
        public List<Long> webshops() {
            return new ArrayList<>(webshops);
        }

        /** Counted while the records pass. */
        static final class Tally {
            private int records;
            private boolean controller;
            private boolean processor;
            private final java.util.TreeSet<Long> webshops = new java.util.TreeSet<>();

            void add(PersonalRecord record) {
                records++;
                if (record.role() == ProcessingRole.CONTROLLER) {
                    controller = true;
                } else if (record.role() == ProcessingRole.PROCESSOR) {
                    processor = true;
                    if (record.webshopId() != null) {
                        webshops.add(record.webshopId());
                    }
                }
            }

            SearchResult result() {
                return new SearchResult(records, controller, processor, List.copyOf(webshops));
            }
        }
    }
}
