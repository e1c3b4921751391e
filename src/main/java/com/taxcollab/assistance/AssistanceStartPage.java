package com.taxcollab.assistance;

import com.taxcollab.organisation.Departments;
import com.taxcollab.organisation.Organisation;
import com.taxcollab.security.CurrentUser;
import com.taxcollab.security.CurrentUserService;
import com.taxcollab.system.NotFoundException;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** 发起 → 提请部门协助: the catalog's duties, each with its department, term and required documents. */
@Controller
class AssistanceStartPage {

    private final AssistanceCatalog catalog;
    private final Organisation organisation;
    private final CurrentUserService users;

    AssistanceStartPage(AssistanceCatalog catalog, Organisation organisation, CurrentUserService users) {
        this.catalog = catalog;
        this.organisation = organisation;
        this.users = users;
    }

    record Duty(String code, String name, String assistingName, String term, String documentList,
            boolean anyDepartment) {
    }

    record Option(String id, String name) {
    }

    @GetMapping("/workbench/start/assistance")
    String start(Model model) {
        CurrentUser user = users.require();
        if (!user.inDepartment(Departments.TAX) || user.jurisdictions().isEmpty()) {
            throw new NotFoundException("您所在的部门不能提请协助");
        }
        model.addAttribute("user", user);
        model.addAttribute("duties", catalog.duties().stream().map(d -> new Duty(d.code(), d.name(),
                d.anyDepartment() ? "由您指定部门" : organisation.departmentName(d.assisting()).orElse(d.assisting()),
                d.term().text(), String.join("、", d.documents()), d.anyDepartment())).toList());
        model.addAttribute("jurisdictions", user.jurisdictions().stream()
                .map(id -> new Option(id, organisation.jurisdictionName(id).orElse(id))).toList());
        List<Option> departments = organisation.departmentIds().stream().filter(id -> !Departments.TAX.equals(id))
                .map(id -> new Option(id, organisation.departmentName(id).orElse(id))).toList();
        model.addAttribute("departments", departments);
        return "start-assistance";
    }
}
