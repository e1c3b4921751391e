package com.taxcollab.notification;

import com.taxcollab.security.CurrentUser;
import com.taxcollab.security.CurrentUserService;
import com.taxcollab.system.InvalidInputException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The notification settings page (通知设置): e-mail on or off, and the supervisors' daily digest. */
@Controller
class NotificationPages {

    private final NotificationInbox inbox;
    private final CurrentUserService currentUsers;

    NotificationPages(NotificationInbox inbox, CurrentUserService currentUsers) {
        this.inbox = inbox;
        this.currentUsers = currentUsers;
    }

    @GetMapping("/notifications/settings")
    String settings(Model model, @RequestParam(required = false) String saved) {
        CurrentUser user = currentUsers.require();
        model.addAttribute("user", user);
        model.addAttribute("preferences", inbox.preferences(user));
        model.addAttribute("digestAvailable", NotificationInbox.mayTakeDigest(user));
        model.addAttribute("saved", saved != null);
        return "notification-settings";
    }

    @PostMapping("/notifications/settings")
    String save(Model model, @RequestParam(defaultValue = "false") boolean emailEnabled,
            @RequestParam(defaultValue = "false") boolean dailyDigest) {
        CurrentUser user = currentUsers.require();
        try {
            inbox.savePreferences(user, emailEnabled, dailyDigest);
        } catch (InvalidInputException e) {
            model.addAttribute("user", user);
            model.addAttribute("preferences", new NotificationPreferences(emailEnabled, dailyDigest));
            model.addAttribute("digestAvailable", NotificationInbox.mayTakeDigest(user));
            model.addAttribute("error", e.problems().get(0).message());
            return "notification-settings";
        }
        return "redirect:/notifications/settings?saved";
    }
}
