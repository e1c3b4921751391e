package com.taxcollab.rectification;

import java.util.List;

/** The variables of {@code RectificationTrackingProcess}; per-item ones live in each item's scope. */
final class RectificationVariables {

    static final String PROCESS_KEY = "RectificationTrackingProcess";

    /** start: the batch's title and its findings (a transient JSON array) */
    static final String TITLE = "title";
    static final String ITEMS = "items";

    /** per item, local to the multi-instance scope */
    static final String ITEM_ID = "rectificationItemId";
    static final String ITEM_DUE = "itemDue";
    static final String ITEM_DEPARTMENT = "itemDepartment";
    /** shown on the forms */
    static final String ITEM_PROBLEM = "itemProblem";
    static final String ITEM_DEPARTMENT_NAME = "itemDepartmentName";
    static final String ITEM_DUE_TEXT = "itemDueText";

    /** the unit's report form: report | extend */
    static final String UNIT_ACTION = "unitAction";
    static final String REPORT = "rectificationReport";
    static final String EXTENSION_REASON = "extensionReason";
    static final String REQUESTED_DUE_DATE = "requestedDueDate";
    /** the supervisor's extension form */
    static final String EXTENSION_APPROVED = "extensionApproved";
    static final String EXTENSION_COMMENT = "extensionComment";
    /** the supervisor's review form: accept | return */
    static final String REVIEW_DECISION = "reviewDecision";
    static final String REVIEW_COMMENT = "reviewComment";
    static final String NEW_DUE_DATE = "newDueDate";
    /** the supervisor's own deadlines (step rectification-review), set on the flow into each task */
    static final String REVIEW_DUE = "reviewDue";
    static final String EXTENSION_REVIEW_DUE = "extensionReviewDue";
    /** how the unit's phase ended: reported | extended */
    static final String UNIT_WORK_OUTCOME = "unitWorkOutcome";

    /** end: the sentence the initiator is told */
    static final String SUMMARY = "rectificationSummary";

    /** Declared in each item's scope so that parallel items never share a form answer. */
    static final List<String> ITEM_SCOPED = List.of(UNIT_ACTION, REPORT, EXTENSION_REASON, REQUESTED_DUE_DATE,
            EXTENSION_APPROVED, EXTENSION_COMMENT, REVIEW_DECISION, REVIEW_COMMENT, NEW_DUE_DATE, UNIT_WORK_OUTCOME,
            REVIEW_DUE, EXTENSION_REVIEW_DUE);

    private RectificationVariables() {
    }

    /** {@code unitWorkOutcome}: the unit's phase ended with a report, or with an approved extension. */
    static final String REPORTED = "REPORTED";
    static final String EXTENDED = "EXTENDED";

    static long itemId(org.camunda.bpm.engine.delegate.VariableScope scope) {
        return ((Number) scope.getVariable(ITEM_ID)).longValue();
    }
}
