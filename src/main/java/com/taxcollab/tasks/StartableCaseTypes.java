package com.taxcollab.tasks;

import com.taxcollab.cases.CaseStart;
import com.taxcollab.cases.CaseType;
import com.taxcollab.security.CurrentUser;
import com.taxcollab.security.CurrentUserService;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/case-types/startable}: the case types the caller's departments may open, and where. */
@RestController
class StartableCaseTypes {

    /** Where each type is opened through its own API. */
    private static final Map<CaseType, String> API = Map.of(CaseType.ZY, "/api/disputes", CaseType.CF, "/api/seizures",
            CaseType.PM, "/api/court/cases", CaseType.PC, "/api/court/cases", CaseType.ZG, "/api/rectifications",
            CaseType.XZ, "/api/assistance", CaseType.YS, "/api/criminal-transfers", CaseType.BK, "/api/exit-controls",
            CaseType.YH, "/api/bank-assistance");

    private final CurrentUserService currentUsers;
    private final Set<CaseType> openedThroughCases;

    StartableCaseTypes(CurrentUserService currentUsers, List<CaseStart> starts) {
        this.currentUsers = currentUsers;
        this.openedThroughCases = starts.stream().map(CaseStart::type).collect(java.util.stream.Collectors.toSet());
    }

    /** {@code api}: the type's own API; {@code cases}: {@code POST /api/cases} when the type opens there too. */
    record Startable(String type, String label, String api, String cases, List<String> jurisdictions) {
    }

    @GetMapping("/api/case-types/startable")
    List<Startable> startable() {
        CurrentUser user = currentUsers.require();
        if (user.jurisdictions().isEmpty()) {
            return List.of();
        }
        return Arrays.stream(CaseType.values()).filter(type -> type.mayBeOpenedByAnyOf(user.departments()))
                .map(type -> new Startable(type.name(), type.label(), API.get(type),
                        openedThroughCases.contains(type) ? "/api/cases" : null, user.jurisdictions())).toList();
    }
}
