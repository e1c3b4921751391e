package com.taxcollab.cases;

/** Process variables every court case has, whatever its process. */
public final class CourtCaseVariables {

    public static final String COURT_NAME = "courtName";
    public static final String COURT_CASE_NUMBER = "courtCaseNumber";
    /** {@code api} when the court's system submitted the case; absent when a clerk started it in Tasklist. */
    public static final String INTAKE_CHANNEL = "intakeChannel";

    private CourtCaseVariables() {
    }
}
