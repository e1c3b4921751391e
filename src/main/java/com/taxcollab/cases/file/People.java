package com.taxcollab.cases.file;

import com.taxcollab.cases.file.CaseFileView.Named;
import com.taxcollab.organisation.Organisation;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;

/** Display names of users and departments, looked up once per case file. */
class People {

    private final IdentityService identityService;
    private final Organisation organisation;
    private final Map<String, String> userNames = new HashMap<>();

    People(IdentityService identityService, Organisation organisation) {
        this.identityService = identityService;
        this.organisation = organisation;
    }

    String userName(String userId) {
        if (userId == null) {
            return null;
        }
        return userNames.computeIfAbsent(userId, id -> {
            User user = identityService.createUserQuery().userId(id).singleResult();
            if (user == null) {
                return id;
            }
            String name = ((user.getFirstName() == null ? "" : user.getFirstName())
                    + (user.getLastName() == null ? "" : user.getLastName())).trim();
            return name.isEmpty() ? id : name;
        });
    }

    Named department(String departmentId) {
        return new Named(departmentId, organisation.departmentName(departmentId).orElse(departmentId));
    }
}
