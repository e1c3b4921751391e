package com.taxcollab.security;

import com.taxcollab.system.EngineAsSystem;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.IdentityServiceImpl;
import org.springframework.stereotype.Component;

/**
 * Replaces a password hash of the engine's old kind (salted SHA-512) with bcrypt at the moment the
 * user has just proven the password; the policy is not applied to it, the password stays the same.
 */
@Component
class PasswordHashUpgrade {

    private static final String CURRENT_PREFIX = "{" + PasswordSecurityPlugin.BCRYPT + "}";

    private final IdentityService identityService;
    private final EngineAsSystem engine;

    PasswordHashUpgrade(IdentityService identityService, EngineAsSystem engine) {
        this.identityService = identityService;
        this.engine = engine;
    }

    void afterLogin(String userId, String password) {
        User user = engine.call(() -> identityService.createUserQuery().userId(userId).singleResult());
        if (user == null || user.getPassword() == null || user.getPassword().startsWith(CURRENT_PREFIX)) {
            return;
        }
        user.setPassword(password);
        engine.run(() -> ((IdentityServiceImpl) identityService).saveUser(user, true));
    }
}
