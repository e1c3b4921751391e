package com.taxcollab.security;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Who the caller is to the product: the departments they work for and the jurisdictions they work in. */
@RestController
class MeController {

    private final CurrentUserService currentUsers;

    MeController(CurrentUserService currentUsers) {
        this.currentUsers = currentUsers;
    }

    record Me(String id, String name, String email, List<String> departments, List<String> jurisdictions,
            boolean admin) {
    }

    @GetMapping("/api/me")
    Me me() {
        CurrentUser user = currentUsers.require();
        return new Me(user.id(), user.name(), user.email(), user.departments(), user.jurisdictions(), user.admin());
    }
}
