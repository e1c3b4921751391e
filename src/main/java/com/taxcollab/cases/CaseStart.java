package com.taxcollab.cases;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.taxcollab.security.CurrentUser;

/**
 * How one case type opens through {@code POST /api/cases}: its feature reads the variables as its own
 * API does (the jurisdiction among them) and opens the case with every check of that API.
 */
public interface CaseStart {

    CaseType type();

    /** @return the case, and whether it was opened now (false: the same request opened it before) */
    Opened open(CurrentUser user, ObjectNode variables);

    record Opened(CaseRecord record, boolean created) {
    }
}
