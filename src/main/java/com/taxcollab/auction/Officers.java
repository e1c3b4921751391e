package com.taxcollab.auction;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.identity.Authentication;

/** Who completed the step that issues a document: the logged-in officer, else the system. */
final class Officers {

    private Officers() {
    }

    static String current(DelegateExecution execution) {
        Authentication user = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        return user == null || user.getUserId() == null ? "system" : user.getUserId();
    }
}
