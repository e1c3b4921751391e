package com.taxcollab.organisation;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.stereotype.Component;

/** Idempotent membership changes, so start-up loaders can run again and again. */
@Component
class Memberships {

    private final IdentityService identityService;

    Memberships(IdentityService identityService) {
        this.identityService = identityService;
    }

    void ensureGroup(String userId, String groupId) {
        if (identityService.createUserQuery().userId(userId).memberOfGroup(groupId).count() == 0) {
            identityService.createMembership(userId, groupId);
        }
    }

    void ensureTenant(String userId, String tenantId) {
        if (identityService.createTenantQuery().tenantId(tenantId).userMember(userId).count() == 0) {
            identityService.createTenantUserMembership(tenantId, userId);
        }
    }
}
