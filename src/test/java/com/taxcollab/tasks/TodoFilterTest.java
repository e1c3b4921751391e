package com.taxcollab.tasks;

import static com.taxcollab.support.EngineSteps.at;
import static org.assertj.core.api.Assertions.assertThat;

import com.taxcollab.support.IntegrationTest;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * 待办 narrowed by case type, light, text, department and jurisdiction, ordered and paged, with the count
 * of each light, on {@code /api/tasks} and the workbench.
 */
class TodoFilterTest extends IntegrationTest {

    @Autowired
    TestRestTemplate http;

    @Test
    @SuppressWarnings("unchecked")
    void anOfficerNarrowsTodoToOverdueDisputesAndPagesThrough() {
        ClockUtil.setCurrentTime(at("2026-11-02T10:00:00+08:00"));
        String late = dispute("逾期的争议");
        ClockUtil.setCurrentTime(at("2026-11-25T10:00:00+08:00"));
        String fresh = dispute("新的争议");

        assertThat(todo("type=ZY&light=RED&q=" + late)).extracting(t -> t.get("caseNumber")).containsOnly(late)
                .isNotEmpty();
        assertThat(todo("type=ZY&light=RED&q=" + late)).extracting(t -> t.get("lightLabel")).containsOnly("逾期");
        assertThat(todo("light=GREEN&q=" + late)).isEmpty();
        assertThat(todo("light=GREEN&q=" + fresh)).extracting(t -> t.get("caseNumber")).containsOnly(fresh);
        assertThat(todo("type=CF&q=" + fresh)).as("not a seizure").isEmpty();
        assertThat(todo("q=税务局牵头协商&size=1")).hasSize(1);
        assertThat(todo("q=税务局牵头协商&size=1&page=1")).hasSize(1).doesNotContainAnyElementsOf(
                todo("q=税务局牵头协商&size=1"));

        assertThat(todo("q=争议&sort=RECEIVED")).extracting(t -> (String) t.get("created")).as("the newest first")
                .isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(todo("q=争议&sort=CASE")).extracting(t -> (String) t.get("caseNumber")).isSorted();
        assertThat(todo("q=" + fresh + "&department=tax&jurisdiction=haizhou")).hasSize(1);
        Map<String, Object> counts = http.withBasicAuth("hztax1", "demo").getForObject("/api/tasks/count", Map.class);
        Map<String, Integer> lights = (Map<String, Integer>) counts.get("lights");
        assertThat(lights.get("RED")).isEqualTo(todo("light=RED&size=200").size());
        assertThat(lights.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(counts.get("todo"));

        ResponseEntity<String> bad = http.withBasicAuth("hztax1", "demo").getForEntity(
                "/api/tasks?view=todo&light=PURPLE&type=XX&size=1000&sort=NAME", String.class);
        assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(bad.getBody()).contains("\"light\"", "\"type\"", "\"size\"", "\"sort\"");
        for (String notMine : List.of("department=court", "jurisdiction=lyg")) {
            ResponseEntity<String> refused = http.withBasicAuth("hztax1", "demo").getForEntity(
                    "/api/tasks?view=todo&" + notMine, String.class);
            assertThat(refused.getStatusCode()).as(notMine).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(refused.getBody()).contains("\"" + notMine.split("=")[0] + "\"");
        }

        String page = http.withBasicAuth("hztax1", "demo").getForObject("/workbench?light=RED&q=" + late,
                String.class);
        assertThat(page).contains(late, "id=\"todo-filter\"", "id=\"light-count-red\"").doesNotContain(fresh);
    }

    @Test
    void theTypeFilterFindsProcessesWhoseKeysMakeLongDefinitionIds() {
        // a definition id is key:version:uuid only within 64 characters: RectificationTrackingProcess gets a UUID
        String caseNumber = (String) http.withBasicAuth("super1", "demo").postForEntity("/api/rectifications",
                Map.of("title", "筛选测试通报", "jurisdiction", "haizhou", "items", List.of(Map.of("problem", "类型筛选问题",
                        "requirement", "限期整改到位", "department", "tax", "personName", "张三",
                        "dueDate", java.time.LocalDate.now().plusDays(30).toString()))), Map.class)
                .getBody().get("caseNumber");

        assertThat(todo("type=ZG&q=" + caseNumber)).extracting(t -> t.get("caseNumber")).containsOnly(caseNumber)
                .isNotEmpty();
        assertThat(todo("type=ZY&q=" + caseNumber)).isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void doneShowsTheDecisionTakenAndBothDoneAndStartedAreSearched() {
        String matter = "已办查找测试：契税计税价格";
        String caseNumber = dispute(matter);
        String negotiation = (String) todo("q=" + caseNumber).get(0).get("id");
        assertThat(http.withBasicAuth("hztax1", "demo").postForEntity("/api/tasks/" + negotiation + "/complete",
                Map.of("variables", Map.of("negotiationOutcome", "NOT_AGREED")), String.class).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);

        List<Map<String, Object>> done = list("hztax1", "done", matter);
        assertThat(done).extracting(t -> t.get("caseNumber")).containsExactly(caseNumber);
        assertThat(done.get(0).get("decision")).isEqualTo("协商结果：未达成一致（提交本级政府裁决）");
        assertThat(list("hztax1", "done", caseNumber)).hasSize(1);
        Map<String, Object> file = http.withBasicAuth("hzcourt1", "demo").getForObject("/api/cases/" + caseNumber,
                Map.class);
        assertThat((List<Map<String, Object>>) file.get("timeline")).extracting(entry -> (String) entry.get("what"))
                .as("the timeline says what was decided")
                .anyMatch(what -> what.startsWith("办结：税务局牵头协商") && what.endsWith("，协商结果：未达成一致（提交本级政府裁决）"));
        assertThat(list("hztax1", "done", "没有这样的案件")).isEmpty();

        List<Map<String, Object>> started = list("hzcourt1", "started", matter);
        assertThat(started).extracting(t -> t.get("caseNumber")).containsExactly(caseNumber);
        assertThat(started.get(0).get("statusLabel")).isNotNull();
        assertThat(list("hzcourt1", "started", "没有这样的案件")).isEmpty();
        assertThat(http.withBasicAuth("hzcourt1", "demo").getForObject("/workbench?startedQ=" + matter, String.class))
                .contains(caseNumber);

        ResponseEntity<String> tooLong = http.withBasicAuth("hztax1", "demo").getForEntity(
                "/api/tasks?view=done&q=" + "长".repeat(101), String.class);
        assertThat(tooLong.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(tooLong.getBody()).contains("\"q\"");
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> list(String user, String view, String q) {
        ResponseEntity<List> answer = http.withBasicAuth(user, "demo").getForEntity("/api/tasks?view=" + view + "&q="
                + q, List.class);
        assertThat(answer.getStatusCode()).as("%s", answer.getBody()).isEqualTo(HttpStatus.OK);
        return answer.getBody();
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> todo(String query) {
        ResponseEntity<List> answer = http.withBasicAuth("hztax1", "demo").getForEntity("/api/tasks?view=todo&"
                + query, List.class);
        assertThat(answer.getStatusCode()).as("%s", answer.getBody()).isEqualTo(HttpStatus.OK);
        return answer.getBody();
    }

    private String dispute(String matter) {
        return (String) http.withBasicAuth("hzcourt1", "demo").postForEntity("/api/disputes", Map.of("jurisdiction",
                "haizhou", "departments", List.of("court", "tax"), "matter", matter, "description", "筛选测试"),
                Map.class).getBody().get("caseNumber");
    }
}
