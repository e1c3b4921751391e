package com.taxcollab.notification;

import com.taxcollab.security.CurrentUser;
import com.taxcollab.security.CurrentUserService;
import com.taxcollab.system.ChinaTime;
import com.taxcollab.system.NotFoundException;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The administrators' e-mail outbox (邮件发件箱): what was sent, what waits or retries, what failed
 * (with a retry button), and what was only recorded because no SMTP server is configured.
 */
@Controller
class OutboxController {

    static final int ROWS = 200;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ChinaTime.ZONE);

    private final NotificationRepository notifications;
    private final ManagementService managementService;
    private final CurrentUserService currentUsers;
    private final MailJobs mailJobs;

    OutboxController(NotificationRepository notifications, ManagementService managementService,
            CurrentUserService currentUsers, MailJobs mailJobs) {
        this.notifications = notifications;
        this.managementService = managementService;
        this.currentUsers = currentUsers;
        this.mailJobs = mailJobs;
    }

    @GetMapping("/admin/outbox")
    String outbox(Model model) {
        model.addAttribute("user", admin());
        List<StoredNotification> mails = notifications.outbox(ROWS);
        Set<String> jobIds = new HashSet<>();
        mails.stream().map(StoredNotification::emailJobId).filter(id -> id != null).forEach(jobIds::add);
        Map<String, Job> jobs = jobIds.isEmpty() ? Map.of() : managementService.createJobQuery().jobIds(jobIds).list()
                .stream().collect(Collectors.toMap(Job::getId, Function.identity()));
        model.addAttribute("rows", mails.stream()
                .map(n -> row(n, n.emailJobId() == null ? null : jobs.get(n.emailJobId()))).toList());
        model.addAttribute("smtpConfigured", mailJobs.canSend());
        return "outbox";
    }

    /** What Cockpit's "retry" does: one more try, now. */
    @PostMapping("/admin/outbox/{id}/retry")
    String retry(@PathVariable String id) {
        admin();
        StoredNotification n = notifications.find(id).orElseThrow(() -> new NotFoundException("邮件不存在"));
        if (n.emailJobId() != null && managementService.createJobQuery().jobId(n.emailJobId()).count() == 1) {
            managementService.setJobRetries(n.emailJobId(), 1);
        }
        return "redirect:/admin/outbox";
    }

    private CurrentUser admin() {
        CurrentUser user = currentUsers.require();
        if (!user.admin()) {
            throw new NotFoundException("页面不存在");
        }
        return user;
    }

    private static Row row(StoredNotification n, Job job) {
        String created = TIME.format(n.createdAt());
        return switch (n.emailStatus()) {
            case SENT -> new Row(n, created, "已发送", TIME.format(n.emailSentAt()), false);
            case UNSENT -> new Row(n, created, "仅记录（未配置邮件服务器）", "", false);
            case NONE -> new Row(n, created, "不发送邮件", "", false);
            case PENDING -> pending(n, created, job);
        };
    }

    private static Row pending(StoredNotification n, String created, Job job) {
        if (job == null) {
            return new Row(n, created, "待发送", "", false);
        }
        if (job.getRetries() == 0) {
            return new Row(n, created, "发送失败", job.getExceptionMessage(), true);
        }
        if (job.getExceptionMessage() != null) {
            String next = job.getDuedate() == null ? "" : "，下次尝试 " + TIME.format(job.getDuedate().toInstant());
            return new Row(n, created, "重试中", "剩余 " + job.getRetries() + " 次" + next + "：" + job.getExceptionMessage(),
                    false);
        }
        return new Row(n, created, "待发送", "", false);
    }

    record Row(StoredNotification mail, String created, String status, String detail, boolean retryable) {
    }
}
