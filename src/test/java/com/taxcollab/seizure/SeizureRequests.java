package com.taxcollab.seizure;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** A valid {@code POST /api/seizures} body, as a tax officer would send it. */
public final class SeizureRequests {

    private SeizureRequests() {
    }

    /** A seizure of a property and with a notice of its own, so that it is nobody's resubmission. */
    public static Map<String, Object> valid(String jurisdiction) {
        return of(jurisdiction, "苏（2026）连云港市不动产权第" + UUID.randomUUID().toString().substring(0, 8) + "号");
    }

    /** A seizure of this property, with a notice of its own. */
    public static Map<String, Object> of(String jurisdiction, String certificateNo) {
        Map<String, Object> request = new HashMap<>();
        request.put("jurisdiction", jurisdiction);
        request.put("taxpayerName", "连云港某某置业有限公司");
        request.put("taxpayerIdNumber", "91350100M000100Y43");
        request.put("certificateNo", certificateNo);
        request.put("location", "连云港市海州区朝阳东路 1 号");
        request.put("area", 128.5);
        request.put("legalBasis", "TAX_PRESERVATION");
        request.put("taxDecisionNo", "连税保〔2026〕3号");
        request.put("assistanceNoticeNo", "连税协执〔2026〕" + UUID.randomUUID().toString().substring(0, 6) + "号");
        request.put("termMonths", 36);
        return request;
    }
}
