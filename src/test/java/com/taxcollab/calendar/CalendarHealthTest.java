package com.taxcollab.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import com.taxcollab.support.IntegrationTest;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** Operations see which calendar years are in force, and a missing one warns without taking us down. */
@SuppressWarnings({"unchecked", "rawtypes"})
class CalendarHealthTest extends IntegrationTest {

    @Autowired
    TestRestTemplate rest;

    @Test
    void missingNextYearWithinSixtyDaysIsListedWhileTheServiceStaysUp() {
        ClockUtil.setCurrentTime(Date.from(OffsetDateTime.parse("2026-12-01T10:00:00+08:00").toInstant()));

        ResponseEntity<Map> health = rest.withBasicAuth("admin", "demo").getForEntity("/actuator/health", Map.class);

        assertThat(health.getStatusCode()).isEqualTo(HttpStatus.OK);
        Map<String, Object> calendar = component(health);
        assertThat(calendar).containsEntry("status", "UP");
        Map<String, Object> details = (Map<String, Object>) calendar.get("details");
        assertThat((List<Integer>) details.get("yearsInForce")).contains(2022, 2023, 2024, 2025, 2026)
                .doesNotContain(2027);
        assertThat(details).containsEntry("missingYears", List.of(2027));
    }

    @Test
    void nothingIsMissingWhileNextYearIsMoreThanSixtyDaysAway() {
        ClockUtil.setCurrentTime(Date.from(OffsetDateTime.parse("2026-11-01T10:00:00+08:00").toInstant()));

        ResponseEntity<Map> health = rest.withBasicAuth("admin", "demo").getForEntity("/actuator/health", Map.class);

        Map<String, Object> calendar = component(health);
        assertThat(calendar).containsEntry("status", "UP");
        assertThat((Map<String, Object>) calendar.get("details")).containsEntry("missingYears", List.of());
    }

    @Test
    void officersAndVisitorsSeeOnlyWhetherTheServiceIsUp() {
        for (var client : List.of(rest, rest.withBasicAuth("tax1", "demo"))) {
            ResponseEntity<Map> health = client.getForEntity("/actuator/health", Map.class);
            assertThat(health.getBody()).containsOnlyKeys("status");
        }
    }

    private static Map<String, Object> component(ResponseEntity<Map> health) {
        return (Map<String, Object>) ((Map<String, Object>) health.getBody().get("components")).get("workingDayCalendar");
    }
}
