package com.taxcollab.security;

import com.taxcollab.organisation.AdministratorGroups;
import java.util.List;

/**
 * The logged-in user as the engine knows it: departments are groups, jurisdictions are tenants.
 * {@code admin} is the system administrator (系统管理员, {@code camunda-admin}); the security and the
 * audit administrator (安全管理员, 审计管理员) are groups of their own, held by nobody else (三员分立).
 */
public record CurrentUser(String id, String name, String email, List<String> departments,
        List<String> jurisdictions, boolean admin) {

    public boolean securityAdmin() {
        return inDepartment(AdministratorGroups.SECURITY_ADMIN);
    }

    public boolean auditAdmin() {
        return inDepartment(AdministratorGroups.AUDIT_ADMIN);
    }

    public boolean inDepartment(String department) {
        return departments.contains(department);
    }

    public boolean inJurisdiction(String jurisdiction) {
        return jurisdictions.contains(jurisdiction);
    }
}
