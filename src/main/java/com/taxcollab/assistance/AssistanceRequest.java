package com.taxcollab.assistance;

import com.taxcollab.cases.RequestAttachment;
import com.taxcollab.cases.TaxpayerIdentity;
import java.util.List;

/**
 * {@code POST /api/assistance}: the catalog duty, the jurisdiction, the assisting department (only for a
 * duty whose department the request names), the taxpayer, what is asked and the documents it carries.
 */
record AssistanceRequest(String duty, String jurisdiction, String department, TaxpayerIdentity taxpayer,
        String request, List<RequestAttachment> attachments) {
}
