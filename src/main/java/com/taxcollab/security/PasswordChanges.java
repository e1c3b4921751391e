package com.taxcollab.security;

import com.taxcollab.system.EngineAsSystem;
import com.taxcollab.system.InvalidInputException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Temporary passwords the security administrator sets, which their holder must replace at the next
 * login, and the holder's own change of password; both checked against the policy, both audited.
 */
@Component
public class PasswordChanges {

    /** A password was changed: by its holder ({@code by} equals {@code userId}) or reset by an administrator. */
    public record PasswordChanged(String userId, String by) {
    }

    private final IdentityService identityService;
    private final EngineAsSystem engine;
    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PasswordChanges(IdentityService identityService, EngineAsSystem engine, JdbcTemplate jdbc,
            ApplicationEventPublisher events, Clock clock) {
        this.identityService = identityService;
        this.engine = engine;
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    public boolean mustChange(String userId) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM password_must_change WHERE user_id = ?", Integer.class,
                userId) > 0;
    }

    @Transactional
    void reset(String userId, String temporaryPassword, String by) {
        save(userId, temporaryPassword, "password");
        jdbc.update("DELETE FROM password_must_change WHERE user_id = ?", userId);
        jdbc.update("INSERT INTO password_must_change (user_id, set_by, set_at) VALUES (?, ?, ?)", userId, by,
                OffsetDateTime.now(clock));
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
        save(userId, chosen, "newPassword");
        jdbc.update("DELETE FROM password_must_change WHERE user_id = ?", userId);
        events.publishEvent(new PasswordChanged(userId, userId));
    }

    private void save(String userId, String password, String field) {
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
    }
}
