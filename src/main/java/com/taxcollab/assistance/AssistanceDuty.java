package com.taxcollab.assistance;

import com.taxcollab.calendar.Term;
import java.util.List;

/**
 * One duty of the catalog ({@code assistance-duties.yaml}): what tax may ask of which department, by
 * when, with which documents, and what the answer must hold.
 */
public record AssistanceDuty(String code, String item, String name, String legalBasis, String assisting, Term term,
        int reminderBefore, int escalateAfter, List<String> documents, Answer answer, boolean mayRefuse,
        boolean confirm) {

    /** {@code assisting: any}: the request names the department (税务检查协助, §22). */
    public static final String ANY_DEPARTMENT = "any";

    public enum Answer {
        /** 意见: an opinion text, with documents. */
        OPINION,
        /** 复核: a verdict 属实 / 不属实 / 部分属实, with the figures found. */
        REVIEW
    }

    public boolean anyDepartment() {
        return ANY_DEPARTMENT.equals(assisting);
    }
}
