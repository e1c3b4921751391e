package com.taxcollab.auction;

import com.taxcollab.cases.CaseOutputs;
import com.taxcollab.cases.IssuedDocuments;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * The tax side of a court auction: turns the DMN's rows into an estimate with indicative amounts,
 * and issues the guidance and the assessment to the court as structured data and as a document.
 */
@Service
class AuctionTaxGuidance {

    static final String GUIDANCE_DOCUMENT = "税费指引";
    static final String ASSESSMENT_DOCUMENT = "应纳税费核定";
    static final String INDICATIVE = "参考性测算，以税务人员确认为准";
    private static final String VAT = "增值税";
    private static final String BUYER = "买受人";

    private final CaseOutputs outputs;
    private final IssuedDocuments documents;

    AuctionTaxGuidance(CaseOutputs outputs, IssuedDocuments documents) {
        this.outputs = outputs;
        this.documents = documents;
    }

    /** Amounts on the reserve price: rate × price, surtaxes on the VAT, none where the rate needs the officer. */
    Map<String, Object> estimate(String caseNumber, List<Map<String, Object>> rows, Number price, String date) {
        BigDecimal base = price == null ? BigDecimal.ZERO : new BigDecimal(price.toString());
        BigDecimal vat = BigDecimal.ZERO;
        for (Map<String, Object> row : rows) {
            if (VAT.equals(row.get("tax")) && "PRICE".equals(row.get("base")) && row.get("indicativeRate") != null) {
                vat = vat.add(amount(base, row.get("indicativeRate")));
            }
        }
        List<Map<String, Object>> taxes = new ArrayList<>();
        BigDecimal seller = BigDecimal.ZERO;
        BigDecimal buyer = BigDecimal.ZERO;
        for (Map<String, Object> row : rows) {
            Map<String, Object> tax = new LinkedHashMap<>();
            for (String key : List.of("tax", "basis", "indicativeRate", "bearer", "legalSource", "inForce")) {
                tax.put(key, row.get(key));
            }
            BigDecimal amount = switch (String.valueOf(row.get("base"))) {
                case "PRICE" -> row.get("indicativeRate") == null ? null : amount(base, row.get("indicativeRate"));
                case "VAT" -> row.get("indicativeRate") == null ? null : amount(vat, row.get("indicativeRate"));
                default -> null;
            };
            tax.put("estimatedAmount", amount);
            if (amount != null) {
                if (String.valueOf(row.get("bearer")).startsWith(BUYER)) {
                    buyer = buyer.add(amount);
                } else {
                    seller = seller.add(amount);
                }
            }
            taxes.add(tax);
        }
        Map<String, Object> estimate = new LinkedHashMap<>();
        estimate.put("basePrice", base);
        estimate.put("transactionDate", date);
        estimate.put("taxes", taxes);
        estimate.put("sellerTotal", seller);
        estimate.put("buyerTotal", buyer);
        estimate.put("note", INDICATIVE);
        outputs.record(caseNumber, CaseOutputs.Kind.TAX_ESTIMATE, estimate, null, "system");
        return estimate;
    }

    /** The estimate as the tax officer's form shows it (markdown). */
    @SuppressWarnings("unchecked")
    static String summary(Map<String, Object> estimate) {
        StringBuilder s = new StringBuilder("**税负测算（" + INDICATIVE + "）**，按起拍价 " + estimate.get("basePrice")
                + " 元、交易日期 " + estimate.get("transactionDate") + " 测算：\n\n");
        for (Map<String, Object> tax : (List<Map<String, Object>>) estimate.get("taxes")) {
            s.append("- ").append(tax.get("tax")).append("（").append(tax.get("bearer")).append("）：")
                    .append(tax.get("basis")).append("；估算 ")
                    .append(tax.get("estimatedAmount") == null ? "待核定" : tax.get("estimatedAmount") + " 元")
                    .append("；依据 ").append(tax.get("legalSource")).append('\n');
        }
        return s.append("\n出卖人负担合计约 ").append(estimate.get("sellerTotal")).append(" 元，买受人负担合计约 ")
                .append(estimate.get("buyerTotal")).append(" 元。").toString();
    }

    @SuppressWarnings("unchecked")
    void issueGuidance(String caseNumber, String courtCaseNumber, Number knownArrears, String notes, String officer) {
        Map<String, Object> guidance = new LinkedHashMap<>(outputs.latest(caseNumber, CaseOutputs.Kind.TAX_ESTIMATE)
                .map(CaseOutputs.Output::content).orElseGet(LinkedHashMap::new));
        guidance.put("knownArrears", knownArrears == null ? BigDecimal.ZERO : new BigDecimal(knownArrears.toString()));
        guidance.put("notes", notes);
        guidance.put("issuedBy", officer);
        List<String> lines = new ArrayList<>();
        lines.add("案件编号：" + caseNumber + "    法院案号：" + courtCaseNumber);
        lines.add("说明：" + INDICATIVE + "。依据法释〔2016〕18号第30条，各项税费由法律规定的纳税义务人负担。");
        lines.add("");
        for (Map<String, Object> tax : (List<Map<String, Object>>) guidance.getOrDefault("taxes", List.of())) {
            lines.add(tax.get("tax") + "（" + tax.get("bearer") + "）估算：" + (tax.get("estimatedAmount") == null
                    ? "待核定" : tax.get("estimatedAmount") + " 元"));
            lines.add("  " + tax.get("basis") + "；依据：" + tax.get("legalSource"));
        }
        lines.add("");
        lines.add("被执行人涉及该财产的已知欠税：" + guidance.get("knownArrears") + " 元");
        if (notes != null && !notes.isBlank()) {
            lines.add("税务机关意见：" + notes);
        }
        lines.add("出具人：" + officer);
        long documentId = documents.issue(caseNumber, GUIDANCE_DOCUMENT, "司法拍卖税费指引", lines, officer);
        outputs.record(caseNumber, CaseOutputs.Kind.TAX_GUIDANCE, guidance, documentId, officer);
    }

    void issueAssessment(String caseNumber, Map<String, Object> sale, Number sellerTaxes, Number buyerTaxes,
            String notes, String officer) {
        BigDecimal seller = sellerTaxes == null ? BigDecimal.ZERO : new BigDecimal(sellerTaxes.toString());
        BigDecimal buyer = buyerTaxes == null ? BigDecimal.ZERO : new BigDecimal(buyerTaxes.toString());
        Map<String, Object> assessment = new LinkedHashMap<>(sale);
        assessment.put("sellerTaxes", seller);
        assessment.put("buyerTaxes", buyer);
        assessment.put("total", seller.add(buyer));
        assessment.put("notes", notes);
        assessment.put("issuedBy", officer);
        List<String> lines = new ArrayList<>();
        lines.add("案件编号：" + caseNumber);
        sale.forEach((key, value) -> lines.add(label(key) + "：" + value));
        lines.add("出卖人（被执行人）应纳税费：" + seller + " 元，请从拍卖价款中协助扣缴");
        lines.add("买受人应纳税费：" + buyer + " 元");
        if (notes != null && !notes.isBlank()) {
            lines.add("核定说明：" + notes);
        }
        lines.add("核定人：" + officer);
        long documentId = documents.issue(caseNumber, ASSESSMENT_DOCUMENT, "应纳税费核定通知", lines, officer);
        outputs.record(caseNumber, CaseOutputs.Kind.TAX_ASSESSMENT, assessment, documentId, officer);
    }

    private static String label(String key) {
        return switch (key) {
            case "salePrice" -> "成交价（元）";
            case "saleDate" -> "成交日期";
            case "buyerName" -> "买受人";
            default -> key;
        };
    }

    private static BigDecimal amount(BigDecimal base, Object rate) {
        return base.multiply(new BigDecimal(rate.toString())).setScale(2, RoundingMode.HALF_UP);
    }
}
