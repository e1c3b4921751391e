package com.taxcollab.assistance;

import com.taxcollab.cases.RequestAttachment;
import java.util.List;

/**
 * {@code POST /api/assistance}: the catalog duty, the jurisdiction, the assisting department (only for a
 * duty whose department the request names), the taxpayer, what is asked and the documents it carries.
 */
record AssistanceRequest(String duty, String jurisdiction, String department, Taxpayer taxpayer, String request,
        List<RequestAttachment> attachments) {

    /** A taxpayer is named with its 统一社会信用代码 or, for a person, the resident ID number. */
    record Taxpayer(String name, String uscc, String idNumber) {
    }
}
