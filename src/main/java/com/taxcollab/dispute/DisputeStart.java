package com.taxcollab.dispute;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.taxcollab.cases.CaseStart;
import com.taxcollab.cases.CaseType;
import com.taxcollab.security.CurrentUser;
import com.taxcollab.system.JsonRequests;
import org.springframework.stereotype.Component;

/** 争议协调 through {@code POST /api/cases}: the same request and checks as {@code POST /api/disputes}. */
@Component
class DisputeStart implements CaseStart {

    private final DisputeFiling filing;
    private final JsonRequests json;

    DisputeStart(DisputeFiling filing, JsonRequests json) {
        this.filing = filing;
        this.json = json;
    }

    @Override
    public CaseType type() {
        return CaseType.ZY;
    }

    @Override
    public Opened open(CurrentUser user, ObjectNode variables) {
        DisputeRequest request = json.read(variables, DisputeRequest.class, "variables");
        return new Opened(filing.file(user, request), true);
    }
}
