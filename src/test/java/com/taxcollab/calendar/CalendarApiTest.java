package com.taxcollab.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import com.taxcollab.support.IntegrationTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Any logged-in user or system reads the calendar over REST, for any date of 2022–2026. */
@SuppressWarnings({"unchecked", "rawtypes"})
class CalendarApiTest extends IntegrationTest {

    @Autowired
    TestRestTemplate rest;

    @ParameterizedTest(name = "{0}: working day {1}, name {2}")
    @CsvSource(nullValues = "-", value = {
            "2022-01-31, false, 春节", "2022-01-29, true, 调休上班", "2022-06-03, false, 端午节", "2022-07-04, true, -",
            "2023-01-02, false, 元旦", "2023-06-25, true, 调休上班", "2023-09-29, false, 中秋节、国庆节",
            "2023-12-30, false, -",
            "2024-02-18, true, 调休上班", "2024-06-10, false, 端午节", "2024-09-14, true, 调休上班",
            "2024-10-07, false, 国庆节",
            "2025-01-28, false, 春节", "2025-05-31, false, 端午节", "2025-09-28, true, 调休上班",
            "2025-10-08, false, 国庆节、中秋节",
            "2026-01-04, true, 调休上班", "2026-02-15, false, 春节", "2026-09-25, false, 中秋节",
            "2026-10-01, false, 国庆节", "2026-10-10, true, 调休上班", "2026-11-30, true, -", "2026-12-27, false, -"})
    void dayTellsWhetherItIsAWorkingDayAndNamesTheHoliday(String date, boolean workingDay, String name) {
        Map<String, Object> day = get("/api/calendar/days/" + date);

        assertThat(day).containsEntry("date", date).containsEntry("workingDay", workingDay).containsEntry("name", name);
        assertThat(day).containsOnlyKeys("date", "workingDay", "name");
    }

    @ParameterizedTest(name = "{1} working days after {0}: {2}")
    @CsvSource({
            "2026-09-30, 3, 2026-10-10", "2026-02-13, 2, 2026-02-24", "2025-12-31, 1, 2026-01-04",
            "2022-09-30, 1, 2022-10-08", "2023-09-28, 1, 2023-10-07", "2024-09-30, 1, 2024-10-08",
            "2025-09-30, 1, 2025-10-09", "2026-12-31, 1, 2027-01-01", "2026-01-05, 366, 2027-06-17"})
    void workingDaysAddsCountingHolidaysOffAndMakeUpDaysOn(String from, int add, String date) {
        Map<String, Object> answer = get("/api/calendar/working-days?from=" + from + "&add=" + add);

        assertThat(answer).isEqualTo(Map.of("from", from, "add", add, "date", date));
    }

    @ParameterizedTest(name = "{0}: {1} working days")
    @CsvSource({"2022, 249", "2023, 249", "2024, 251", "2025, 248", "2026, 248", "2027, 261"})
    void betweenCountsTheWorkingDaysOfEachYearAsPublished(int year, int workingDays) {
        Map<String, Object> answer = get("/api/calendar/working-days/between?from=" + (year - 1) + "-12-31&to=" + year + "-12-31");

        assertThat(answer).containsEntry("workingDays", workingDays);
    }

    @Test
    void betweenCountsFromExclusiveToInclusive() {
        assertThat(get("/api/calendar/working-days/between?from=2026-09-30&to=2026-10-10"))
                .containsEntry("workingDays", 3);
        assertThat(get("/api/calendar/working-days/between?from=2026-10-01&to=2026-10-07"))
                .containsEntry("workingDays", 0);
    }

    @ParameterizedTest(name = "{0} → 400 naming {1}")
    @CsvSource(delimiter = '|', value = {
            "/api/calendar/days/2026-13-01 | date",
            "/api/calendar/days/1989-12-31 | date",
            "/api/calendar/days/2101-01-01 | date",
            "/api/calendar/days/tomorrow | date",
            "/api/calendar/working-days?from=2026-09-30&add=0 | add",
            "/api/calendar/working-days?from=2026-09-30&add=367 | add",
            "/api/calendar/working-days?from=2026-09-30&add=-3 | add",
            "/api/calendar/working-days?from=2026-09-30&add=three | add",
            "/api/calendar/working-days?from=2026-09-30 | add",
            "/api/calendar/working-days?from=30.09.2026&add=3 | from",
            "/api/calendar/working-days?from=1900-01-01&add=3 | from",
            "/api/calendar/working-days/between?from=2026-01-01&to=2026-02-30 | to",
            "/api/calendar/working-days/between?to=2026-02-01 | from",
            "/api/calendar/years/1989 | year",
            "/api/calendar/years/next | year"})
    void badParameterIsAProblemNamingIt(String path, String parameter) {
        ResponseEntity<Map> answer = rest.withBasicAuth("tax1", "demo").getForEntity(path, Map.class);

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(answer.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat((List<Object>) answer.getBody().get("errors")).singleElement()
                .satisfies(error -> assertThat((Map<String, Object>) error).containsEntry("field", parameter));
        assertThat((String) answer.getBody().get("detail")).startsWith(parameter + "：");
    }

    @Test
    void strangersMustLogInFirst() {
        assertThat(rest.getForEntity("/api/calendar/days/2026-10-01", String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    private Map<String, Object> get(String path) {
        ResponseEntity<Map> answer = rest.withBasicAuth("court1", "demo").getForEntity(path, Map.class);
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
        return answer.getBody();
    }
}
