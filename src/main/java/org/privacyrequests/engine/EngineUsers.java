package org.privacyrequests.engine;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Who the engine believes is calling it on this thread (the user its REST login set), as a product type, and
 * a way to look something up without that user's authorizations. The engine's own type for it lives in its
 * internal package, so only this adapter names it.
 *
 * <p>The webapps' (Cockpit, Tasklist) session login is read where it is used, in {@code security}: Camunda
 * offers it only through {@code org.camunda.bpm.webapp.impl}, which is the webapp's, not the engine's.
 */
@Component
public class EngineUsers {

    private final IdentityService identityService;

    public EngineUsers(IdentityService identityService) {
        this.identityService = identityService;
    }

    /** The user the engine's login set for this thread, with their groups; empty when none did. */
    public Optional<EngineUser> current() {
        Authentication current = identityService.getCurrentAuthentication();
        if (current == null || current.getUserId() == null) {
            return Optional.empty();
        }
        return Optional.of(new EngineUser(current.getUserId(), current.getGroupIds() == null ? List.of() : current.getGroupIds()));
    }

    /** Runs a look-up with no user set, so the caller's authorizations do not apply; the caller is set back after. */
    public <T> T withoutAuthorizations(Supplier<T> lookup) {
        Authentication caller = identityService.getCurrentAuthentication();
        identityService.clearAuthentication();
        try {
            return lookup.get();
        } finally {
            if (caller != null) {
                identityService.setAuthentication(caller);
            }
        }
    }

    /** A user of the engine and the groups they belong to. */
    public record EngineUser(String id, List<String> groups) {
    }
}
