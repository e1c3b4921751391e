package com.taxcollab.notification;

import com.taxcollab.system.PagePaths;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Absolute links for messages that leave the application (e-mail), from {@code taxcollab.public-url}. */
@Component
class NotificationLinks {

    private final String base;

    NotificationLinks(@Value("${taxcollab.public-url:http://localhost:8080}") String publicUrl) {
        this.base = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    String homeUrl() {
        return base + "/";
    }

    String caseUrl(String caseNumber) {
        return caseNumber == null ? null : base + casePath(caseNumber);
    }

    String taskUrl(String taskId) {
        return taskId == null ? null : base + taskPath(taskId);
    }

    /** The same links relative to the application, for pages served by it whatever its address. */
    static String casePath(String caseNumber) {
        return caseNumber == null ? null : PagePaths.casePage(caseNumber);
    }

    static String taskPath(String taskId) {
        return taskId == null ? null : PagePaths.taskPage(taskId);
    }
}
