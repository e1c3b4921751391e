package com.taxcollab.organisation;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.IdentityServiceImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Creates the demo users of {@code demo-users.yaml} when demo data is enabled. */
@Component
@Order(StartupOrder.USERS)
class DemoUserLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoUserLoader.class);

    private final IdentityService identityService;
    private final Memberships memberships;
    private final DemoProperties demo;

    DemoUserLoader(IdentityService identityService, Memberships memberships, DemoProperties demo) {
        this.identityService = identityService;
        this.memberships = memberships;
        this.demo = demo;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!demo.enabled()) {
            return;
        }
        demo.users().forEach(this::ensureUser);
        log.info("Demo users ready: {} (password \"{}\")", demo.users().size(), DemoProperties.PASSWORD);
    }

    private void ensureUser(DemoProperties.DemoUser demoUser) {
        if (identityService.createUserQuery().userId(demoUser.id()).count() == 0) {
            User user = identityService.newUser(demoUser.id());
            // Chinese names are family name first; Camunda shows "first last", so the whole name goes first.
            user.setFirstName(demoUser.name());
            user.setLastName("");
            user.setEmail(demoUser.email());
            user.setPassword(DemoProperties.PASSWORD);
            // the demo's published password is exempt from the password policy; production has no demo users
            ((IdentityServiceImpl) identityService).saveUser(user, true);
        }
        demoUser.departments().forEach(group -> memberships.ensureGroup(demoUser.id(), group));
        demoUser.jurisdictions().forEach(tenant -> memberships.ensureTenant(demoUser.id(), tenant));
    }
}
