package com.taxcollab.notification;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The {@code notification_preferences} table; a user without a row gets single e-mails. */
@Repository
class PreferenceRepository {

    private final JdbcTemplate jdbc;

    PreferenceRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    NotificationPreferences find(String userId) {
        return jdbc.query("SELECT email_enabled, daily_digest FROM notification_preferences WHERE user_id = ?",
                (rs, row) -> new NotificationPreferences(rs.getBoolean("email_enabled"), rs.getBoolean("daily_digest")),
                userId).stream().findFirst().orElse(NotificationPreferences.DEFAULT);
    }

    void save(String userId, NotificationPreferences preferences) {
        int updated = jdbc.update(
                "UPDATE notification_preferences SET email_enabled = ?, daily_digest = ? WHERE user_id = ?",
                preferences.emailEnabled(), preferences.dailyDigest(), userId);
        if (updated == 0) {
            jdbc.update("INSERT INTO notification_preferences (user_id, email_enabled, daily_digest) VALUES (?, ?, ?)",
                    userId, preferences.emailEnabled(), preferences.dailyDigest());
        }
    }

    List<String> digestSubscribers() {
        return jdbc.queryForList("SELECT user_id FROM notification_preferences"
                + " WHERE daily_digest = TRUE AND email_enabled = TRUE ORDER BY user_id", String.class);
    }
}
