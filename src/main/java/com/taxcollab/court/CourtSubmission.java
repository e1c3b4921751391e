package com.taxcollab.court;

import com.taxcollab.cases.CaseParty;
import java.util.List;
import java.util.Map;

/** A court's case, checked: what opens the case and what its process starts with. */
record CourtSubmission(CourtCaseType type, String courtName, String courtCaseNumber, String jurisdiction,
        String title, Map<String, Object> variables, List<CaseParty> parties, String requestJson) {
}
