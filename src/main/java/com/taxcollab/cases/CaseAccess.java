package com.taxcollab.cases;

import com.taxcollab.organisation.Departments;
import com.taxcollab.security.CurrentUser;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * Who may read a case file (policy §6, 谁使用，谁管理，谁负责): users of the departments involved,
 * within the case's jurisdiction; its initiator; supervisors of its jurisdiction; administrators.
 * Everyone else is told the case does not exist.
 */
@Service
public class CaseAccess {

    private final CaseRegistry registry;
    private final CaseParticipants participants;

    CaseAccess(CaseRegistry registry, CaseParticipants participants) {
        this.registry = registry;
        this.participants = participants;
    }

    public boolean canRead(CurrentUser user, String caseNumber) {
        return registry.find(caseNumber).map(record -> canRead(user, record)).orElse(false);
    }

    public boolean canRead(CurrentUser user, CaseRecord record) {
        if (user == null) {
            return false;
        }
        if (user.admin() || user.id().equals(record.initiator())) {
            return true;
        }
        if (!user.inJurisdiction(record.jurisdiction())) {
            return false;
        }
        return user.inDepartment(Departments.SUPERVISION)
                || participants.departments(record.caseNumber()).stream().anyMatch(user::inDepartment);
    }

    /** Who may add to a case file: its initiator and the members of its departments in its jurisdiction. */
    public boolean canWrite(CurrentUser user, CaseRecord record) {
        if (user == null) {
            return false;
        }
        return user.id().equals(record.initiator()) || (user.inJurisdiction(record.jurisdiction())
                && participants.departments(record.caseNumber()).stream().anyMatch(user::inDepartment));
    }

    /** The same rule as a condition on {@code cases c}, for search; adds its parameters to {@code args}. */
    public String readableCondition(CurrentUser user, List<Object> args) {
        if (user.admin()) {
            return "1 = 1";
        }
        args.add(user.id());
        String condition = "c.initiator = ?";
        if (user.jurisdictions().isEmpty() || user.departments().isEmpty()) {
            return "(" + condition + ")";
        }
        String jurisdictions = placeholders(user.jurisdictions(), args);
        if (user.inDepartment(Departments.SUPERVISION)) {
            return "(" + condition + " OR c.jurisdiction IN (" + jurisdictions + "))";
        }
        return "(" + condition + " OR (c.jurisdiction IN (" + jurisdictions + ") AND EXISTS (SELECT 1"
                + " FROM case_departments d WHERE d.case_number = c.case_number AND d.department_id IN ("
                + placeholders(user.departments(), args) + "))))";
    }

    private static String placeholders(List<String> values, List<Object> args) {
        args.addAll(values);
        return String.join(", ", values.stream().map(v -> "?").toList());
    }
}
