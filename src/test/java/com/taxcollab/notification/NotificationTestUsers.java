package com.taxcollab.notification;

import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/** Fresh users of no jurisdiction (so no process ever picks them), with the demo password. */
@Component
class NotificationTestUsers {

    private final IdentityService identityService;

    NotificationTestUsers(IdentityService identityService) {
        this.identityService = identityService;
    }

    String create(String prefix, String... groups) {
        String id = prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        User user = identityService.newUser(id);
        user.setFirstName("测试用户");
        user.setLastName("");
        user.setEmail(id + "@test.taxcollab.cn");
        user.setPassword("demo");
        // a stand-in for a demo user: the demo password is exempt from the policy, as the demo users are
        ((org.camunda.bpm.engine.impl.IdentityServiceImpl) identityService).saveUser(user, true);
        for (String group : groups) {
            identityService.createMembership(id, group);
        }
        return id;
    }
}
