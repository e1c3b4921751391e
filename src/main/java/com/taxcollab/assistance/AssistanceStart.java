package com.taxcollab.assistance;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.taxcollab.cases.CaseStart;
import com.taxcollab.cases.CaseType;
import com.taxcollab.security.CurrentUser;
import com.taxcollab.system.JsonRequests;
import org.springframework.stereotype.Component;

/** 协助事项 through {@code POST /api/cases}: the same request and checks as {@code POST /api/assistance}. */
@Component
class AssistanceStart implements CaseStart {

    private final AssistanceFiling filing;
    private final JsonRequests json;

    AssistanceStart(AssistanceFiling filing, JsonRequests json) {
        this.filing = filing;
        this.json = json;
    }

    @Override
    public CaseType type() {
        return CaseType.XZ;
    }

    @Override
    public Opened open(CurrentUser user, ObjectNode variables) {
        AssistanceRequest request = json.read(variables, AssistanceRequest.class, "variables");
        return new Opened(filing.file(user, request), true);
    }
}
