package com.taxcollab.assistance;

import static org.assertj.core.api.Assertions.assertThat;

import com.taxcollab.cases.SampleFiles;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** Filing assistance requests as a tax officer would, through {@code POST /api/assistance}. */
final class AssistanceScenarios {

    static final String TAXPAYER_USCC = "91320700MA1X2Y3K4H";

    private AssistanceScenarios() {
    }

    /** A valid request for the duty, with every document the catalog asks of it. */
    static Map<String, Object> request(String duty, String jurisdiction, List<String> documents) {
        List<Map<String, Object>> attachments = new ArrayList<>();
        for (String kind : documents) {
            attachments.add(Map.of("kind", kind, "fileName", kind + ".pdf",
                    "content", Base64.getEncoder().encodeToString(SampleFiles.pdf(kind))));
        }
        Map<String, Object> request = new HashMap<>();
        request.put("duty", duty);
        request.put("jurisdiction", jurisdiction);
        request.put("taxpayer", Map.of("name", "连云港某某化工有限公司", "uscc", TAXPAYER_USCC));
        request.put("request", "该纳税人2026年第三季度环境保护税申报的污染物排放量明显低于在线监测数据，请予复核。");
        request.put("attachments", attachments);
        return request;
    }

    /** Files the request as {@code user}; returns the new case's number. */
    static String file(TestRestTemplate http, String user, Map<String, Object> request) {
        ResponseEntity<Map> response = http.withBasicAuth(user, "demo").postForEntity("/api/assistance", request,
                Map.class);
        assertThat(response.getStatusCode()).as("filing: %s", response.getBody()).isEqualTo(HttpStatus.CREATED);
        return (String) response.getBody().get("caseNumber");
    }
}
