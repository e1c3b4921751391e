package com.taxcollab.security;

import com.taxcollab.system.EngineAsSystem;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Account administration by the security administrator: unlocking an account that too many failed
 * logins locked, and setting a temporary password its holder must replace at the next login.
 */
@RestController
class AccountController {

    private final CurrentUserService currentUsers;
    private final AccountLockout lockout;
    private final IdentityService identityService;
    private final EngineAsSystem engine;
    private final PasswordChanges passwords;

    AccountController(CurrentUserService currentUsers, AccountLockout lockout, IdentityService identityService,
            EngineAsSystem engine, PasswordChanges passwords) {
        this.passwords = passwords;
        this.currentUsers = currentUsers;
        this.lockout = lockout;
        this.identityService = identityService;
        this.engine = engine;
    }

    record TemporaryPassword(String password) {
    }

    @PostMapping("/api/security/accounts/{userId}/password")
    ResponseEntity<Void> reset(@PathVariable String userId, @RequestBody TemporaryPassword body) {
        CurrentUser caller = currentUsers.require();
        if (!caller.securityAdmin()) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "只有安全管理员可以重置密码");
        }
        passwords.reset(userId, body == null ? null : body.password(), caller.id());
        return ResponseEntity.noContent().build();
    }

    /** Ours and the engine's own count of failures both start again. */
    @PostMapping("/api/security/accounts/{userId}/unlock")
    ResponseEntity<Void> unlock(@PathVariable String userId) {
        CurrentUser caller = currentUsers.require();
        if (!caller.securityAdmin()) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "只有安全管理员可以解锁账号");
        }
        if (engine.call(() -> identityService.createUserQuery().userId(userId).count()) == 0) {
            throw new com.taxcollab.system.NotFoundException("用户不存在：" + userId);
        }
        engine.run(() -> identityService.unlockUser(userId));
        lockout.unlock(userId, caller.id());
        return ResponseEntity.noContent().build();
    }
}
