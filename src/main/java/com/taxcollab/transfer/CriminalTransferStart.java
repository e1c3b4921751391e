package com.taxcollab.transfer;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.taxcollab.cases.CaseStart;
import com.taxcollab.cases.CaseType;
import com.taxcollab.security.CurrentUser;
import com.taxcollab.system.JsonRequests;
import org.springframework.stereotype.Component;

/** 涉税犯罪移送 through {@code POST /api/cases}: the same request and checks as {@code POST /api/criminal-transfers}. */
@Component
class CriminalTransferStart implements CaseStart {

    private final CriminalTransferFiling filing;
    private final JsonRequests json;

    CriminalTransferStart(CriminalTransferFiling filing, JsonRequests json) {
        this.filing = filing;
        this.json = json;
    }

    @Override
    public CaseType type() {
        return CaseType.YS;
    }

    @Override
    public Opened open(CurrentUser user, ObjectNode variables) {
        CriminalTransferRequest request = json.read(variables, CriminalTransferRequest.class, "variables");
        return new Opened(filing.transfer(user, request), true);
    }
}
