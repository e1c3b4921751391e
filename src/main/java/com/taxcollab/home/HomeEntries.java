package com.taxcollab.home;

import com.taxcollab.calendar.CalendarCoverage;
import com.taxcollab.organisation.Organisation;
import com.taxcollab.security.CurrentUser;
import com.taxcollab.security.PasswordHistory;
import com.taxcollab.taxpaid.CounterCheckPage;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * Who the user is and the way to every page they may use: the administrators' home page, and the
 * top of the officers' workbench (which is their home page).
 */
@Component
public class HomeEntries {

    private static final List<Entry> WEBAPPS = List.of(
            new Entry("tasklist", "任务列表 Tasklist", "签收、办理本部门的待办任务", "/camunda/app/tasklist/default/"),
            new Entry("cockpit", "流程监控 Cockpit", "系统管理员查看流程运行、作业与异常", "/camunda/app/cockpit/default/"),
            new Entry("admin", "系统管理 Admin", "管理用户、部门、辖区与授权", "/camunda/app/admin/default/"));
    private static final List<Entry> ADMIN_PAGES = List.of(
            new Entry("calendar", "工作日历", "法定节假日与调休安排，决定各环节期限", "/admin/calendar"),
            new Entry("outbox", "邮件发件箱", "通知邮件的发送、重试与失败记录", "/admin/outbox"),
            new Entry("forms", "表单预览", "各任务的办理表单，与工作台任务页所见相同", "/admin/forms"));

    private final Organisation organisation;
    private final AuthorizationService authorizationService;
    private final CalendarCoverage calendarCoverage;
    private final PasswordHistory passwords;

    HomeEntries(Organisation organisation, AuthorizationService authorizationService,
            CalendarCoverage calendarCoverage, PasswordHistory passwords) {
        this.passwords = passwords;
        this.organisation = organisation;
        this.authorizationService = authorizationService;
        this.calendarCoverage = calendarCoverage;
    }

    /** Officers work in a department of a jurisdiction: their home page is the workbench. */
    public static boolean worksCases(CurrentUser user) {
        return !user.jurisdictions().isEmpty() && !user.departments().isEmpty();
    }

    public void addTo(Model model, CurrentUser user) {
        model.addAttribute("user", user);
        model.addAttribute("departments", user.departments().stream()
                .map(id -> organisation.departmentName(id).orElse(id)).toList());
        model.addAttribute("jurisdictions", user.jurisdictions().stream()
                .map(id -> organisation.jurisdictionName(id).orElse(id)).toList());
        model.addAttribute("webapps", WEBAPPS.stream().filter(app -> mayOpen(user, app)).toList());
        model.addAttribute("counterChecks", CounterCheckPage.offeredTo(user));
        model.addAttribute("adminPages", user.admin() ? ADMIN_PAGES : List.of());
        model.addAttribute("missingCalendarYears", user.admin() ? calendarCoverage.missingYears() : List.of());
        model.addAttribute("passwordDaysLeft", passwords.daysLeftToWarn(user.id()).orElse(null));
    }

    private boolean mayOpen(CurrentUser user, Entry app) {
        return user.admin() || authorizationService.isUserAuthorized(user.id(), user.departments(),
                Permissions.ACCESS, Resources.APPLICATION, app.id());
    }

    public record Entry(String id, String title, String description, String href) {
    }
}
