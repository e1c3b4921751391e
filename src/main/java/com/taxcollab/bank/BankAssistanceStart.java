package com.taxcollab.bank;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.taxcollab.cases.CaseStart;
import com.taxcollab.cases.CaseType;
import com.taxcollab.security.CurrentUser;
import com.taxcollab.system.JsonRequests;
import org.springframework.stereotype.Component;

/** 银行协助 through {@code POST /api/cases}: the same request and checks as {@code POST /api/bank-assistance}. */
@Component
class BankAssistanceStart implements CaseStart {

    private final BankAssistance assistance;
    private final JsonRequests json;

    BankAssistanceStart(BankAssistance assistance, JsonRequests json) {
        this.assistance = assistance;
        this.json = json;
    }

    @Override
    public CaseType type() {
        return CaseType.YH;
    }

    @Override
    public Opened open(CurrentUser user, ObjectNode variables) {
        BankAssistanceRequest request = json.read(variables, BankAssistanceRequest.class, "variables");
        return new Opened(assistance.file(user, request), true);
    }
}
