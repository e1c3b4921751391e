package com.taxcollab.security;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GLOBAL;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import com.taxcollab.organisation.Organisation;
import com.taxcollab.organisation.StartupOrder;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The authorizations every department starts with. Which instances and tasks a user sees is then
 * narrowed by the engine itself: tenant membership (jurisdiction) and the task's candidate group.
 */
@Component
@Order(StartupOrder.ACCESS)
class AccessBaseline implements ApplicationRunner {

    private final AuthorizationService authorizationService;
    private final Organisation organisation;
    private final TasklistFilters tasklistFilters;

    AccessBaseline(AuthorizationService authorizationService, Organisation organisation,
            TasklistFilters tasklistFilters) {
        this.authorizationService = authorizationService;
        this.organisation = organisation;
        this.tasklistFilters = tasklistFilters;
    }

    @Override
    public void run(ApplicationArguments args) {
        grantGlobal(Resources.FILTER, ANY, Permissions.READ);
        // the webapps ask for authorizations even of camunda-admin members
        for (Resources resource : Resources.values()) {
            grant(Groups.CAMUNDA_ADMIN, resource, ANY, Permissions.ALL);
        }
        for (String department : organisation.departmentIds()) {
            grant(department, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
            grant(department, Resources.USER, ANY, Permissions.READ);
            grant(department, Resources.GROUP, ANY, Permissions.READ);
            grant(department, Resources.PROCESS_DEFINITION, ANY, Permissions.READ);
            grant(department, Resources.DECISION_DEFINITION, ANY, Permissions.READ);
            revokeRetired(department);
        }
        tasklistFilters.ensure();
    }

    /**
     * What earlier versions granted and the product no longer does: cases start only by being opened
     * (no department starts an instance), and overseers follow cases on the case file and the
     * supervision pages, not in Cockpit, where the engine would show them unmasked personal data.
     */
    private void revokeRetired(String department) {
        revoke(department, Resources.PROCESS_DEFINITION, ProcessDefinitionPermissions.CREATE_INSTANCE,
                ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.READ_HISTORY,
                ProcessDefinitionPermissions.READ_TASK);
        revoke(department, Resources.PROCESS_INSTANCE, Permissions.CREATE);
        revoke(department, Resources.TASK, Permissions.READ);
        Authorization cockpit = find(department, Resources.APPLICATION, "cockpit");
        if (cockpit != null) {
            authorizationService.deleteAuthorization(cockpit.getId());
        }
    }

    private void revoke(String groupId, Resource resource, Permission... permissions) {
        Authorization existing = find(groupId, resource, ANY);
        if (existing == null) {
            return;
        }
        boolean changed = false;
        for (Permission permission : permissions) {
            if (existing.isPermissionGranted(permission)) {
                existing.removePermission(permission);
                changed = true;
            }
        }
        if (changed) {
            authorizationService.saveAuthorization(existing);
        }
    }

    private Authorization find(String groupId, Resource resource, String resourceId) {
        return authorizationService.createAuthorizationQuery().authorizationType(AUTH_TYPE_GRANT)
                .groupIdIn(groupId).resourceType(resource).resourceId(resourceId).singleResult();
    }

    private void grant(String groupId, Resource resource, String resourceId, Permission... permissions) {
        Authorization existing = find(groupId, resource, resourceId);
        Authorization authorization = existing != null ? existing
                : authorizationService.createNewAuthorization(AUTH_TYPE_GRANT);
        authorization.setGroupId(groupId);
        save(authorization, resource, resourceId, permissions);
    }

    private void grantGlobal(Resource resource, String resourceId, Permission... permissions) {
        Authorization existing = authorizationService.createAuthorizationQuery()
                .authorizationType(AUTH_TYPE_GLOBAL).resourceType(resource).resourceId(resourceId).singleResult();
        Authorization authorization = existing != null ? existing
                : authorizationService.createNewAuthorization(AUTH_TYPE_GLOBAL);
        authorization.setUserId(ANY);
        save(authorization, resource, resourceId, permissions);
    }

    private void save(Authorization authorization, Resource resource, String resourceId, Permission... permissions) {
        authorization.setResource(resource);
        authorization.setResourceId(resourceId);
        boolean complete = authorization.getId() != null;
        for (Permission permission : permissions) {
            complete &= authorization.isPermissionGranted(permission);
            authorization.addPermission(permission);
        }
        if (!complete) {
            authorizationService.saveAuthorization(authorization);
        }
    }
}
