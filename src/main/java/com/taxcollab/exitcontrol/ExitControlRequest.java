package com.taxcollab.exitcontrol;

import com.taxcollab.cases.RequestAttachment;
import java.math.BigDecimal;
import java.util.List;

/**
 * {@code POST /api/exit-controls}: the person to stop (the taxpayer, or a company's legal
 * representative), the company if any, the unpaid taxes and late fees, the 边控对象通知书 number, the
 * term in months, and the documents (the notice at least).
 */
record ExitControlRequest(String jurisdiction, Person person, String role, Company company, BigDecimal unpaidAmount,
        String noticeNo, Integer termMonths, List<RequestAttachment> attachments) {

    record Person(String name, String idNumber) {
    }

    record Company(String name, String uscc) {
    }
}
