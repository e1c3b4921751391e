package com.taxcollab.transfer;

import com.taxcollab.cases.RequestAttachment;
import com.taxcollab.cases.TaxpayerIdentity;
import java.math.BigDecimal;
import java.util.List;

/**
 * {@code POST /api/criminal-transfers}: the taxpayer, the suspected offence, the facts, the tax
 * involved and the file (移送书 and 调查报告 at least, 规定 art. 8).
 */
record CriminalTransferRequest(String jurisdiction, TaxpayerIdentity taxpayer, String suspectedOffence, String facts,
        BigDecimal amount, List<RequestAttachment> attachments) {
}
