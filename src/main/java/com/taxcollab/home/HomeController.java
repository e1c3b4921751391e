package com.taxcollab.home;

import com.taxcollab.security.CurrentUser;
import com.taxcollab.security.CurrentUserService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomeController {

    private final CurrentUserService currentUsers;
    private final HomeEntries entries;

    HomeController(CurrentUserService currentUsers, HomeEntries entries) {
        this.currentUsers = currentUsers;
        this.entries = entries;
    }

    /** An officer's home page is the workbench; the administrators' a page of their tools. */
    @GetMapping("/")
    String home(Model model) {
        CurrentUser user = currentUsers.require();
        if (HomeEntries.worksCases(user)) {
            return "forward:/workbench";
        }
        entries.addTo(model, user);
        return "home";
    }

    @GetMapping("/login")
    String login() {
        return "login";
    }
}
