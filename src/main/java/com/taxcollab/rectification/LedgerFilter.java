package com.taxcollab.rectification;

import com.taxcollab.system.InvalidInputException;
import com.taxcollab.system.InvalidInputException.FieldProblem;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The ledger's filters, checked: each may be absent. */
record LedgerFilter(Light light, ItemStatus status, String department, String jurisdiction, String batch) {

    static LedgerFilter of(String light, String status, String department, String jurisdiction, String batch) {
        List<FieldProblem> problems = new ArrayList<>();
        Light l = null;
        ItemStatus s = null;
        if (light != null && !light.isBlank()) {
            try {
                l = Light.valueOf(light.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problems.add(new FieldProblem("light", "灯色只能是 GREEN、YELLOW 或 RED：" + light));
            }
        }
        if (status != null && !status.isBlank()) {
            try {
                s = ItemStatus.valueOf(status.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problems.add(new FieldProblem("status", "状态只能是 OPEN、EXTENSION_REQUESTED、REPORTED 或 CLOSED：" + status));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new LedgerFilter(l, s, blankToNull(department), blankToNull(jurisdiction), blankToNull(batch));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
