package com.taxcollab.system;

import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.engine.impl.identity.Authentication;

/** Who is acting in the engine right now: the logged-in officer, or nobody for jobs and timers. */
public final class EngineActor {

    public static final String SYSTEM = "system";

    private EngineActor() {
    }

    /** The acting user's id, else {@code fallback}, else {@value #SYSTEM}. */
    public static String idOr(ProcessEngineServices services, String fallback) {
        Authentication user = services.getIdentityService().getCurrentAuthentication();
        if (user != null && user.getUserId() != null) {
            return user.getUserId();
        }
        return fallback == null ? SYSTEM : fallback;
    }
}
