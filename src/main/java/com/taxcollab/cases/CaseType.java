package com.taxcollab.cases;

import java.util.Collection;
import java.util.Set;

/** The kinds of case, each with its prefix in the case number and its process. */
public enum CaseType {
    /** Any department may bring a dispute (policy §3). */
    ZY("争议协调", "DisputeEscalationProcess"),
    PM("司法拍卖税费指引", "CourtAuctionTaxGuidanceProcess", "court"),
    PC("破产涉税", "BankruptcyNotificationProcess", "court"),
    CF("不动产查封协助", "PropertySeizureAssistanceProcess", "tax"),
    ZG("问题整改督办", "RectificationTrackingProcess", "supervision");

    private final String label;
    private final String processKey;
    private final Set<String> openers;

    CaseType(String label, String processKey, String... openers) {
        this.label = label;
        this.processKey = processKey;
        this.openers = Set.of(openers);
    }

    /** Whether a member of these departments may open a case of this type; none listed: any department. */
    public boolean mayBeOpenedByAnyOf(Collection<String> departments) {
        return openers.isEmpty() ? !departments.isEmpty() : departments.stream().anyMatch(openers::contains);
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
