package com.taxcollab.security;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Locks an account after consecutive failed logins ({@code taxcollab.security.lockout.max-failures},
 * default 5) for a while ({@code …lockout.duration}, default 30 minutes), or until a security
 * administrator unlocks it. Counted in a transaction of its own, so a refused login still counts.
 */
@Component
public class AccountLockout {

    /** An account was locked after too many failures; the audit trail records it. */
    public record AccountLocked(String userId, OffsetDateTime until) {
    }

    /** An administrator unlocked an account. */
    public record AccountUnlocked(String userId, String by) {
    }

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final int maxFailures;
    private final Duration duration;

    AccountLockout(JdbcTemplate jdbc, Clock clock, ApplicationEventPublisher events,
            @Value("${taxcollab.security.lockout.max-failures:5}") int maxFailures,
            @Value("${taxcollab.security.lockout.duration:30m}") Duration duration) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.events = events;
        this.maxFailures = maxFailures;
        this.duration = duration;
    }

    /** Until when the account is locked, if it is now. */
    public Optional<OffsetDateTime> lockedUntil(String userId) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        return jdbc.queryForList("SELECT locked_until FROM account_lockouts WHERE user_id = ?", OffsetDateTime.class,
                userId).stream().filter(until -> until != null && until.isAfter(now)).findFirst();
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void failed(String userId) {
        if (jdbc.update("UPDATE account_lockouts SET failures = failures + 1 WHERE user_id = ?", userId) == 0) {
            jdbc.update("INSERT INTO account_lockouts (user_id, failures) VALUES (?, 1)", userId);
        }
        int failures = jdbc.queryForObject("SELECT failures FROM account_lockouts WHERE user_id = ?", Integer.class,
                userId);
        if (failures >= maxFailures) {
            OffsetDateTime until = OffsetDateTime.now(clock).plus(duration);
            jdbc.update("UPDATE account_lockouts SET failures = 0, locked_until = ? WHERE user_id = ?", until, userId);
            events.publishEvent(new AccountLocked(userId, until));
        }
    }

    /** Clears the count; a read for the many logins that have nothing to clear. */
    public void succeeded(String userId) {
        if (jdbc.queryForObject("SELECT COUNT(*) FROM account_lockouts WHERE user_id = ?", Integer.class, userId) > 0) {
            jdbc.update("DELETE FROM account_lockouts WHERE user_id = ?", userId);
        }
    }

    @Transactional
    public void unlock(String userId, String by) {
        jdbc.update("DELETE FROM account_lockouts WHERE user_id = ?", userId);
        events.publishEvent(new AccountUnlocked(userId, by));
    }
}
