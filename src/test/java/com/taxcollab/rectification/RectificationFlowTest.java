package com.taxcollab.rectification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.taxcollab.system.InvalidInputException;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The paths of an item from report to 销号, and of its batch. */
class RectificationFlowTest extends RectificationScenarioSupport {

    @Test
    void itemReportedAndAcceptedOnTimeClosesTheBatchAndTellsTheInitiator() {
        now("2026-09-21T10:00:00");
        String caseNumber = openBatch("lyg", item("办税服务厅排队过长", "tax", "2026-10-09"));
        long item = itemIds(caseNumber).get(0);
        assertThat(task(item, "Task_Rectify").getDueDate()).isEqualTo(at("2026-10-09T23:59:59"));

        now("2026-09-24T10:00:00");
        report(item);
        assertThat(itemRow(item).get("status")).isEqualTo("REPORTED");
        assertThat(timer(caseNumber, "Timer_Red")).as("no lights while the supervisor reviews").isNull();
        accept(item);

        assertThat(ended(caseNumber)).isTrue();
        assertThat(itemRow(item)).containsEntry("status", "CLOSED").containsEntry("overdue_days_at_close", 0);
        assertThat(jdbc.queryForObject("SELECT closed_at FROM rectification_batches WHERE case_number = ?",
                Object.class, caseNumber)).isNotNull();
        assertThat(jdbc.queryForObject("SELECT status FROM cases WHERE case_number = ?", String.class, caseNumber))
                .isEqualTo("CLOSED");
        assertThat(jdbc.queryForList("SELECT body FROM notifications WHERE case_number = ? AND event = 'CASE_CLOSED'"
                + " AND recipient = 'super1'", String.class, caseNumber))
                .singleElement().asString().contains("共 1 项", "按期完成 1 项");
    }

    @Test
    void returnedItemGoesBackToTheUnitWithTheNewDueDateAndRearmedTimers() {
        now("2026-09-21T10:00:00");
        String caseNumber = openBatch("lyg", item("纳税信用评价有误", "tax", "2026-09-30"));
        long item = itemIds(caseNumber).get(0);
        report(item);
        complete(item, "Task_Review", Map.of("reviewDecision", "RETURN", "reviewComment", "证据不全",
                "newDueDate", "2026-10-16"));

        assertThat(itemRow(item)).containsEntry("status", "OPEN").containsEntry("return_count", 1)
                .containsEntry("last_comment", "证据不全");
        assertThat(task(item, "Task_Rectify").getDueDate()).isEqualTo(at("2026-10-16T23:59:59"));
        // 15, 14, 13 October
        assertThat(timer(caseNumber, "Timer_Yellow").getDuedate()).isEqualTo(at("2026-10-13T09:00:00"));
        assertThat(timer(caseNumber, "Timer_Red").getDuedate()).isEqualTo(at("2026-10-16T23:59:59"));
        assertThat(taskService.getVariable(task(item, "Task_Rectify").getId(), "unitAction"))
                .as("the unit's second report starts empty").isNull();

        report(item);
        String secondReview = task(item, "Task_Review").getId();
        assertThat(taskService.getVariable(secondReview, "reviewDecision")).as("no earlier decision to repeat").isNull();
        assertThat(taskService.getVariable(secondReview, "reviewComment")).isNull();
        accept(item);
        assertThat(ended(caseNumber)).isTrue();
    }

    @Test
    void returnWithoutCommentOrNewDueDateIsRefusedAndTheReviewStaysOpen() {
        now("2026-09-21T10:00:00");
        String caseNumber = openBatch("lyg", item("退税审核慢", "tax", "2026-09-30"));
        long item = itemIds(caseNumber).get(0);
        report(item);
        assertThatThrownBy(() -> complete(item, "Task_Review", Map.of("reviewDecision", "RETURN")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("reviewComment")
                .hasMessageContaining("newDueDate");
        assertThat(task(item, "Task_Review")).isNotNull();
        assertThat(itemRow(item)).containsEntry("return_count", 0);
    }

    @Test
    void approvedExtensionSetsTheNewDueDateAndRearmsTheTimers() {
        now("2026-09-21T10:00:00");
        String caseNumber = openBatch("lyg", item("房地产交易计税价格偏低", "realestate", "2026-09-30"));
        long item = itemIds(caseNumber).get(0);
        now("2026-09-28T10:00:00");
        runDueJobs(caseNumber);
        assertThat(light(item)).isEqualTo("YELLOW");

        complete(item, "Task_Rectify", Map.of("unitAction", "EXTEND", "extensionReason", "需跨部门核实",
                "requestedDueDate", "2026-10-23"));
        assertThat(itemRow(item)).containsEntry("status", "EXTENSION_REQUESTED");
        complete(item, "Task_ReviewExtension", Map.of("extensionApproved", true, "extensionComment", "同意"));

        assertThat(itemRow(item)).containsEntry("status", "OPEN").containsEntry("extension_count", 1)
                .containsEntry("light", "GREEN");
        assertThat(itemRow(item).get("due_date").toString()).isEqualTo(LocalDate.of(2026, 10, 23).toString());
        assertThat(task(item, "Task_Rectify").getDueDate()).isEqualTo(at("2026-10-23T23:59:59"));
        assertThat(timer(caseNumber, "Timer_Red").getDuedate()).isEqualTo(at("2026-10-23T23:59:59"));

        now("2026-10-01T10:00:00");
        runDueJobs(caseNumber);
        assertThat(light(item)).as("the old due date no longer turns it red").isEqualTo("GREEN");
    }

    @Test
    void rejectedExtensionSendsTheItemBackToTheUnitUnderItsOldDueDate() {
        now("2026-09-21T10:00:00");
        String caseNumber = openBatch("lyg", item("二手房交易信息共享不及时", "realestate", "2026-09-30"));
        long item = itemIds(caseNumber).get(0);
        complete(item, "Task_Rectify", Map.of("unitAction", "EXTEND", "extensionReason", "人手不足",
                "requestedDueDate", "2026-10-30"));
        complete(item, "Task_ReviewExtension", Map.of("extensionApproved", false, "extensionComment", "理由不充分"));

        assertThat(itemRow(item)).containsEntry("status", "OPEN").containsEntry("extension_count", 0)
                .containsEntry("last_comment", "理由不充分");
        assertThat(task(item, "Task_Rectify").getDueDate()).isEqualTo(at("2026-09-30T23:59:59"));
        assertThat(timer(caseNumber, "Timer_Red").getDuedate()).isEqualTo(at("2026-09-30T23:59:59"));
    }

    @Test
    void extensionCannotBeRequestedOnceTheDueDateHasPassed() {
        now("2026-09-21T10:00:00");
        String caseNumber = openBatch("lyg", item("欠费催缴不力", "tax", "2026-09-22"));
        long item = itemIds(caseNumber).get(0);
        now("2026-09-23T10:00:00");
        assertThatThrownBy(() -> complete(item, "Task_Rectify", Map.of("unitAction", "EXTEND",
                "extensionReason", "来不及", "requestedDueDate", "2026-10-30")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("不能再申请延期");
        assertThat(task(item, "Task_Rectify")).isNotNull();
    }

    @Test
    void batchClosesOnlyWhenItsLastItemCloses() {
        now("2026-09-21T10:00:00");
        String caseNumber = openBatch("lyg", item("问题一", "tax", "2026-10-09"), item("问题二", "court", "2026-10-09"));
        long first = itemIds(caseNumber).get(0);
        long second = itemIds(caseNumber).get(1);
        assertThat(task(second, "Task_Rectify").getDueDate()).isNotNull();
        assertThat(taskService.getIdentityLinksForTask(task(second, "Task_Rectify").getId()))
                .anyMatch(link -> "court".equals(link.getGroupId()));

        report(first);
        accept(first);
        assertThat(ended(caseNumber)).isFalse();
        assertThat(itemRow(first)).containsEntry("status", "CLOSED");
        assertThat(itemRow(second)).containsEntry("status", "OPEN");

        now("2026-10-12T10:00:00");
        report(second);
        accept(second);
        assertThat(ended(caseNumber)).isTrue();
        assertThat(itemRow(second).get("overdue_days_at_close")).as("9 Oct → 12 Oct: Sat 10 and Mon 12").isEqualTo(2);
        assertThat(jdbc.queryForList("SELECT body FROM notifications WHERE case_number = ? AND event = 'CASE_CLOSED'",
                String.class, caseNumber)).singleElement().asString().contains("共 2 项", "逾期完成 1 项");
    }
}
