package com.taxcollab.seizure;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.taxcollab.cases.CaseStart;
import com.taxcollab.cases.CaseType;
import com.taxcollab.security.CurrentUser;
import com.taxcollab.system.JsonRequests;
import org.springframework.stereotype.Component;

/** 不动产查封协助 through {@code POST /api/cases} and {@code POST /api/seizures}: one request, one set of checks. */
@Component
class SeizureStart implements CaseStart {

    private final SeizureFiling filing;
    private final JsonRequests json;

    SeizureStart(SeizureFiling filing, JsonRequests json) {
        this.filing = filing;
        this.json = json;
    }

    @Override
    public CaseType type() {
        return CaseType.CF;
    }

    @Override
    public Opened open(CurrentUser user, ObjectNode variables) {
        SeizureRequest request = json.read(variables, SeizureRequest.class, "variables");
        SeizureFiling.Issued issued = issueOnce(user, request);
        return new Opened(issued.record(), issued.created());
    }

    /**
     * Issues the seizure, or answers with the case the same submission opened a moment ago (two sent at
     * once: the second fails on {@code seizures_open_once} as its transaction commits).
     */
    SeizureFiling.Issued issueOnce(CurrentUser user, SeizureRequest request) {
        try {
            return filing.issue(user, request);
        } catch (RuntimeException e) {
            if (!SeizureFiling.isDuplicate(e)) {
                throw e;
            }
            return filing.repeated(request).orElseThrow(() -> e);
        }
    }
}
