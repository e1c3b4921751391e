package com.taxcollab.security;

import com.taxcollab.system.InvalidInputException;
import jakarta.servlet.http.HttpSession;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** 修改密码: a person changes their own password, and must after a temporary one was set. */
@Controller
class PasswordPage {

    private final CurrentUserService currentUsers;
    private final PasswordChanges passwords;

    PasswordPage(CurrentUserService currentUsers, PasswordChanges passwords) {
        this.currentUsers = currentUsers;
        this.passwords = passwords;
    }

    @GetMapping(PasswordChangeRequired.PAGE)
    String form(Model model) {
        CurrentUser user = currentUsers.require();
        model.addAttribute("user", user);
        model.addAttribute("required", passwords.reasonToChange(user.id()).orElse(null));
        return "password";
    }

    @PostMapping(PasswordChangeRequired.PAGE)
    String change(@RequestParam(required = false) String currentPassword,
            @RequestParam(required = false) String newPassword, HttpSession session, Model model) {
        CurrentUser user = currentUsers.require();
        try {
            passwords.changeOwn(user.id(), currentPassword, newPassword);
        } catch (InvalidInputException e) {
            model.addAttribute("user", user);
            model.addAttribute("required", passwords.reasonToChange(user.id()).orElse(null));
            model.addAttribute("problems", e.problems().stream().map(p -> p.message()).toList());
            return "password";
        }
        session.removeAttribute(PasswordChangeRequired.CHECKED);
        return "redirect:/?passwordChanged";
    }
}
