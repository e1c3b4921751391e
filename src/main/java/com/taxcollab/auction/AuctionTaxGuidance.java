package com.taxcollab.auction;

import com.taxcollab.cases.CaseOutputs;
import com.taxcollab.cases.CaseFacts;
import com.taxcollab.cases.official.DocumentTemplates;
import com.taxcollab.cases.official.IssuedDocuments;
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

    /** The court's side of the case, as the documents to it name it. */
    record CourtCase(String caseNumber, String court, String courtCaseNumber, String owner, String property) {
    }

    @SuppressWarnings("unchecked")
    void issueGuidance(CourtCase courtCase, Number knownArrears, String notes, String officer) {
        String caseNumber = courtCase.caseNumber();
        Map<String, Object> guidance = new LinkedHashMap<>(outputs.latest(caseNumber, CaseOutputs.Kind.TAX_ESTIMATE)
                .map(CaseOutputs.Output::content).orElseGet(LinkedHashMap::new));
        guidance.put("knownArrears", knownArrears == null ? BigDecimal.ZERO : new BigDecimal(knownArrears.toString()));
        guidance.put("notes", notes);
        guidance.put("issuedBy", officer);
        List<Map<String, Object>> taxes = new ArrayList<>();
        for (Map<String, Object> tax : (List<Map<String, Object>>) guidance.getOrDefault("taxes", List.of())) {
            Map<String, Object> row = new LinkedHashMap<>(tax);
            row.put("amount", tax.get("estimatedAmount") == null ? "待核定" : CaseFacts.yuan((Number) tax.get(
                    "estimatedAmount")));
            taxes.add(row);
        }
        Map<String, Object> model = court(courtCase);
        model.put("taxes", taxes);
        model.put("sellerTotal", CaseFacts.yuan((Number) guidance.getOrDefault("sellerTotal", BigDecimal.ZERO)));
        model.put("buyerTotal", CaseFacts.yuan((Number) guidance.getOrDefault("buyerTotal", BigDecimal.ZERO)));
        model.put("knownArrears", CaseFacts.yuan((Number) guidance.get("knownArrears")));
        model.put("notes", DocumentTemplates.sentence(notes));
        long documentId = documents.issue(caseNumber, GUIDANCE_DOCUMENT, "auction-guidance", model, officer)
                .documentId();
        outputs.record(caseNumber, CaseOutputs.Kind.TAX_GUIDANCE, guidance, documentId, officer);
    }

    void issueAssessment(CourtCase courtCase, Map<String, Object> sale, Number sellerTaxes, Number buyerTaxes,
            String notes, String officer) {
        BigDecimal seller = sellerTaxes == null ? BigDecimal.ZERO : new BigDecimal(sellerTaxes.toString());
        BigDecimal buyer = buyerTaxes == null ? BigDecimal.ZERO : new BigDecimal(buyerTaxes.toString());
        Map<String, Object> assessment = new LinkedHashMap<>(sale);
        assessment.put("sellerTaxes", seller);
        assessment.put("buyerTaxes", buyer);
        assessment.put("total", seller.add(buyer));
        assessment.put("notes", notes);
        assessment.put("issuedBy", officer);
        Map<String, Object> model = court(courtCase);
        model.put("salePrice", sale.get(AuctionVariables.SALE_PRICE) == null ? "—"
                : CaseFacts.yuan((Number) sale.get(AuctionVariables.SALE_PRICE)));
        model.put("saleDate", sale.getOrDefault(AuctionVariables.SALE_DATE, "—"));
        model.put("buyer", sale.getOrDefault(AuctionVariables.BUYER_NAME, "—"));
        model.put("sellerTaxes", CaseFacts.yuan(seller));
        model.put("buyerTaxes", CaseFacts.yuan(buyer));
        model.put("total", CaseFacts.yuan(seller.add(buyer)));
        model.put("notes", DocumentTemplates.sentence(notes));
        long documentId = documents.issue(courtCase.caseNumber(), ASSESSMENT_DOCUMENT, "auction-assessment", model,
                officer).documentId();
        outputs.record(courtCase.caseNumber(), CaseOutputs.Kind.TAX_ASSESSMENT, assessment, documentId, officer);
    }

    private static Map<String, Object> court(CourtCase courtCase) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("caseNumber", courtCase.caseNumber());
        model.put("court", courtCase.court());
        model.put("courtCaseNumber", courtCase.courtCaseNumber());
        model.put("owner", courtCase.owner());
        model.put("property", courtCase.property());
        return model;
    }

    private static BigDecimal amount(BigDecimal base, Object rate) {
        return base.multiply(new BigDecimal(rate.toString())).setScale(2, RoundingMode.HALF_UP);
    }
}
