package com.taxcollab.organisation;

/**
 * The three separated administrators of 等保 level 3 (三员分立): the engine's own {@code camunda-admin}
 * is the system administrator; these two groups are the security and the audit administrator.
 * Ids are letters only, as the engine requires of group ids.
 */
public final class AdministratorGroups {

    public static final String SECURITY_ADMIN = "securityadmin";
    public static final String AUDIT_ADMIN = "auditadmin";

    private AdministratorGroups() {
    }
}
