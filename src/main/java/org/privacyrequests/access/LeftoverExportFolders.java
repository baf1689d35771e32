package org.privacyrequests.access;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * An access export writes a person's data into a working folder of its own and removes it when done, also when it
 * fails; a node stopped half-way (killed, power gone) cannot. Once the node is up again, folders of earlier exports
 * older than an hour go (an export takes minutes at most; another node on the same machine may be writing one now).
 */
@Component
class LeftoverExportFolders {

    private static final Logger LOG = LoggerFactory.getLogger(LeftoverExportFolders.class);
    static final Duration AGE = Duration.ofHours(1);

    @EventListener(ApplicationReadyEvent.class)
    void removeOnStart() {
        int removed = AccessExport.removeLeftovers(AGE);
        if (removed > 0) {
            LOG.info("Removed {} working folder(s) of access exports stopped half-way", removed);
        }
    }
}
