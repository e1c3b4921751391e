package com.taxcollab.court;

import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Runs engine calls without the caller's authentication. A court may not see the tax bureau's
 * tasks nor correlate messages in the engine's own terms; the court API decides first, by
 * {@code CaseAccess}, whether the court may see or report on the case at all.
 */
@Component("courtEngineAsSystem")
class EngineAsSystem {

    private final IdentityService identityService;

    EngineAsSystem(IdentityService identityService) {
        this.identityService = identityService;
    }

    <T> T call(Supplier<T> work) {
        Authentication caller = identityService.getCurrentAuthentication();
        identityService.clearAuthentication();
        try {
            return work.get();
        } finally {
            if (caller != null) {
                identityService.setAuthentication(caller);
            }
        }
    }
}
