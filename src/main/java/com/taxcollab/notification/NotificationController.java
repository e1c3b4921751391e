package com.taxcollab.notification;

import com.taxcollab.security.CurrentUser;
import com.taxcollab.security.CurrentUserService;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The calling user's in-app messages and notification preferences. */
@RestController
@RequestMapping("/api/notifications")
class NotificationController {

    private final NotificationInbox inbox;
    private final CurrentUserService currentUsers;

    NotificationController(NotificationInbox inbox, CurrentUserService currentUsers) {
        this.inbox = inbox;
        this.currentUsers = currentUsers;
    }

    @GetMapping
    NotificationInbox.Page list(@RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return inbox.page(user(), page, size);
    }

    @PostMapping("/{id}/read")
    ResponseEntity<Void> markRead(@PathVariable String id) {
        inbox.markRead(user(), id);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/read-all")
    ResponseEntity<Void> markAllRead() {
        inbox.markAllRead(user());
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/preferences")
    PreferencesBody preferences() {
        CurrentUser user = user();
        return PreferencesBody.of(inbox.preferences(user), user);
    }

    @PutMapping("/preferences")
    PreferencesBody savePreferences(@RequestBody PreferencesBody body) {
        CurrentUser user = user();
        return PreferencesBody.of(inbox.savePreferences(user, body.emailEnabled(), body.dailyDigest()), user);
    }

    private CurrentUser user() {
        return currentUsers.require();
    }

    /** {@code dailyDigestAvailable} says whether the caller may choose the digest (supervisors). */
    record PreferencesBody(Boolean emailEnabled, Boolean dailyDigest, Boolean dailyDigestAvailable) {

        static PreferencesBody of(NotificationPreferences p, CurrentUser user) {
            return new PreferencesBody(p.emailEnabled(), p.dailyDigest(), NotificationInbox.mayTakeDigest(user));
        }
    }
}
