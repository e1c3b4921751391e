package com.taxcollab.tasks;

import com.taxcollab.security.CurrentUser;
import com.taxcollab.security.CurrentUserService;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** 代理 through the API: the user's own substitute, or an absent officer's set by a supervisor. */
@RestController
class SubstituteController {

    private final Substitutions substitutions;
    private final CurrentUserService currentUsers;

    SubstituteController(Substitutions substitutions, CurrentUserService currentUsers) {
        this.substitutions = substitutions;
        this.currentUsers = currentUsers;
    }

    /** {@code substitute} null or empty ends the substitution; dates are Beijing dates, both included. */
    record SubstituteRequest(String substitute, String from, String to) {
    }

    /** The caller's substitute; 204 when none is named. */
    @GetMapping("/api/me/substitute")
    ResponseEntity<Substitutions.Substitution> mine() {
        return answer(substitutions.of(currentUsers.require().id()));
    }

    @PutMapping("/api/me/substitute")
    ResponseEntity<Substitutions.Substitution> setMine(@RequestBody(required = false) SubstituteRequest request,
            HttpServletRequest http) {
        CurrentUser user = currentUsers.require();
        return set(user, user.id(), request, http);
    }

    /** For an officer who is away: by a supervisor or the security administrator. */
    @PutMapping("/api/users/{userId}/substitute")
    ResponseEntity<Substitutions.Substitution> setFor(@PathVariable String userId,
            @RequestBody(required = false) SubstituteRequest request, HttpServletRequest http) {
        return set(currentUsers.require(), userId, request, http);
    }

    private ResponseEntity<Substitutions.Substitution> set(CurrentUser by, String userId, SubstituteRequest request,
            HttpServletRequest http) {
        SubstituteRequest given = request == null ? new SubstituteRequest(null, null, null) : request;
        return answer(substitutions.set(by, userId, given.substitute(), given.from(), given.to(),
                http.getRemoteAddr()));
    }

    private static ResponseEntity<Substitutions.Substitution> answer(
            java.util.Optional<Substitutions.Substitution> substitution) {
        return substitution.map(ResponseEntity::ok).orElseGet(() -> ResponseEntity.noContent().build());
    }
}
