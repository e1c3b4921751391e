package com.taxcollab.rectification;

import com.taxcollab.organisation.Departments;
import com.taxcollab.security.CurrentUser;
import java.util.List;

/**
 * Who sees which items: supervisors and leaders the items of their jurisdictions, a unit only its own
 * department's items in its jurisdictions, administrators everything.
 */
public final class ItemVisibility {

    static final List<String> OVERSEERS = List.of(Departments.SUPERVISION, Departments.LEADERSHIP);

    private ItemVisibility() {
    }

    public static boolean oversees(CurrentUser user) {
        return user.admin() || OVERSEERS.stream().anyMatch(user::inDepartment);
    }

    /** A condition on {@code rectification_items i}; adds its parameters to {@code args}. */
    static String condition(CurrentUser user, List<Object> args) {
        if (user.admin()) {
            return "1 = 1";
        }
        if (user.jurisdictions().isEmpty() || user.departments().isEmpty()) {
            return "1 = 0";
        }
        String jurisdictions = "i.jurisdiction IN (" + placeholders(user.jurisdictions(), args) + ")";
        if (oversees(user)) {
            return jurisdictions;
        }
        return jurisdictions + " AND i.department IN (" + placeholders(user.departments(), args) + ")";
    }

    static String placeholders(List<String> values, List<Object> args) {
        args.addAll(values);
        return String.join(", ", values.stream().map(v -> "?").toList());
    }
}
