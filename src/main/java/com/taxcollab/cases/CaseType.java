package com.taxcollab.cases;

/** The kinds of case, each with its prefix in the case number and its process. */
public enum CaseType {
    ZY("争议协调", "DisputeEscalationProcess"),
    PM("司法拍卖税费指引", "CourtAuctionTaxGuidanceProcess"),
    PC("破产涉税", "BankruptcyNotificationProcess"),
    CF("不动产查封协助", "PropertySeizureAssistanceProcess"),
    ZG("问题整改督办", "RectificationTrackingProcess");

    private final String label;
    private final String processKey;

    CaseType(String label, String processKey) {
        this.label = label;
        this.processKey = processKey;
    }

    public String label() {
        return label;
    }

    public String processKey() {
        return processKey;
    }

    public static CaseType ofProcessKey(String processKey) {
        for (CaseType type : values()) {
            if (type.processKey.equals(processKey)) {
                return type;
            }
        }
        throw new IllegalArgumentException("No case type has the process '" + processKey + "'");
    }
}
