package com.taxcollab.taxpaid;

import com.taxcollab.organisation.Departments;
import com.taxcollab.security.CurrentUser;
import com.taxcollab.security.CurrentUserService;
import com.taxcollab.system.NotFoundException;
import java.util.Arrays;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * 柜台核验 ({@code /checks}): the questions the user's counter asks before it registers — the tax paid
 * and, beside it, the registry's seizure check and immigration's exit-control check; tax imports the
 * evidence here.
 */
@Controller
public class CounterCheckPage {

    private final CurrentUserService users;

    CounterCheckPage(CurrentUserService users) {
        this.users = users;
    }

    /** Whether the user's counter has a question to ask here (the home page offers the page then). */
    public static boolean offeredTo(CurrentUser user) {
        return !subjects(user).isEmpty() || seizureCheck(user) || exitControlCheck(user);
    }

    @GetMapping("/checks")
    String page(Model model) {
        CurrentUser user = users.require();
        if (!offeredTo(user)) {
            throw new NotFoundException("您所在的部门没有柜台核验事项");
        }
        model.addAttribute("user", user);
        model.addAttribute("subjects", subjects(user).stream().map(Enum::name).toList());
        model.addAttribute("seizureCheck", seizureCheck(user));
        model.addAttribute("exitControlCheck", exitControlCheck(user));
        model.addAttribute("recordsEvidence", user.inDepartment(Departments.TAX));
        return "checks";
    }

    private static List<CheckSubject> subjects(CurrentUser user) {
        return Arrays.stream(CheckSubject.values())
                .filter(s -> user.inDepartment(s.counter()) || user.inDepartment(Departments.TAX)).toList();
    }

    private static boolean seizureCheck(CurrentUser user) {
        return user.inDepartment(Departments.REALESTATE) || user.inDepartment(Departments.TAX);
    }

    private static boolean exitControlCheck(CurrentUser user) {
        return user.inDepartment(Departments.IMMIGRATION) || user.inDepartment(Departments.TAX);
    }
}
