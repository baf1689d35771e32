package org.privacyrequests.sla;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * What managers' pages and the Cockpit dashboard read: the SLA overview as worked out at most
 * {@code privacy.sla.snapshot-max-age} ago (the page says "as of"). Working it out costs time in proportion to
 * the open cases (every open deadline is counted); a page view within that age costs nothing, however many
 * cases are open and however many managers look. Each node keeps its own; on a node, one thread works it out
 * while the others wait for it.
 */
@Service
public class SlaOverviewSnapshot {

    private final SlaOverviewQuery query;
    private final Duration maxAge;
    private SlaOverview latest;
    private long takenAtNanos;

    public SlaOverviewSnapshot(SlaOverviewQuery query, @Value("${privacy.sla.snapshot-max-age:PT30S}") Duration maxAge) {
        this.query = query;
        this.maxAge = maxAge;
    }

    public synchronized SlaOverview current() {
        if (latest == null || System.nanoTime() - takenAtNanos >= maxAge.toNanos()) {
            latest = query.read();
            takenAtNanos = System.nanoTime();
        }
        return latest;
    }
}
