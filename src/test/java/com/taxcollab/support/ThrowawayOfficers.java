package com.taxcollab.support;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;

/**
 * Officers a test creates in 连云区 (where no demo user works, so no other test counts their work) and
 * removes again with {@link #leave()} after each test. Their password is "demo".
 */
public final class ThrowawayOfficers {

    public static final String JURISDICTION = "lianyun";

    private final IdentityService identityService;
    private final List<String> created = new ArrayList<>();

    public ThrowawayOfficers(IdentityService identityService) {
        this.identityService = identityService;
    }

    public String officer(String prefix, String department, String name) {
        String id = prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        User user = identityService.newUser(id);
        user.setFirstName(name);
        user.setLastName("");
        user.setEmail(id + "@test.taxcollab.cn");
        user.setPassword("demo");
        // the demo password is exempt from the policy, as the demo users' is
        ((org.camunda.bpm.engine.impl.IdentityServiceImpl) identityService).saveUser(user, true);
        identityService.createMembership(id, department);
        identityService.createTenantUserMembership(JURISDICTION, id);
        created.add(id);
        return id;
    }

    public void leave() {
        created.forEach(identityService::deleteUser);
        created.clear();
    }
}
