package com.taxcollab.notification;

import com.taxcollab.organisation.Departments;
import com.taxcollab.security.CurrentUser;
import com.taxcollab.system.InvalidInputException;
import com.taxcollab.system.NotFoundException;
import com.taxcollab.system.Paging;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A user's own messages and preferences: every method is scoped to the calling user. */
@Service
class NotificationInbox {

    static final int MAX_PAGE_SIZE = 100;

    private final NotificationRepository notifications;
    private final PreferenceRepository preferences;
    private final Clock clock;

    NotificationInbox(NotificationRepository notifications, PreferenceRepository preferences, Clock clock) {
        this.notifications = notifications;
        this.preferences = preferences;
        this.clock = clock;
    }

    Page page(CurrentUser user, int page, int size) {
        Paging paging = Paging.of(page, size, MAX_PAGE_SIZE);
        List<View> items = notifications.forRecipient(user.id(), paging.offset(), size).stream().map(View::of).toList();
        return new Page(items, page, size, notifications.countFor(user.id()), notifications.unreadFor(user.id()));
    }

    long unread(CurrentUser user) {
        return notifications.unreadFor(user.id());
    }

    /** Another user's message does not exist for the caller: 404, never 403. */
    @Transactional
    void markRead(CurrentUser user, String id) {
        if (!notifications.markRead(id, user.id(), OffsetDateTime.now(clock))) {
            throw new NotFoundException("通知不存在");
        }
    }

    @Transactional
    void markAllRead(CurrentUser user) {
        notifications.markAllRead(user.id(), OffsetDateTime.now(clock));
    }

    NotificationPreferences preferences(CurrentUser user) {
        return preferences.find(user.id());
    }

    @Transactional
    NotificationPreferences savePreferences(CurrentUser user, Boolean emailEnabled, Boolean dailyDigest) {
        if (emailEnabled == null) {
            throw new InvalidInputException("emailEnabled", "请选择是否接收邮件通知");
        }
        boolean digest = Boolean.TRUE.equals(dailyDigest);
        if (digest && !mayTakeDigest(user)) {
            throw new InvalidInputException("dailyDigest", "仅督查人员可选择每日汇总邮件");
        }
        NotificationPreferences chosen = new NotificationPreferences(emailEnabled, digest);
        preferences.save(user.id(), chosen);
        return chosen;
    }

    static boolean mayTakeDigest(CurrentUser user) {
        return user.inDepartment(Departments.SUPERVISION);
    }

    record Page(List<View> items, int page, int size, long total, long unread) {
    }

    /** One message as the API shows it: absolute links (as mailed) and paths within this application; Beijing time. */
    record View(String id, String event, String eventLabel, String title, String text, String caseNumber,
            String caseUrl, String taskUrl, String casePath, String taskPath, OffsetDateTime createdAt,
            OffsetDateTime readAt, boolean read) {

        private static final ZoneId BEIJING = com.taxcollab.system.ChinaTime.ZONE;

        static View of(StoredNotification n) {
            return new View(n.id(), n.event().name(), n.event().label(), n.title(), n.body(), n.caseNumber(),
                    n.caseUrl(), n.taskUrl(), NotificationLinks.casePath(n.caseNumber()),
                    NotificationLinks.taskPath(n.taskId()), beijing(n.createdAt()), beijing(n.readAt()),
                    n.readAt() != null);
        }

        private static OffsetDateTime beijing(OffsetDateTime time) {
            return time == null ? null : time.atZoneSameInstant(BEIJING).toOffsetDateTime();
        }
    }
}
