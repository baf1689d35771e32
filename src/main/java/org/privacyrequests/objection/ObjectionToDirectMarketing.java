package org.privacyrequests.objection;

import org.privacyrequests.audit.AuditAction;
import org.privacyrequests.audit.AuditEvent;

import java.util.ArrayList;
import java.util.List;
import org.privacyrequests.audit.AuditTrail;
import org.privacyrequests.lookup.PersonalDataSearch;
import org.privacyrequests.lookup.PersonalDataSource;
import org.springframework.stereotype.Service;

/**
 * Carries out an objection to direct marketing (Art. 21(2)-(3)), which is granted without weighing: each system does
 * what its connector configuration's {@code on-objection} says (delete the subscription, empty a column, set a flag),
 * and the address goes on the suppression list so that it is not added again.
 */
@Service
public class ObjectionToDirectMarketing {

    private final PersonalDataSearch search;
    private final MarketingSuppressions suppressions;
    private final AuditTrail audit;

    public ObjectionToDirectMarketing(PersonalDataSearch search, MarketingSuppressions suppressions, AuditTrail audit) {
        this.search = search;
        this.suppressions = suppressions;
        this.audit = audit;
    }

    /** @return the systems in which direct marketing to the person was ended */
    public List<String> carryOut(String reference, String email) {
        List<String> systems = new ArrayList<>();
        for (PersonalDataSource source : search.sources()) {
            int changed = source.stopDirectMarketing(email);
            if (changed > 0) {
                systems.add(source.name());
                audit.record(reference, AuditEvent.of(AuditAction.DIRECT_MARKETING_ENDED).with("system", source.name()).with("records", changed));
            }
        }
        suppressions.suppress(email, reference);
        audit.record(reference, AuditEvent.of(AuditAction.ADDRESS_SUPPRESSED));
        return systems;
    }
}
