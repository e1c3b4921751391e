package com.taxcollab.cases.audit;

import com.taxcollab.security.AccountLockout;
import com.taxcollab.security.PasswordChanges;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Logins into the audit trail (等保: security audit): every interactive login, every failed login
 * with the user id as typed and the client's address, lockouts, unlocks and logouts. Machine calls
 * that authenticate on each request are recorded when they fail, not each time they succeed.
 */
@Component
class LoginAudit {

    private final CaseAudit audit;

    LoginAudit(CaseAudit audit) {
        this.audit = audit;
    }

    @EventListener
    void loggedIn(InteractiveAuthenticationSuccessEvent event) {
        record(event.getAuthentication(), AuditAction.LOGIN, null, true);
    }

    @EventListener
    void failed(AbstractAuthenticationFailureEvent event) {
        record(event.getAuthentication(), AuditAction.LOGIN_FAILED, event.getException().getMessage(), false);
    }

    @EventListener
    void loggedOut(LogoutSuccessEvent event) {
        record(event.getAuthentication(), AuditAction.LOGOUT, null, true);
    }

    @EventListener
    void locked(AccountLockout.AccountLocked event) {
        audit.record(event.userId(), null, AuditAction.ACCOUNT_LOCKED, "锁定至 " + event.until(), true, null);
    }

    @EventListener
    void unlocked(AccountLockout.AccountUnlocked event) {
        audit.record(event.by(), null, AuditAction.ACCOUNT_UNLOCKED, "解锁账号 " + event.userId(), true, null);
    }

    @EventListener
    void passwordChanged(PasswordChanges.PasswordChanged event) {
        boolean own = event.userId().equals(event.by());
        audit.record(event.by(), null, own ? AuditAction.PASSWORD_CHANGED : AuditAction.PASSWORD_RESET,
                own ? null : "为 " + event.userId() + " 设置临时密码", true, null);
    }

    private void record(Authentication authentication, AuditAction action, String detail, boolean granted) {
        String address = authentication.getDetails() instanceof WebAuthenticationDetails web ? web.getRemoteAddress()
                : null;
        String typed = authentication.getName() == null ? "" : authentication.getName().replace("\u0000", "");
        String user = typed.isBlank() ? "（空）" : typed.length() > 64 ? typed.substring(0, 64) : typed;
        audit.record(user, null, action, detail, granted, address);
    }
}
