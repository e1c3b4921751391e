package com.taxcollab.notification;

import com.taxcollab.calendar.WorkingDayCalendar;
import com.taxcollab.organisation.Organisation;
import com.taxcollab.security.CurrentUser;
import com.taxcollab.security.CurrentUserService;
import com.taxcollab.system.ChinaTime;
import com.taxcollab.system.EngineAsSystem;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Component;

/**
 * The supervisors' daily digest (每日汇总): at 08:30 on working days, one message per supervisor
 * who chose it, listing the overdue and due-soon tasks of their jurisdictions. Mailed (as any
 * notification, with retries) instead of their single mails; nothing to report, no digest.
 */
@Component
class DailyDigest {

    static final LocalTime AT = LocalTime.of(8, 30);
    /** "due soon": due within this many working days */
    static final int DUE_SOON_WORKING_DAYS = 3;
    static final int MAX_LINES = 20;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日");
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm");

    private final PreferenceRepository preferences;
    private final CurrentUserService users;
    private final TaskService taskService;
    private final RuntimeService runtimeService;
    private final Organisation organisation;
    private final WorkingDayCalendar calendar;
    private final Notifier notifier;
    private final EngineAsSystem engine;
    private final Clock clock;

    DailyDigest(PreferenceRepository preferences, CurrentUserService users, TaskService taskService,
            RuntimeService runtimeService, Organisation organisation, WorkingDayCalendar calendar, Notifier notifier,
            EngineAsSystem engine, Clock clock) {
        this.preferences = preferences;
        this.users = users;
        this.taskService = taskService;
        this.runtimeService = runtimeService;
        this.organisation = organisation;
        this.calendar = calendar;
        this.notifier = notifier;
        this.engine = engine;
        this.clock = clock;
    }

    /** The next 08:30 Beijing time on a working day, strictly after now. */
    Date nextRun() {
        ZonedDateTime now = ZonedDateTime.now(clock.withZone(ChinaTime.ZONE));
        LocalDate day = now.toLocalDate();
        if (!calendar.isWorkingDay(day) || !now.toLocalTime().isBefore(AT)) {
            day = calendar.addWorkingDays(day, 1);
        }
        return Date.from(day.atTime(AT).atZone(ChinaTime.ZONE).toInstant());
    }

    void sendAll() {
        engine.run(() -> preferences.digestSubscribers().forEach(this::send));
    }

    private void send(String userId) {
        CurrentUser user = users.load(userId);
        if (!NotificationInbox.mayTakeDigest(user) || user.jurisdictions().isEmpty()) {
            return;
        }
        String[] tenants = user.jurisdictions().toArray(String[]::new);
        ZonedDateTime now = ZonedDateTime.now(clock.withZone(ChinaTime.ZONE));
        Date nowDate = Date.from(now.toInstant());
        LocalDate lastSoonDay = calendar.addWorkingDays(now.toLocalDate(), DUE_SOON_WORKING_DAYS);
        Date soonLimit = Date.from(lastSoonDay.plusDays(1).atStartOfDay(ChinaTime.ZONE).toInstant());
        TaskQuery overdue = taskService.createTaskQuery().tenantIdIn(tenants).dueBefore(nowDate);
        TaskQuery soon = taskService.createTaskQuery().tenantIdIn(tenants).dueAfter(nowDate).dueBefore(soonLimit);
        long overdueCount = overdue.count();
        long soonCount = soon.count();
        if (overdueCount + soonCount == 0) {
            return;
        }
        String title = "每日汇总｜逾期" + overdueCount + "项，即将到期" + soonCount + "项｜" + DAY.format(now);
        String text = "截至" + MINUTE.format(now) + "，您所辖区域：\n\n逾期事项（" + overdueCount + "项）：\n"
                + lines(overdue, overdueCount) + "\n即将到期（" + DUE_SOON_WORKING_DAYS + "个工作日内，" + soonCount
                + "项）：\n" + lines(soon, soonCount);
        notifier.notify(Notification.aboutCase(NotificationEvent.DIGEST, Set.of(userId), title, text, null, null));
    }

    private String lines(TaskQuery query, long count) {
        if (count == 0) {
            return "无\n";
        }
        List<Task> tasks = query.orderByDueDate().asc().listPage(0, MAX_LINES);
        Set<String> instanceIds = tasks.stream().map(Task::getProcessInstanceId).filter(id -> id != null)
                .collect(Collectors.toSet());
        Map<String, String> caseNumbers = instanceIds.isEmpty() ? Map.of()
                : runtimeService.createProcessInstanceQuery().processInstanceIds(instanceIds).list().stream()
                        .filter(p -> p.getBusinessKey() != null)
                        .collect(Collectors.toMap(ProcessInstance::getId, ProcessInstance::getBusinessKey));
        StringBuilder text = new StringBuilder();
        for (Task task : tasks) {
            text.append("· ").append(caseNumbers.getOrDefault(task.getProcessInstanceId(), "—")).append(' ')
                    .append(task.getName()).append('（')
                    .append(organisation.jurisdictionName(task.getTenantId()).orElse(String.valueOf(task.getTenantId())))
                    .append("），截止").append(MINUTE.format(task.getDueDate().toInstant().atZone(ChinaTime.ZONE)))
                    .append('\n');
        }
        if (count > tasks.size()) {
            text.append("……另有").append(count - tasks.size()).append("项，请登录平台查看。\n");
        }
        return text.toString();
    }
}
