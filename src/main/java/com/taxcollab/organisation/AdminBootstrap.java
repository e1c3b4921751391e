package com.taxcollab.organisation;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Creates the first administrator of a production install from the environment. An existing user
 * is left alone: its password belongs to the administrator from then on.
 */
@Component
@Order(StartupOrder.USERS)
class AdminBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

    private final IdentityService identityService;
    private final Memberships memberships;
    private final AdminProperties admin;

    AdminBootstrap(IdentityService identityService, Memberships memberships, AdminProperties admin) {
        this.identityService = identityService;
        this.memberships = memberships;
        this.admin = admin;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!admin.configured()) {
            if (identityService.createUserQuery().memberOfGroup(Groups.CAMUNDA_ADMIN).count() == 0) {
                log.warn("No administrator exists. Set TAXCOLLAB_ADMIN_USER and TAXCOLLAB_ADMIN_PASSWORD"
                        + " and restart to create the first one.");
            }
            return;
        }
        if (identityService.createUserQuery().userId(admin.user()).count() == 0) {
            User user = identityService.newUser(admin.user());
            user.setFirstName("系统管理员");
            user.setLastName("");
            user.setEmail(admin.email() == null || admin.email().isBlank() ? null : admin.email());
            if (!identityService.checkPasswordAgainstPolicy(admin.password(), user).isValid()) {
                throw new IllegalStateException("TAXCOLLAB_ADMIN_PASSWORD does not satisfy the password policy: at"
                        + " least 8 characters with a lower-case letter, a digit and a special character, not"
                        + " containing the user name");
            }
            user.setPassword(admin.password());
            identityService.saveUser(user);
            log.info("Created the first administrator '{}'", admin.user());
        }
        memberships.ensureGroup(admin.user(), Groups.CAMUNDA_ADMIN);
    }
}
