package com.taxcollab.seizure;

import com.taxcollab.cases.RequestAttachment;
import java.math.BigDecimal;
import java.util.List;

/**
 * {@code POST /api/seizures}: the taxpayer, the property, the legal basis, the numbers of the tax
 * decision and of the 协助执行通知书, the term in months and the documents (Base64 content).
 */
record SeizureRequest(String jurisdiction, String taxpayerName, String taxpayerIdNumber, String certificateNo,
        String location, BigDecimal area, String legalBasis, String taxDecisionNo, String assistanceNoticeNo,
        Integer termMonths, List<RequestAttachment> attachments) {
}
