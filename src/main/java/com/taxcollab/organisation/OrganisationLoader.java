package com.taxcollab.organisation;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Makes the engine's tenants and groups match {@code organisation.yaml}: adds what is missing,
 * renames what changed, and never duplicates, so it can run at every start-up.
 */
@Component
@Order(StartupOrder.ORGANISATION)
class OrganisationLoader implements ApplicationRunner {

    static final String DEPARTMENT_GROUP_TYPE = "DEPARTMENT";
    private static final Logger log = LoggerFactory.getLogger(OrganisationLoader.class);

    private final IdentityService identityService;
    private final OrganisationProperties organisation;

    OrganisationLoader(IdentityService identityService, OrganisationProperties organisation) {
        this.identityService = identityService;
        this.organisation = organisation;
    }

    @Override
    public void run(ApplicationArguments args) {
        List<String> declared = organisation.departments().stream().map(OrganisationProperties.Unit::id).toList();
        List<String> missing = Departments.NAMED.stream().filter(id -> !declared.contains(id)).toList();
        if (!missing.isEmpty()) {
            throw new IllegalStateException("organisation.yaml must declare the departments the rules name: " + missing);
        }
        organisation.jurisdictions().forEach(this::ensureTenant);
        organisation.departments().forEach(d -> ensureGroup(d.id(), d.name(), DEPARTMENT_GROUP_TYPE));
        ensureGroup(Groups.CAMUNDA_ADMIN, "系统管理员", Groups.GROUP_TYPE_SYSTEM);
        ensureGroup(AdministratorGroups.SECURITY_ADMIN, "安全管理员", Groups.GROUP_TYPE_SYSTEM);
        ensureGroup(AdministratorGroups.AUDIT_ADMIN, "审计管理员", Groups.GROUP_TYPE_SYSTEM);
        log.info("Organisation in force: {} jurisdictions, {} departments",
                organisation.jurisdictions().size(), organisation.departments().size());
    }

    private void ensureTenant(OrganisationProperties.Unit jurisdiction) {
        Tenant tenant = identityService.createTenantQuery().tenantId(jurisdiction.id()).singleResult();
        if (tenant == null) {
            tenant = identityService.newTenant(jurisdiction.id());
        } else if (jurisdiction.name().equals(tenant.getName())) {
            return;
        }
        tenant.setName(jurisdiction.name());
        identityService.saveTenant(tenant);
    }

    private void ensureGroup(String id, String name, String type) {
        Group group = identityService.createGroupQuery().groupId(id).singleResult();
        if (group == null) {
            group = identityService.newGroup(id);
        } else if (name.equals(group.getName()) && type.equals(group.getType())) {
            return;
        }
        group.setName(name);
        group.setType(type);
        identityService.saveGroup(group);
    }
}
