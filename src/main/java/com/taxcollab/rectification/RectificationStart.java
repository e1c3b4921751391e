package com.taxcollab.rectification;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.taxcollab.cases.CaseStart;
import com.taxcollab.cases.CaseType;
import com.taxcollab.security.CurrentUser;
import com.taxcollab.system.JsonRequests;
import org.springframework.stereotype.Component;

/** 问题整改 through {@code POST /api/cases}: the same batch and checks as {@code POST /api/rectifications}. */
@Component
class RectificationStart implements CaseStart {

    private final RectificationRegistration registration;
    private final JsonRequests json;

    RectificationStart(RectificationRegistration registration, JsonRequests json) {
        this.registration = registration;
        this.json = json;
    }

    @Override
    public CaseType type() {
        return CaseType.ZG;
    }

    @Override
    public Opened open(CurrentUser user, ObjectNode variables) {
        var request = json.read(variables, RectificationController.BatchRequest.class, "variables");
        registration.requireSupervisor(user, request.jurisdiction());
        return new Opened(registration.open(user, request.title(), request.jurisdiction(), request.items(),
                i -> "variables.items[" + i + "]"), true);
    }
}
