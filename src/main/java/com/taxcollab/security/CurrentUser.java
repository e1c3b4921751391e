package com.taxcollab.security;

import java.util.List;

/** The logged-in user as the engine knows it: departments are groups, jurisdictions are tenants. */
public record CurrentUser(String id, String name, String email, List<String> departments,
        List<String> jurisdictions, boolean admin) {

    public boolean inDepartment(String department) {
        return departments.contains(department);
    }

    public boolean inJurisdiction(String jurisdiction) {
        return jurisdictions.contains(jurisdiction);
    }
}
