package com.taxcollab.exitcontrol;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.taxcollab.cases.CaseStart;
import com.taxcollab.cases.CaseType;
import com.taxcollab.security.CurrentUser;
import com.taxcollab.system.JsonRequests;
import org.springframework.stereotype.Component;

/** 阻止出境 through {@code POST /api/cases}: the same request and checks as {@code POST /api/exit-controls}. */
@Component
class ExitControlStart implements CaseStart {

    private final ExitControls controls;
    private final JsonRequests json;

    ExitControlStart(ExitControls controls, JsonRequests json) {
        this.controls = controls;
        this.json = json;
    }

    @Override
    public CaseType type() {
        return CaseType.BK;
    }

    @Override
    public Opened open(CurrentUser user, ObjectNode variables) {
        ExitControlRequest request = json.read(variables, ExitControlRequest.class, "variables");
        return new Opened(controls.issue(user, request), true);
    }
}
