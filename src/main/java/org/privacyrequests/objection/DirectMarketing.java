package org.privacyrequests.objection;

import java.util.ArrayList;
import java.util.List;
import org.privacyrequests.restriction.ProcessingRestrictions;
import org.springframework.stereotype.Service;

/**
 * The one check before any direct marketing reaches an address (a newsletter, a sign-up, a campaign list): not after
 * an objection to direct marketing (Art. 21(3)), and not while the person's data is restricted (Art. 18: stored only).
 */
@Service
public class DirectMarketing {

    private final MarketingSuppressions suppressions;
    private final ProcessingRestrictions restrictions;

    public DirectMarketing(MarketingSuppressions suppressions, ProcessingRestrictions restrictions) {
        this.suppressions = suppressions;
        this.restrictions = restrictions;
    }

    public Permission check(String email) {
        List<String> reasons = new ArrayList<>();
        if (suppressions.isSuppressed(email)) {
            reasons.add("objected to direct marketing (Art. 21(3))");
        }
        if (restrictions.isRestricted(email)) {
            reasons.add("processing restricted (Art. 18)");
        }
        return new Permission(reasons.isEmpty(), reasons);
    }

    public boolean mayReceive(String email) {
        return check(email).mayReceive();
    }

    /** Whether direct marketing may go to the address, and if not, why. */
    public record Permission(boolean mayReceive, List<String> reasons) {
    }
}
