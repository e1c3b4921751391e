package com.taxcollab.dispute;

import com.taxcollab.cases.CaseOpener;
import com.taxcollab.cases.CaseOpener.NewCase;
import com.taxcollab.cases.CaseParty;
import com.taxcollab.cases.CaseRecord;
import com.taxcollab.cases.CaseType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Opening a dispute from another case (an assistance request refused, policy §3): the same process
 * and checks as {@code POST /api/disputes}, the departments and parties taken over.
 */
@Component
public class Disputes {

    private final CaseOpener caseOpener;

    Disputes(CaseOpener caseOpener) {
        this.caseOpener = caseOpener;
    }

    public CaseRecord openFrom(String jurisdiction, String initiator, String matter, String description,
            List<String> departments, List<CaseParty> parties) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(DisputeVariables.MATTER, matter);
        variables.put(DisputeVariables.DESCRIPTION, description);
        variables.put(DisputeVariables.DEPARTMENTS, String.join(",", departments));
        return caseOpener.open(new NewCase(CaseType.ZY, jurisdiction, "争议：" + matter, initiator, variables)
                .involving(departments.toArray(String[]::new)).withParties(parties.toArray(CaseParty[]::new)));
    }
}
