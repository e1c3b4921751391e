package com.taxcollab.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import com.taxcollab.support.IntegrationTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * An administrator loads next year's arrangement without a release. Far-future years keep these
 * tests away from the years other tests count on.
 */
@SuppressWarnings({"unchecked", "rawtypes"})
class CalendarYearApiTest extends IntegrationTest {

    @Autowired
    TestRestTemplate rest;

    @Test
    void bundledYearIsInForceWithItsHolidaysAndMakeUpDays() {
        Map<String, Object> year = map("tax1", "/api/calendar/years/2026");

        assertThat(year).containsEntry("year", 2026).containsEntry("source", "bundled");
        assertThat((List<Object>) year.get("days")).hasSize(39)
                .contains(Map.of("date", "2026-10-01", "name", "国庆节", "offDay", true),
                        Map.of("date", "2026-02-28", "name", "春节", "offDay", false));
    }

    @Test
    void yearWithoutDataSaysSo() {
        Map<String, Object> year = map("tax1", "/api/calendar/years/2090");

        assertThat(year).containsEntry("source", "none").containsEntry("days", List.of());
    }

    @Test
    void administratorLoadsAYearThatTakesEffectAtOnceAndIsAudited() {
        assertThat(map("tax1", "/api/calendar/days/2099-01-02")).containsEntry("workingDay", true);

        ResponseEntity<Map> put = put("admin", "/api/calendar/years/2099", """
                {"days":[{"date":"2099-01-01","name":"元旦","offDay":true},
                         {"date":"2099-01-02","name":"元旦","offDay":true},
                         {"date":"2099-01-03","name":"元旦","offDay":false}]}""");

        assertThat(put.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(put.getBody()).containsEntry("source", "administrator").containsEntry("updatedBy", "admin");
        assertThat(map("tax1", "/api/calendar/days/2099-01-02"))
                .containsEntry("workingDay", false).containsEntry("name", "元旦");
        assertThat(map("tax1", "/api/calendar/days/2099-01-03"))
                .containsEntry("workingDay", true).containsEntry("name", "调休上班");
        assertThat(map("tax1", "/api/calendar/working-days?from=2098-12-31&add=1"))
                .containsEntry("date", "2099-01-03");

        put("admin", "/api/calendar/years/2099", """
                {"days":[{"date":"2099-01-01","name":"元旦","offDay":true}]}""");

        assertThat(map("tax1", "/api/calendar/days/2099-01-02")).containsEntry("workingDay", true);
        List<Object> changes = list("admin", "/api/calendar/years/2099/changes");
        assertThat(changes).hasSize(2);
        Map<String, Object> latest = (Map<String, Object>) changes.get(0);
        assertThat(latest).containsEntry("changedBy", "admin").containsEntry("previousSource", "administrator")
                .containsKey("changedAt");
        assertThat((String) latest.get("previousContent")).contains("2099-01-02", "2099-01-03", "元旦");
        assertThat((String) latest.get("newContent")).contains("2099-01-01").doesNotContain("2099-01-02");
        assertThat((Map<String, Object>) changes.get(1)).containsEntry("previousSource", "none")
                .containsEntry("previousContent", "[]");
    }

    @Test
    void officersMayReadButNotLoadAYear() {
        ResponseEntity<Map> put = put("tax1", "/api/calendar/years/2097", """
                {"days":[{"date":"2097-01-01","name":"元旦","offDay":true}]}""");

        assertThat(put.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(put.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat((String) put.getBody().get("detail")).contains("只有系统管理员");
        assertThat(map("tax1", "/api/calendar/years/2097")).containsEntry("source", "none");
        assertThat(rest.withBasicAuth("tax1", "demo").getForEntity("/api/calendar/years/2097/changes", String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void badEntriesAreNamedAndNothingChanges() {
        put("admin", "/api/calendar/years/2096", """
                {"days":[{"date":"2096-05-01","name":"劳动节","offDay":true}]}""");

        ResponseEntity<Map> put = put("admin", "/api/calendar/years/2096", """
                {"days":[{"date":"2096-05-04","name":"劳动节","offDay":true},
                         {"date":"2095-05-01","name":"劳动节","offDay":true},
                         {"date":"2096-05-04","name":"劳动节","offDay":true},
                         {"date":"2096-05-06","name":" ","offDay":false},
                         {"date":"2096-05-02","name":"劳动节","offDay":false},
                         {"date":"2096-5-7","name":"劳动节"}]}""");

        assertThat(put.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(put.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(((List<Object>) put.getBody().get("errors")).stream().map(e -> ((Map<String, Object>) e).get("field")))
                .containsExactly("days[1].date", "days[2].date", "days[3].name", "days[4].offDay", "days[5].date",
                        "days[5].offDay");
        assertThat((String) put.getBody().get("detail")).contains("不在 2096 年内", "与 days[0] 重复",
                "调休上班日应为周六或周日");
        Map<String, Object> year = map("tax1", "/api/calendar/years/2096");
        assertThat((List<Object>) year.get("days")).containsExactly(Map.of("date", "2096-05-01", "name", "劳动节",
                "offDay", true));
        assertThat(map("tax1", "/api/calendar/days/2096-05-04")).containsEntry("workingDay", true);
        assertThat(list("admin", "/api/calendar/years/2096/changes")).hasSize(1);
    }

    @Test
    void missingDaysOrYearOutOfRangeIsRefused() {
        assertThat(put("admin", "/api/calendar/years/2095", "{}").getBody().get("detail")).asString()
                .startsWith("days：");
        assertThat(put("admin", "/api/calendar/years/2101", "{\"days\":[]}").getBody().get("detail")).asString()
                .startsWith("year：");
        assertThat(put("admin", "/api/calendar/years/2095", "not json").getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
    }

    private ResponseEntity<Map> put(String user, String path, String body) {
        var headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return rest.withBasicAuth(user, "demo").exchange(path, HttpMethod.PUT, new HttpEntity<>(body, headers),
                Map.class);
    }

    private Map<String, Object> map(String user, String path) {
        ResponseEntity<Map> answer = rest.withBasicAuth(user, "demo").getForEntity(path, Map.class);
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
        return answer.getBody();
    }

    private List<Object> list(String user, String path) {
        ResponseEntity<List> answer = rest.withBasicAuth(user, "demo").getForEntity(path, List.class);
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
        return answer.getBody();
    }
}
