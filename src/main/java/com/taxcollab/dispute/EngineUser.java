package com.taxcollab.dispute;

import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.engine.impl.identity.Authentication;

/** Who is acting in the engine right now: the logged-in officer, or "system" for jobs and timers. */
final class EngineUser {

    static final String SYSTEM = "system";

    private EngineUser() {
    }

    static String id(ProcessEngineServices services, String fallback) {
        Authentication user = services.getIdentityService().getCurrentAuthentication();
        if (user != null && user.getUserId() != null) {
            return user.getUserId();
        }
        return fallback == null ? SYSTEM : fallback;
    }
}
