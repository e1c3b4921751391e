package com.taxcollab.security;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The passwords people set ({@code password_history}), as the engine hashed them: none of the last
 * {@value #REMEMBERED} may be chosen again, and a password older than the maximum age
 * ({@code taxcollab.security.password-max-age}, 90 days) must be replaced before anything else. Accounts
 * whose passwords no person set (the demo users, seeded at start) have no history and do not age.
 */
@Component
public class PasswordHistory {

    static final int REMEMBERED = 5;
    /** How long before the end the holder is warned on their home page. */
    static final Duration WARNING = Duration.ofDays(14);
    private static final ThreadLocal<String> ACTOR = new ThreadLocal<>();

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final Duration maxAge;

    PasswordHistory(JdbcTemplate jdbc, Clock clock,
            @Value("${taxcollab.security.password-max-age:90d}") Duration maxAge) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.maxAge = maxAge;
    }

    /** A stored hash with its salt. */
    record Hash(String hash, String salt) {
    }

    /**
     * Work in which a person sets a password through the engine as the system (the security
     * administrator's reset, one's own change on 个人中心): the history records them, not the system.
     */
    static <T> T setBy(String person, Supplier<T> work) {
        ACTOR.set(person);
        try {
            return work.get();
        } finally {
            ACTOR.remove();
        }
    }

    /** Who is setting a password now: the person named by {@link #setBy}, else the engine's caller. */
    static String actor(String authenticatedUserId) {
        return ACTOR.get() != null ? ACTOR.get() : authenticatedUserId;
    }

    void record(String userId, Hash hash, String by) {
        jdbc.update("INSERT INTO password_history (user_id, password_hash, salt, changed_by, changed_at)"
                + " VALUES (?, ?, ?, ?, ?)", userId, hash.hash(), hash.salt(), by, OffsetDateTime.now(clock));
    }

    /** Someone other than the holder set it (a new account, a reset): the holder replaces it first. */
    void setByOther(String userId, String by) {
        jdbc.update("DELETE FROM password_must_change WHERE user_id = ?", userId);
        jdbc.update("INSERT INTO password_must_change (user_id, set_by, set_at) VALUES (?, ?, ?)", userId, by,
                OffsetDateTime.now(clock));
    }

    void chosenByHolder(String userId) {
        jdbc.update("DELETE FROM password_must_change WHERE user_id = ?", userId);
    }

    /**
     * Why the holder must choose a password before anything else, if they must: another set it (a new
     * account's first password, a reset), or it is older than the maximum age.
     */
    Optional<String> reasonToChange(String userId) {
        if (jdbc.queryForObject("SELECT COUNT(*) FROM password_must_change WHERE user_id = ?", Integer.class,
                userId) > 0) {
            return Optional.of("管理员为您设置了临时密码（新开账户或重置密码）");
        }
        return expired(userId) ? Optional.of("您的密码已超过 " + maxAge.toDays() + " 天有效期") : Optional.empty();
    }

    List<Hash> recent(String userId) {
        return jdbc.query("SELECT password_hash, salt FROM password_history WHERE user_id = ?"
                + " ORDER BY changed_at DESC, id DESC LIMIT " + REMEMBERED,
                (rs, n) -> new Hash(rs.getString("password_hash"), rs.getString("salt")), userId);
    }

    /** When the user's password ends, if a person set it. */
    Optional<OffsetDateTime> expiresAt(String userId) {
        List<OffsetDateTime> latest = jdbc.query("SELECT changed_at FROM password_history WHERE user_id = ?"
                + " ORDER BY changed_at DESC, id DESC LIMIT 1", (rs, n) -> rs.getObject(1, OffsetDateTime.class),
                userId);
        return latest.stream().findFirst().map(changed -> changed.plus(maxAge));
    }

    boolean expired(String userId) {
        return expiresAt(userId).map(end -> !end.isAfter(OffsetDateTime.now(clock))).orElse(false);
    }

    /** Whole days until the password ends, when that is within the warning time; empty otherwise. */
    public Optional<Long> daysLeftToWarn(String userId) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        return expiresAt(userId).filter(end -> end.isAfter(now) && !end.isAfter(now.plus(WARNING)))
                .map(end -> Math.max(1, Duration.between(now, end).toDays()));
    }
}
