package com.taxcollab.assistance;

import com.taxcollab.calendar.DueLight;
import com.taxcollab.calendar.WorkingDayCalendar;
import com.taxcollab.organisation.Organisation;
import com.taxcollab.system.EngineAsSystem;
import java.time.Clock;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The open assistance requests of some jurisdictions as supervision follows them beside the
 * rectification items: who must act, by when, and the light of that due date on the working-day
 * calendar (the same light as the workbench's). Late answers come first.
 */
@Component
public class AssistanceLedger {

    static final List<String> OPEN = List.of(AssistanceStatus.REQUESTED.name(), AssistanceStatus.ANSWERED.name(),
            AssistanceStatus.SUPPLEMENT.name(), AssistanceStatus.REFUSED.name());

    private final JdbcClient jdbc;
    private final TaskService taskService;
    private final EngineAsSystem engine;
    private final Organisation organisation;
    private final WorkingDayCalendar calendar;
    private final Clock clock;

    AssistanceLedger(JdbcClient jdbc, TaskService taskService, EngineAsSystem engine, Organisation organisation,
            WorkingDayCalendar calendar, Clock clock) {
        this.jdbc = jdbc;
        this.taskService = taskService;
        this.engine = engine;
        this.organisation = organisation;
        this.calendar = calendar;
        this.clock = clock;
    }

    public record Row(String caseNumber, String duty, String department, String jurisdiction, String step,
            Date due, String light, Integer workingDaysLeft) {
    }

    record Open(String caseNumber, String dutyName, String assistingDepartment, String jurisdiction,
            String processInstanceId) {
    }

    public List<Row> open(List<String> jurisdictions, int limit) {
        if (jurisdictions.isEmpty()) {
            return List.of();
        }
        List<Open> open = jdbc.sql("""
                SELECT a.case_number, a.duty_name, a.assisting_department, a.jurisdiction, c.process_instance_id
                FROM assistance_requests a JOIN cases c ON c.case_number = a.case_number
                WHERE a.jurisdiction IN (:jurisdictions) AND a.status IN (:open)""")
                .param("jurisdictions", jurisdictions).param("open", OPEN).query(Open.class).list();
        if (open.isEmpty()) {
            return List.of();
        }
        Map<String, Task> tasks = engine.call(() -> taskService.createTaskQuery()
                .processInstanceIdIn(open.stream().map(Open::processInstanceId).toArray(String[]::new)).list())
                .stream().collect(Collectors.toMap(Task::getProcessInstanceId, Function.identity(), (a, b) -> a));
        return open.stream().map(o -> row(o, tasks.get(o.processInstanceId())))
                .sorted(Comparator.comparing(Row::due, Comparator.nullsLast(Comparator.naturalOrder())))
                .limit(limit).toList();
    }

    private Row row(Open open, Task task) {
        Date due = task == null ? null : task.getDueDate();
        DueLight.Reading reading = DueLight.of(due, clock, calendar);
        return new Row(open.caseNumber(), open.dutyName(), organisation.departmentName(open.assistingDepartment())
                .orElse(open.assistingDepartment()), organisation.jurisdictionName(open.jurisdiction())
                .orElse(open.jurisdiction()), task == null ? null : task.getName(), due, reading.light().label(),
                reading.workingDaysLeft());
    }
}
