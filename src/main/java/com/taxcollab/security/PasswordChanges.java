package com.taxcollab.security;

import com.taxcollab.system.EngineAsSystem;
import com.taxcollab.system.InvalidInputException;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Temporary passwords the security administrator sets, which their holder must replace at the next
 * login, and the holder's own change of password; both checked against the policy (which includes the
 * last five passwords), both recorded in the history in the person's name, both audited.
 */
@Component
public class PasswordChanges {

    /** A password was changed: by its holder ({@code by} equals {@code userId}) or reset by an administrator. */
    public record PasswordChanged(String userId, String by) {
    }

    private final IdentityService identityService;
    private final EngineAsSystem engine;
    private final PasswordHistory history;
    private final ApplicationEventPublisher events;

    PasswordChanges(IdentityService identityService, EngineAsSystem engine, PasswordHistory history,
            ApplicationEventPublisher events) {
        this.identityService = identityService;
        this.engine = engine;
        this.history = history;
        this.events = events;
    }

    /** Why the user must choose a password first (another set it, or it is too old), if they must. */
    public Optional<String> reasonToChange(String userId) {
        return history.reasonToChange(userId);
    }

    @Transactional
    void reset(String userId, String temporaryPassword, String by) {
        PasswordHistory.setBy(by, () -> save(userId, temporaryPassword, "password"));
        events.publishEvent(new PasswordChanged(userId, by));
    }

    @Transactional
    void changeOwn(String userId, String current, String chosen) {
        if (current == null || !engine.call(() -> identityService.checkPassword(userId, current))) {
            throw new InvalidInputException("currentPassword", "当前密码不正确");
        }
        if (chosen != null && chosen.equals(current)) {
            throw new InvalidInputException("newPassword", "新密码不能与当前密码相同");
        }
        PasswordHistory.setBy(userId, () -> save(userId, chosen, "newPassword"));
        events.publishEvent(new PasswordChanged(userId, userId));
    }

    private Void save(String userId, String password, String field) {
        User user = engine.call(() -> identityService.createUserQuery().userId(userId).singleResult());
        if (user == null) {
            throw new com.taxcollab.system.NotFoundException("用户不存在：" + userId);
        }
        List<String> broken = password == null ? List.of("PASSWORD_POLICY_LENGTH") : engine.call(() -> identityService
                .checkPasswordAgainstPolicy(password, user)).getViolatedRules().stream()
                .map(rule -> rule.getPlaceholder()).toList();
        if (!broken.isEmpty()) {
            throw new InvalidInputException(field, PasswordChangeCheck.explain(broken));
        }
        user.setPassword(password);
        engine.run(() -> identityService.saveUser(user));
        return null;
    }
}
